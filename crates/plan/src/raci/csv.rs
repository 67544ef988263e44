//! The matrix as CSV: `stage,activity,hours,<role>,<role>,...`, one activity a row.
//!
//! Roles are matched by name to the plan's roles (new names become new shared roles);
//! commas or semicolons (as spreadsheets in many locales write) are both read.

use crate::limits;
use crate::model::{Coded, FunnelStage, Raci, RolesRound, Side};

const FIXED: [&str; 3] = ["stage", "activity", "hours"];

/// What is wrong with a matrix CSV, and where.
pub type CsvError = crate::spreadsheet::CsvError<CsvErrorKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum CsvErrorKind {
    /// The reader's own message (quotes, uneven rows...).
    Unreadable(String),
    /// The header does not start with stage, activity, hours.
    BadHeader,
    NoRoles,
    DuplicateRole(String),
    UnknownStage(String),
    BadLetters(String),
    BadHours(String),
    EmptyActivity,
    TooMany {
        max: usize,
    },
}

/// The matrix as CSV text, activities in display order.
pub fn to_csv(round: &RolesRound) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let header = FIXED
        .iter()
        .map(|name| name.to_string())
        .chain(round.roles.iter().map(|role| role.name.clone()));
    let _ = writer.write_record(header);
    for index in super::display_order(round) {
        let activity = &round.activities[index];
        let fixed = [
            activity.stage.code().to_string(),
            activity.name.clone(),
            activity
                .hours_per_month
                .map(|hours| hours.to_string())
                .unwrap_or_default(),
        ];
        let letters = round
            .roles
            .iter()
            .map(|role| round.cell(&activity.id, &role.id).letters());
        let _ = writer.write_record(fixed.into_iter().chain(letters));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A new round from CSV text: the plan's roles (matched by name, new ones added) and the
/// CSV's activities. Nothing of `current` changes; the caller decides whether to use it.
pub fn from_csv(text: &str, current: &RolesRound) -> Result<RolesRound, CsvError> {
    let mut reader = crate::spreadsheet::reader(text);
    let mut records = reader.records();
    let at = CsvError::at;
    let unreadable = |error: ::csv::Error| {
        let line = crate::spreadsheet::error_line(&error);
        at(line, None, CsvErrorKind::Unreadable(error.to_string()))
    };
    let header = records
        .next()
        .ok_or(at(1, None, CsvErrorKind::BadHeader))?
        .map_err(unreadable)?;
    let fixed_ok = FIXED
        .iter()
        .enumerate()
        .all(|(i, name)| header.get(i).map(|h| h.trim().to_lowercase()) == Some(name.to_string()));
    if !fixed_ok {
        return Err(at(1, None, CsvErrorKind::BadHeader));
    }
    let mut round = RolesRound {
        activities: Vec::new(),
        ..current.clone()
    };
    let mut columns: Vec<String> = Vec::new();
    for (offset, name) in header.iter().skip(FIXED.len()).enumerate() {
        let column = Some(FIXED.len() + offset + 1);
        let name = name.trim();
        let key = name.to_lowercase();
        let existing = round
            .roles
            .iter()
            .find(|role| role.name.trim().to_lowercase() == key)
            .map(|role| role.id.clone());
        let id = existing.unwrap_or_else(|| round.add_role(name, Side::Shared));
        if columns.contains(&id) || name.is_empty() {
            return Err(at(1, column, CsvErrorKind::DuplicateRole(name.to_string())));
        }
        columns.push(id);
    }
    if columns.is_empty() {
        return Err(at(1, None, CsvErrorKind::NoRoles));
    }
    if round.roles.len() > limits::ROLES {
        return Err(at(1, None, CsvErrorKind::TooMany { max: limits::ROLES }));
    }
    for record in records {
        let record = record.map_err(unreadable)?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if round.activities.len() >= limits::ACTIVITIES {
            return Err(at(
                line,
                None,
                CsvErrorKind::TooMany {
                    max: limits::ACTIVITIES,
                },
            ));
        }
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let stage_text = field(0).to_lowercase().replace([' ', '_'], "-");
        let stage = FunnelStage::from_code(&stage_text).ok_or_else(|| {
            at(
                line,
                Some(1),
                CsvErrorKind::UnknownStage(field(0).to_string()),
            )
        })?;
        let name = field(1);
        if name.is_empty() {
            return Err(at(line, Some(2), CsvErrorKind::EmptyActivity));
        }
        let hours = match field(2) {
            "" => None,
            text => Some(
                crate::spreadsheet::decimal(text)
                    .filter(|hours| (0.0..=limits::MAX_AMOUNT).contains(hours))
                    .ok_or_else(|| at(line, Some(3), CsvErrorKind::BadHours(text.to_string())))?,
            ),
        };
        let id = round.add_activity(name, stage);
        for (offset, role) in columns.iter().enumerate() {
            let column = FIXED.len() + offset;
            let letters: String = field(column)
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '+')
                .collect();
            let cell = Raci::parse(&letters).ok_or_else(|| {
                at(
                    line,
                    Some(column + 1),
                    CsvErrorKind::BadLetters(field(column).to_string()),
                )
            })?;
            round.set_cell(&id, role, cell);
        }
        if let Some(activity) = round.activity_mut(&id) {
            activity.hours_per_month = hours;
        }
    }
    Ok(round)
}
