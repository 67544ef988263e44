//! The plan's health: 100 points shared among the rounds, each losing points for its open
//! findings, so the score explains itself line by line.

use crate::model::Plan;
use crate::model::{started, Round};

use super::{PlanFinding, Severity};

/// What each round is worth, rounds 1 to 6: the lead definition and the SLA carry the most,
/// since the rest of the plan hangs on them.
pub const ROUND_POINTS: [u32; 6] = [15, 20, 15, 15, 20, 15];
/// Points a round loses for each blocking finding.
pub const BLOCKING_COST: u32 = 5;
/// Points a round loses for each warning, at most half the round's points in all.
pub const WARNING_COST: u32 = 1;

/// One round's share of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundHealth {
    pub round: Round,
    pub points: u32,
    pub max: u32,
    /// False while nothing is decided in the round: it scores nothing.
    pub started: bool,
    pub blocking: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    /// 0 to 100.
    pub score: u32,
    pub rounds: Vec<RoundHealth>,
}

/// The health of `plan` with its `findings` (from `findings`).
pub fn health(plan: &Plan, findings: &[PlanFinding]) -> Health {
    let rounds: Vec<RoundHealth> = Round::ALL
        .iter()
        .zip(ROUND_POINTS)
        .map(|(round, max)| {
            let count = |severity| {
                findings
                    .iter()
                    .filter(|f| f.round == *round && f.severity == severity)
                    .count()
            };
            let blocking = count(Severity::Blocking);
            let warnings = count(Severity::Warning);
            let started = started(plan, *round);
            let lost = saturating_points(blocking, BLOCKING_COST)
                .saturating_add(saturating_points(warnings, WARNING_COST).min(max / 2));
            RoundHealth {
                round: *round,
                points: if started { max.saturating_sub(lost) } else { 0 },
                max,
                started,
                blocking,
                warnings,
            }
        })
        .collect();
    Health {
        score: rounds.iter().map(|r| r.points).sum(),
        rounds,
    }
}

fn saturating_points(count: usize, cost: u32) -> u32 {
    u32::try_from(count)
        .unwrap_or(u32::MAX)
        .saturating_mul(cost)
}
