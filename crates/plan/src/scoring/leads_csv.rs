//! Past leads from CSV: one column per attribute, and an `outcome` column (won / lost).

use super::score::{Lead, Outcome};

/// The most leads read from one CSV.
pub const MAX_LEADS: usize = 50_000;

#[derive(Debug, Clone, PartialEq)]
pub struct LeadsCsvError {
    pub line: usize,
    pub column: Option<usize>,
    pub kind: LeadsCsvErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LeadsCsvErrorKind {
    Unreadable(String),
    NoOutcomeColumn,
    BadOutcome(String),
    NoLeads,
    TooMany { max: usize },
}

/// Reads leads; `outcome` accepts won/lost (also yes/no, 1/0, выиграна/проиграна), any case.
pub fn leads_from_csv(text: &str) -> Result<Vec<Lead>, LeadsCsvError> {
    let mut reader = crate::spreadsheet::reader(text);
    let at = |line: usize, column: Option<usize>, kind| LeadsCsvError { line, column, kind };
    let unreadable = |error: ::csv::Error| {
        let line = crate::spreadsheet::error_line(&error);
        at(line, None, LeadsCsvErrorKind::Unreadable(error.to_string()))
    };
    let mut records = reader.records();
    let header = records
        .next()
        .ok_or(at(1, None, LeadsCsvErrorKind::NoOutcomeColumn))?
        .map_err(unreadable)?;
    let names: Vec<String> = header.iter().map(|name| name.trim().to_string()).collect();
    let outcome_column = names
        .iter()
        .position(|name| name.eq_ignore_ascii_case("outcome"))
        .ok_or(at(1, None, LeadsCsvErrorKind::NoOutcomeColumn))?;
    let mut leads = Vec::new();
    for record in records {
        let record = record.map_err(unreadable)?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if leads.len() >= MAX_LEADS {
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
        let attributes = names
            .iter()
            .zip(record.iter())
            .enumerate()
            .filter(|(index, _)| *index != outcome_column)
            .map(|(_, (name, value))| (name.clone(), value.trim().to_string()))
            .collect();
        leads.push(Lead {
            attributes,
            outcome: Some(outcome),
        });
    }
    if leads.is_empty() {
        return Err(at(1, None, LeadsCsvErrorKind::NoLeads));
    }
    Ok(leads)
}
