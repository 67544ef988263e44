//! Round 3's tools: the goal tree's shape and edits, the roll-up of formulas, the reverse
//! funnel and each side's scorecard.

mod funnel;
mod rollup;
mod scorecard;
mod tree;

pub use funnel::{reverse_funnel, FunnelPlan, FunnelProblem};
pub use rollup::{rollup, FormulaProblem, NodeValues, Rolled, Rollup};
pub use scorecard::{scorecards, status, ScoreLine, Scorecard, Status};
pub use tree::{outline, OutlineRow};
