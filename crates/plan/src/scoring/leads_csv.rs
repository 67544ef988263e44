//! Past leads from CSV: one column per attribute, and an `outcome` column (won / lost),
//! kept by column with every value read once.

use super::rules::{find_field, Column};

/// How a past lead ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Won,
    Lost,
}

/// Past leads: the attribute columns, each with one value per lead, and the outcomes.
#[derive(Debug, Clone, PartialEq)]
pub struct PastLeads {
    names: Vec<String>,
    columns: Vec<Column>,
    pub outcomes: Vec<Outcome>,
}

impl PastLeads {
    /// The column holding a field, found as a lead's attributes are.
    pub(crate) fn column(&self, field: &str) -> Option<&Column> {
        let names = self.names.iter().map(String::as_str).zip(&self.columns);
        find_field(names, field)
    }
}

/// The most leads read from one CSV.
pub const MAX_LEADS: usize = 50_000;

/// What is wrong with a CSV of past leads, and where.
pub type LeadsCsvError = crate::spreadsheet::CsvError<LeadsCsvErrorKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum LeadsCsvErrorKind {
    Unreadable(String),
    NoOutcomeColumn,
    BadOutcome(String),
    NoLeads,
    TooMany { max: usize },
}

/// Reads leads; `outcome` accepts won/lost (also yes/no, 1/0, выиграна/проиграна), any case.
pub fn leads_from_csv(text: &str) -> Result<PastLeads, LeadsCsvError> {
    let mut reader = crate::spreadsheet::reader(text);
    let at = LeadsCsvError::at;
    let unreadable = |error: ::csv::Error| {
        let line = crate::spreadsheet::error_line(&error);
        at(line, None, LeadsCsvErrorKind::Unreadable(error.to_string()))
    };
    let mut record = ::csv::StringRecord::new();
    if !reader.read_record(&mut record).map_err(unreadable)? {
        return Err(at(1, None, LeadsCsvErrorKind::NoOutcomeColumn));
    }
    let mut names: Vec<String> = record.iter().map(|name| name.trim().to_string()).collect();
    let outcome_column = names
        .iter()
        .position(|name| name.eq_ignore_ascii_case("outcome"))
        .ok_or(at(1, None, LeadsCsvErrorKind::NoOutcomeColumn))?;
    names.remove(outcome_column);
    let mut columns = vec![Column::default(); names.len()];
    let mut outcomes = Vec::new();
    // One record, reused for every row.
    while reader.read_record(&mut record).map_err(unreadable)? {
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if outcomes.len() >= MAX_LEADS {
            return Err(at(
                line,
                None,
                LeadsCsvErrorKind::TooMany { max: MAX_LEADS },
            ));
        }
        let outcome_text = record.get(outcome_column).unwrap_or_default().trim();
        let outcome = match outcome_text.to_lowercase().as_str() {
            "won" | "win" | "yes" | "1" | "true" | "выиграна" | "выигран" | "да" => {
                Outcome::Won
            }
            "lost" | "loss" | "no" | "0" | "false" | "проиграна" | "проигран" | "нет" => {
                Outcome::Lost
            }
            _ => {
                return Err(at(
                    line,
                    Some(outcome_column + 1),
                    LeadsCsvErrorKind::BadOutcome(outcome_text.to_string()),
                ))
            }
        };
        let values = record
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != outcome_column);
        for (column, (_, text)) in columns.iter_mut().zip(values) {
            column.push(text);
        }
        outcomes.push(outcome);
    }
    if outcomes.is_empty() {
        return Err(at(1, None, LeadsCsvErrorKind::NoLeads));
    }
    Ok(PastLeads {
        names,
        columns,
        outcomes,
    })
}
