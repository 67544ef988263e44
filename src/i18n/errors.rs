//! Plain words for everything that can go wrong with a link, a file or a plan's contents.

use six_rounds_plan::format::{Fix, Place, Repair};
use six_rounds_plan::goals::{FormulaProblem, FunnelProblem};
use six_rounds_plan::integration::{
    CsvError as AttributionCsvError, CsvErrorKind as AttributionCsvErrorKind,
};
use six_rounds_plan::link::{MAX_FRAGMENT, MAX_INFLATED};
use six_rounds_plan::model::{Coded, FunnelStage, Lang};
use six_rounds_plan::raci::{CsvError, CsvErrorKind};
use six_rounds_plan::scoring::{LeadsCsvError, LeadsCsvErrorKind};
use six_rounds_plan::{LinkError, LoadError, NotAPlan, Problem, ProblemKind};

use super::merge::repair_place;
use super::{decimal, fill, funnel_step_label, tr, Text};

use crate::state::ImportError;

/// "where: reason — what was done" for one repair made when a plan was opened; `place` in
/// words when known (round, item, field), else the JSON path.
pub fn describe_repair(lang: Lang, repair: &Repair, place: Option<&Place>) -> String {
    let done = match repair.fix {
        Fix::Clamped(value) => fill(tr(lang, Text::FixClamped), &[&decimal(lang, value, 2)]),
        Fix::Shortened => tr(lang, Text::FixShortened).to_string(),
        Fix::Trimmed => tr(lang, Text::FixTrimmed).to_string(),
        Fix::Removed => tr(lang, Text::FixRemoved).to_string(),
        Fix::Cleared => tr(lang, Text::FixCleared).to_string(),
    };
    let Some((round, item, field)) = place else {
        return format!("{} — {done}", describe_problem(lang, &repair.problem));
    };
    let place = repair_place(lang, *round, item.as_deref(), field);
    format!(
        "{place}: {} — {done}",
        problem_reason(lang, &repair.problem)
    )
}

/// What is wrong with a document: a sentence, then one line per problem.
pub fn describe_load_error(lang: Lang, error: &LoadError) -> (String, Vec<String>) {
    match error {
        LoadError::NotAPlan(NotAPlan::NotJson(detail)) => {
            (tr(lang, Text::ErrNotJson).to_string(), vec![detail.clone()])
        }
        LoadError::NotAPlan(NotAPlan::WrongFormat) => {
            (tr(lang, Text::ErrWrongFormat).to_string(), Vec::new())
        }
        LoadError::NotAPlan(NotAPlan::NoSchema) => {
            (tr(lang, Text::ErrNoSchema).to_string(), Vec::new())
        }
        LoadError::NewerSchema { found, supported } => (
            fill(
                tr(lang, Text::ErrNewerSchema),
                &[&found.to_string(), &supported.to_string()],
            ),
            Vec::new(),
        ),
        LoadError::Invalid(problems) => {
            const SHOWN: usize = 20;
            let mut lines: Vec<String> = problems
                .iter()
                .take(SHOWN)
                .map(|problem| describe_problem(lang, problem))
                .collect();
            if problems.len() > SHOWN {
                lines.push(fill(
                    tr(lang, Text::ErrMoreProblems),
                    &[&(problems.len() - SHOWN).to_string()],
                ));
            }
            (tr(lang, Text::ErrInvalid).to_string(), lines)
        }
    }
}

/// "path: reason" for one problem.
pub fn describe_problem(lang: Lang, problem: &Problem) -> String {
    let reason = problem_reason(lang, problem);
    let path = if problem.path.is_empty() {
        tr(lang, Text::ProblemWholeDocument)
    } else {
        &problem.path
    };
    format!("{path}: {reason}")
}

/// Why a value breaks its rule, in words.
fn problem_reason(lang: Lang, problem: &Problem) -> String {
    match &problem.kind {
        ProblemKind::Shape(detail) => fill(tr(lang, Text::ProblemShape), &[detail]),
        ProblemKind::TooLong { max } => fill(tr(lang, Text::ProblemTooLong), &[&max.to_string()]),
        ProblemKind::TooMany { max } => fill(tr(lang, Text::ProblemTooMany), &[&max.to_string()]),
        ProblemKind::DuplicateId(id) => fill(tr(lang, Text::ProblemDuplicateId), &[id]),
        ProblemKind::UnknownId(id) => fill(tr(lang, Text::ProblemUnknownId), &[id]),
        ProblemKind::OutOfRange { min, max } => fill(
            tr(lang, Text::ProblemOutOfRange),
            &[&decimal(lang, *min, 2), &decimal(lang, *max, 2)],
        ),
        ProblemKind::DateOrder => tr(lang, Text::ProblemDateOrder).to_string(),
        ProblemKind::Cycle => tr(lang, Text::ProblemCycle).to_string(),
    }
}

pub fn describe_link_error(lang: Lang, error: &LinkError) -> (String, Vec<String>) {
    let plain = |key| (tr(lang, key).to_string(), Vec::new());
    match error {
        LinkError::NotALink => plain(Text::ErrNotALink),
        LinkError::BadBase64 => plain(Text::ErrBadBase64),
        LinkError::Corrupt => plain(Text::ErrCorrupt),
        LinkError::TooLarge { limit } => {
            let key = if *limit == MAX_FRAGMENT {
                Text::ErrLinkTooLong
            } else {
                debug_assert_eq!(*limit, MAX_INFLATED);
                Text::ErrLinkExpandsTooMuch
            };
            (
                fill(tr(lang, key), &[&(limit / 1024).to_string()]),
                Vec::new(),
            )
        }
        LinkError::Document(error) => describe_load_error(lang, error),
    }
}

