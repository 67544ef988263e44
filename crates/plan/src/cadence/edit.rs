//! Edits to round 6: action items (with fresh ids), pulses, the log, standing items and the
//! checklist; and the time-zone names a meeting can use.

use chrono::NaiveDate;

use crate::ids::fresh_id;
use crate::model::{ActionItem, CadenceRound, MeetingRecord, Pulse, Side};

impl ActionItem {
    /// Open and past its due date on `day`.
    pub fn is_overdue(&self, day: NaiveDate) -> bool {
        !self.done && self.due.is_some_and(|due| due < day)
    }
}

impl CadenceRound {
    /// Adds an open action item due on `due`; returns its id.
    pub fn add_action(&mut self, text: String, due: Option<NaiveDate>) -> String {
        let id = fresh_id("t", self.actions.iter().map(|a| a.id.as_str()));
        self.actions.push(ActionItem {
            id: id.clone(),
            text,
            owner: None,
            due,
            done: false,
        });
        id
    }

    pub fn action_mut(&mut self, id: &str) -> Option<&mut ActionItem> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// Records one side's rating (clamped to 1-5) on `date`.
    pub fn record_pulse(&mut self, date: NaiveDate, side: Side, score: u8, why: String) {
        self.pulses.push(Pulse {
            date,
            side,
            score: score.clamp(1, 5),
            why,
        });
    }

    /// Adds what a meeting decided, newest first.
    pub fn log_meeting(&mut self, date: NaiveDate, decisions: String) {
        self.log.insert(0, MeetingRecord { date, decisions });
    }
}
