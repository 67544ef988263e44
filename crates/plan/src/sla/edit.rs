//! Edits to round 5's monthly actuals: one row per calendar month, never two.

use chrono::{Datelike, Months, NaiveDate};

use crate::model::{MonthActuals, SlaRound};

impl SlaRound {
    /// Adds the month after the latest one (or `today`'s month for the first) with no
    /// actuals yet; returns its first day.
    pub fn add_month(&mut self, today: NaiveDate) -> NaiveDate {
        let month = match self.actuals.iter().map(|m| m.month).max() {
            Some(last) => last.checked_add_months(Months::new(1)).unwrap_or(last),
            None => today.with_day(1).unwrap_or(today),
        };
        self.actuals.push(MonthActuals {
            month,
            mqls_delivered: 0,
            accepted: 0,
            worked_within_sla: 0,
            closed: 0,
        });
        month
    }

    /// Moves a row to another month; refused (false) when that month has a row already.
    pub fn set_month(&mut self, from: NaiveDate, to: NaiveDate) -> bool {
        let to = to.with_day(1).unwrap_or(to);
        if to != from && self.actuals.iter().any(|m| m.month == to) {
            return false;
        }
        if let Some(row) = self.actuals.iter_mut().find(|m| m.month == from) {
            row.month = to;
        }
        true
    }

    pub fn month_mut(&mut self, month: NaiveDate) -> Option<&mut MonthActuals> {
        self.actuals.iter_mut().find(|m| m.month == month)
    }
}
