//! Round 3's page: the reverse funnel, the goal tree and each side's scorecard with its chart.

mod chart;
mod funnel;
mod goal_row;
mod scorecards;
mod tree;

use std::collections::HashMap;

use leptos::prelude::*;
use six_rounds_plan::goals::{rollup, Rollup};
use six_rounds_plan::model::GoalsRound;

use funnel::ReverseFunnel;
use scorecards::Scorecards;
use tree::GoalTree;

pub use chart::AttainmentChart;

use super::use_app;

/// The open plan's round 3 and every goal's computed numbers, as memos; `thresholds` holds
/// only the status thresholds (on track, at risk), so a typed number does not re-rate every goal.
#[derive(Clone, Copy)]
struct Goals {
    round: Memo<GoalsRound>,
    /// Each goal's place in `round.nodes`, so that 500 rows each find theirs at once; it
    /// changes only when goals are added, removed or moved.
    places: Memo<HashMap<String, usize>>,
    values: Memo<Rollup>,
    thresholds: Memo<(f64, f64)>,
}

fn use_goals() -> Goals {
    expect_context::<Goals>()
}

#[component]
pub fn GoalsRoundView() -> impl IntoView {
    let (state, _) = use_app();
    let round = Memo::new(move |_| state.plan.with(|plan| plan.goals.clone()));
    let places = Memo::new(move |_| {
        round.with(|r| {
            r.nodes
                .iter()
                .enumerate()
                .map(|(place, node)| (node.id.clone(), place))
                .collect()
        })
    });
    let values = Memo::new(move |_| round.with(rollup));
    let thresholds = Memo::new(move |_| round.with(|r| (r.on_track, r.at_risk)));
    provide_context(Goals {
        round,
        places,
        values,
        thresholds,
    });
    view! {
        <ReverseFunnel/>
        <GoalTree/>
        <Scorecards/>
    }
}