pub fn describe_import_error(lang: Lang, error: &ImportError) -> (String, Vec<String>) {
    match error {
        ImportError::Empty => (tr(lang, Text::ErrImportEmpty).to_string(), Vec::new()),
        ImportError::FileTooLarge => (tr(lang, Text::ErrFileTooLarge).to_string(), Vec::new()),
        ImportError::FileUnreadable => (tr(lang, Text::ErrFileUnreadable).to_string(), Vec::new()),
        ImportError::Link(error) => describe_link_error(lang, error),
        ImportError::Document(error) => describe_load_error(lang, error),
    }
}

/// "Line L, column C: reason" for a CSV mistake.
pub fn describe_csv_error(lang: Lang, error: &CsvError) -> String {
    let reason = match &error.kind {
        CsvErrorKind::Unreadable(detail) => fill(tr(lang, Text::CsvUnreadable), &[detail]),
        CsvErrorKind::BadHeader => tr(lang, Text::CsvBadHeader).to_string(),
        CsvErrorKind::NoRoles => tr(lang, Text::CsvNoRoles).to_string(),
        CsvErrorKind::DuplicateRole(name) => fill(tr(lang, Text::CsvDuplicateRole), &[name]),
        CsvErrorKind::UnknownStage(stage) => fill(
            tr(lang, Text::CsvUnknownStage),
            &[stage, &FunnelStage::expected()],
        ),
        CsvErrorKind::BadLetters(letters) => fill(tr(lang, Text::CsvBadLetters), &[letters]),
        CsvErrorKind::BadHours(hours) => fill(tr(lang, Text::CsvBadHours), &[hours]),
        CsvErrorKind::EmptyActivity => tr(lang, Text::CsvEmptyActivity).to_string(),
        CsvErrorKind::TooMany { max } => fill(tr(lang, Text::CsvTooMany), &[&max.to_string()]),
    };
    format!("{}: {reason}", place(lang, error.line, error.column))
}

/// "Line L, column C: reason" for a mistake in a CSV of past leads.
pub fn describe_leads_csv_error(lang: Lang, error: &LeadsCsvError) -> String {
    let reason = match &error.kind {
        LeadsCsvErrorKind::Unreadable(detail) => fill(tr(lang, Text::CsvUnreadable), &[detail]),
        LeadsCsvErrorKind::NoOutcomeColumn => tr(lang, Text::LeadsNoOutcome).to_string(),
        LeadsCsvErrorKind::BadOutcome(value) => fill(tr(lang, Text::LeadsBadOutcome), &[value]),
        LeadsCsvErrorKind::NoLeads => tr(lang, Text::LeadsNone).to_string(),
        LeadsCsvErrorKind::TooMany { max } => fill(tr(lang, Text::CsvTooMany), &[&max.to_string()]),
    };
    format!("{}: {reason}", place(lang, error.line, error.column))
}

/// "Line L, column C: reason" for a mistake in a CSV of campaigns or deals.
pub fn describe_attribution_csv_error(lang: Lang, error: &AttributionCsvError) -> String {
    use AttributionCsvErrorKind as Kind;
    let reason = match &error.kind {
        Kind::Unreadable(detail) => fill(tr(lang, Text::CsvUnreadable), &[detail]),
        Kind::MissingColumn(name) => fill(tr(lang, Text::CsvMissingColumn), &[name]),
        Kind::BadAmount(text) => fill(tr(lang, Text::CsvBadAmount), &[text]),
        Kind::BadDate(text) => fill(tr(lang, Text::CsvBadDate), &[text]),
        Kind::EmptyName => tr(lang, Text::CsvEmptyName).to_string(),
        Kind::TouchAfterClose => tr(lang, Text::CsvTouchAfterClose).to_string(),
        Kind::DealChanged(name) => fill(tr(lang, Text::CsvDealChanged), &[name]),
        Kind::TooMany { max } => fill(tr(lang, Text::CsvTooMany), &[&max.to_string()]),
        Kind::NoRows => tr(lang, Text::CsvNoRows).to_string(),
    };
    format!("{}: {reason}", place(lang, error.line, error.column))
}

fn place(lang: Lang, line: usize, column: Option<usize>) -> String {
    match column {
        Some(column) => fill(
            tr(lang, Text::CsvLineColumn),
            &[&line.to_string(), &column.to_string()],
        ),
        None => fill(tr(lang, Text::CsvLine), &[&line.to_string()]),
    }
}

/// Why the reverse funnel cannot be worked back, and what to enter.
pub fn describe_funnel_problem(lang: Lang, problem: FunnelProblem) -> String {
    match problem {
        FunnelProblem::NoRevenueGoal => tr(lang, Text::FunnelNoRevenue).to_string(),
        FunnelProblem::NoDealSize => tr(lang, Text::FunnelNoDealSize).to_string(),
        FunnelProblem::ZeroRate(step) => fill(
            tr(lang, Text::FunnelZeroRate),
            &[funnel_step_label(lang, step)],
        ),
    }
}

/// Why a goal's formula gives no number.
pub fn describe_formula_problem(lang: Lang, problem: FormulaProblem) -> &'static str {
    tr(
        lang,
        match problem {
            FormulaProblem::NoChildren => Text::FormulaNoChildren,
            FormulaProblem::RatioNeedsTwo => Text::FormulaRatioNeedsTwo,
            FormulaProblem::DivisionByZero => Text::FormulaDivisionByZero,
            FormulaProblem::MissingChildValue => Text::FormulaMissingChild,
            FormulaProblem::Cycle => Text::FormulaCycle,
        },
    )
}
