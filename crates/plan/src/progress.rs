//! How far each round has got: nothing yet, started, or complete (started, with no blocking
//! finding left in the review).

use chrono::NaiveDate;

use crate::model::{started, Plan, Round};
use crate::review::{round_findings, PlanFinding, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Empty,
    Started,
    Complete,
}

/// The progress of one round of `plan` on `today`.
pub fn progress(plan: &Plan, round: Round, today: NaiveDate) -> Progress {
    progress_with(plan, round, &round_findings(plan, round, today))
}

/// Every round's progress, given the plan's findings (from `review::findings`).
pub fn all_progress(plan: &Plan, findings: &[PlanFinding]) -> [Progress; 6] {
    Round::ALL.map(|round| progress_with(plan, round, findings))
}

fn progress_with(plan: &Plan, round: Round, findings: &[PlanFinding]) -> Progress {
    let blocked = findings
        .iter()
        .any(|f| f.round == round && f.severity == Severity::Blocking);
    match (started(plan, round), blocked) {
        (false, _) => Progress::Empty,
        (true, true) => Progress::Started,
        (true, false) => Progress::Complete,
    }
}
