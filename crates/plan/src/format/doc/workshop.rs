//! The workshop's notes in schema 1: timeboxes, who agreed per round, the parking lot.
//! Added after schema 1 shipped; every field has a default, so older documents load.

use serde::{Deserialize, Serialize};

use super::is_false;
use crate::model as m;

#[derive(Serialize, Deserialize)]
pub struct WorkshopDoc {
    #[serde(default = "default_timeboxes")]
    pub timebox_minutes: [u32; 6],
    #[serde(default, skip_serializing_if = "all_empty")]
    pub agreed: [String; 6],
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parking_lot: Vec<ParkedPointDoc>,
}

fn default_timeboxes() -> [u32; 6] {
    m::DEFAULT_TIMEBOX_MINUTES
}

fn all_empty(agreed: &[String; 6]) -> bool {
    agreed.iter().all(String::is_empty)
}

impl Default for WorkshopDoc {
    fn default() -> Self {
        WorkshopDoc::from(&m::Workshop::default())
    }
}

impl WorkshopDoc {
    /// Nothing to write: the document leaves the section out.
    pub fn is_default(&self) -> bool {
        self.timebox_minutes == m::DEFAULT_TIMEBOX_MINUTES
            && all_empty(&self.agreed)
            && self.parking_lot.is_empty()
    }
}

#[derive(Serialize, Deserialize)]
pub struct ParkedPointDoc {
    pub id: String,
    pub text: String,
    pub round: u8,
    #[serde(default, skip_serializing_if = "is_false")]
    pub settled: bool,
}

impl From<&m::Workshop> for WorkshopDoc {
    fn from(workshop: &m::Workshop) -> Self {
        WorkshopDoc {
            timebox_minutes: workshop.timebox_minutes,
            agreed: workshop.agreed.clone(),
            parking_lot: workshop
                .parking_lot
                .iter()
                .map(|point| ParkedPointDoc {
                    id: point.id.clone(),
                    text: point.text.clone(),
                    round: point.round,
                    settled: point.settled,
                })
                .collect(),
        }
    }
}

impl From<WorkshopDoc> for m::Workshop {
    fn from(doc: WorkshopDoc) -> Self {
        m::Workshop {
            timebox_minutes: doc.timebox_minutes,
            agreed: doc.agreed,
            parking_lot: doc
                .parking_lot
                .into_iter()
                .map(|point| m::ParkedPoint {
                    id: point.id,
                    text: point.text,
                    round: point.round,
                    settled: point.settled,
                })
                .collect(),
        }
    }
}
