//! Each side's scorecard: its goals with target, actual, share attained and a status by the
//! thresholds the room sets; shared goals appear on both.

use super::rollup::Rollup;
use super::tree::outline;
use crate::model::{GoalsRound, Period, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    OnTrack,
    AtRisk,
    OffTrack,
    /// No target or no actual yet.
    NoData,
}

/// The status of a share attained (actual / target) by the thresholds (shares of target).
pub fn status(attained: Option<f64>, on_track: f64, at_risk: f64) -> Status {
    match attained {
        None => Status::NoData,
        Some(a) if a >= on_track => Status::OnTrack,
        Some(a) if a >= at_risk => Status::AtRisk,
        Some(_) => Status::OffTrack,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreLine {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub period: Period,
    pub shared: bool,
    pub target: Option<f64>,
    pub actual: Option<f64>,
    /// Actual / target, when both are known and the target is above zero.
    pub attained: Option<f64>,
    pub status: Status,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub side: Side,
    pub lines: Vec<ScoreLine>,
}

impl Scorecard {
    pub fn count(&self, status: Status) -> usize {
        self.lines.iter().filter(|l| l.status == status).count()
    }
}

/// Marketing's and sales' scorecards, goals in tree order, with computed values.
pub fn scorecards(round: &GoalsRound, rollup: &Rollup) -> [Scorecard; 2] {
    let order = outline(round, &Default::default());
    [Side::Marketing, Side::Sales].map(|side| Scorecard {
        side,
        lines: order
            .iter()
            .filter_map(|row| round.node(&row.id))
            .filter(|node| node.side == side || node.side == Side::Shared)
            .map(|node| {
                let values = rollup.get(&node.id);
                let target = values.and_then(|v| v.target.ok().flatten());
                let actual = values.and_then(|v| v.actual.ok().flatten());
                let attained = values.and_then(|v| v.attained());
                ScoreLine {
                    id: node.id.clone(),
                    name: node.name.clone(),
                    unit: node.unit.clone(),
                    period: node.period,
                    shared: node.side == Side::Shared,
                    target,
                    actual,
                    attained,
                    status: status(attained, round.on_track, round.at_risk),
                }
            })
            .collect(),
    })
}
