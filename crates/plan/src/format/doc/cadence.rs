//! Round 6 in schema 1: meeting, actions, log, pulse and checklist.

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use super::super::code;
use super::is_false;
use crate::model::{self as m, Side};

#[derive(Serialize, Deserialize)]
pub struct CadenceDoc {
    #[serde(default)]
    pub meeting: MeetingDoc,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing_items: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<MeetingRecordDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pulses: Vec<PulseDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<CheckItemDoc>,
}

impl Default for CadenceDoc {
    fn default() -> Self {
        CadenceDoc::from(&m::CadenceRound::default())
    }
}

#[derive(Serialize, Deserialize)]
pub struct MeetingDoc {
    #[serde(with = "code")]
    pub frequency: m::Frequency,
    pub weekday: Weekday,
    pub time: NaiveTime,
    pub duration_minutes: u32,
    pub time_zone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
}

impl Default for MeetingDoc {
    fn default() -> Self {
        CadenceDoc::from(&m::CadenceRound::default()).meeting
    }
}

#[derive(Serialize, Deserialize)]
pub struct ActionDoc {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub done: bool,
}

#[derive(Serialize, Deserialize)]
pub struct MeetingRecordDoc {
    pub date: NaiveDate,
    pub decisions: String,
}

#[derive(Serialize, Deserialize)]
pub struct PulseDoc {
    pub date: NaiveDate,
    #[serde(with = "code")]
    pub side: Side,
    pub score: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

#[derive(Serialize, Deserialize)]
pub struct CheckItemDoc {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub done: bool,
}

impl From<&m::CadenceRound> for CadenceDoc {
    fn from(round: &m::CadenceRound) -> Self {
        let meeting = &round.meeting;
        CadenceDoc {
            meeting: MeetingDoc {
                frequency: meeting.frequency,
                weekday: meeting.weekday,
                time: meeting.time,
                duration_minutes: meeting.duration_minutes,
                time_zone: meeting.time_zone.clone(),
                starts: meeting.starts,
                attendees: meeting.attendees.clone(),
            },
            standing_items: round.standing_items.clone(),
            actions: round
                .actions
                .iter()
                .map(|action| ActionDoc {
                    id: action.id.clone(),
                    text: action.text.clone(),
                    owner: action.owner.clone(),
                    due: action.due,
                    done: action.done,
                })
                .collect(),
            log: round
                .log
                .iter()
                .map(|record| MeetingRecordDoc {
                    date: record.date,
                    decisions: record.decisions.clone(),
                })
                .collect(),
            pulses: round
                .pulses
                .iter()
                .map(|pulse| PulseDoc {
                    date: pulse.date,
                    side: pulse.side,
                    score: pulse.score,
                    why: pulse.why.clone(),
                })
                .collect(),
            checklist: round
                .checklist
                .iter()
                .map(|item| CheckItemDoc {
                    text: item.text.clone(),
                    done: item.done,
                })
                .collect(),
        }
    }
}

impl From<CadenceDoc> for m::CadenceRound {
    fn from(doc: CadenceDoc) -> Self {
        let meeting = doc.meeting;
        m::CadenceRound {
            meeting: m::Meeting {
                frequency: meeting.frequency,
                weekday: meeting.weekday,
                time: meeting.time,
                duration_minutes: meeting.duration_minutes,
                time_zone: meeting.time_zone,
                starts: meeting.starts,
                attendees: meeting.attendees,
            },
            standing_items: doc.standing_items,
            actions: doc
                .actions
                .into_iter()
                .map(|action| m::ActionItem {
                    id: action.id,
                    text: action.text,
                    owner: action.owner,
                    due: action.due,
                    done: action.done,
                })
                .collect(),
            log: doc
                .log
                .into_iter()
                .map(|record| m::MeetingRecord {
                    date: record.date,
                    decisions: record.decisions,
                })
                .collect(),
            pulses: doc
                .pulses
                .into_iter()
                .map(|pulse| m::Pulse {
                    date: pulse.date,
                    side: pulse.side,
                    score: pulse.score,
                    why: pulse.why,
                })
                .collect(),
            checklist: doc
                .checklist
                .into_iter()
                .map(|item| m::CheckItem {
                    text: item.text,
                    done: item.done,
                })
                .collect(),
        }
    }
}
