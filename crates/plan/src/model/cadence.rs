//! Round 6 data: the joint meeting, its action items, log, pulse and checklist.

use chrono::{NaiveDate, NaiveTime, Weekday};

use super::{coded_enum, Side};

coded_enum! {
    /// How often the joint meeting recurs.
    Frequency {
        Weekly => "weekly", Biweekly => "biweekly",
        MonthlyByDate => "monthly-by-date", MonthlyByWeekday => "monthly-by-weekday",
    }
}

/// The recurring meeting of both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub frequency: Frequency,
    pub weekday: Weekday,
    pub time: NaiveTime,
    pub duration_minutes: u32,
    /// An IANA zone name such as "Europe/Berlin".
    pub time_zone: String,
    pub starts: Option<NaiveDate>,
    /// Role ids.
    pub attendees: Vec<String>,
}

impl Default for Meeting {
    fn default() -> Self {
        Meeting {
            frequency: Frequency::Weekly,
            weekday: Weekday::Mon,
            time: NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
            duration_minutes: 45,
            time_zone: "UTC".to_string(),
            starts: None,
            attendees: Vec::new(),
        }
    }
}

/// Something someone agreed to do.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionItem {
    pub id: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub done: bool,
}

/// What a past meeting decided.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRecord {
    pub date: NaiveDate,
    pub decisions: String,
}

/// One side's rating of how well the other side worked with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pulse {
    pub date: NaiveDate,
    pub side: Side,
    /// 1 to 5.
    pub score: u8,
    pub why: String,
}

/// A ticked or unticked item of the working-together checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckItem {
    pub text: String,
    pub done: bool,
}

/// Round 6: how the two sides keep talking.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CadenceRound {
    pub meeting: Meeting,
    pub standing_items: Vec<String>,
    pub actions: Vec<ActionItem>,
    pub log: Vec<MeetingRecord>,
    pub pulses: Vec<Pulse>,
    pub checklist: Vec<CheckItem>,
}
