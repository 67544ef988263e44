//! Edits to the workshop's notes: park a disagreement, settle it, drop it.

use crate::ids::fresh_id;
use crate::model::{ParkedPoint, Workshop};

impl Workshop {
    /// Parks `text`, raised in round `round` (1 to 6); returns its id.
    pub fn park(&mut self, text: String, round: u8) -> String {
        let id = fresh_id("p", self.parking_lot.iter().map(|p| p.id.as_str()));
        self.parking_lot.push(ParkedPoint {
            id: id.clone(),
            text,
            round: round.clamp(1, 6),
            settled: false,
        });
        id
    }

    pub fn parked_mut(&mut self, id: &str) -> Option<&mut ParkedPoint> {
        self.parking_lot.iter_mut().find(|p| p.id == id)
    }

    /// Removes a parked point; returns it with its place, for an undo.
    pub fn unpark(&mut self, id: &str) -> Option<(usize, ParkedPoint)> {
        let index = self.parking_lot.iter().position(|p| p.id == id)?;
        Some((index, self.parking_lot.remove(index)))
    }

    /// Points not settled yet.
    pub fn open_points(&self) -> usize {
        self.parking_lot.iter().filter(|p| !p.settled).count()
    }
}
