//! The plan reviewed as a whole: every open finding of every round in one list, built from
//! each round's own checks, and the plan's health score explained round by round.

mod findings;
mod health;

pub use crate::raci::Severity;
pub use findings::{findings, round_findings, Issue, PlanFinding};
pub use health::{health, Health, RoundHealth, BLOCKING_COST, WARNING_COST};
