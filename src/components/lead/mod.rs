//! Round 2's page: the scoring criteria, the thresholds, testing one lead, back-testing many,
//! the lifecycle stages and the hand-off and recycle rules.

mod backtest;
mod criteria;
mod grade_matrix;
mod handoff;
mod test_lead;
mod thresholds;

use leptos::prelude::*;
use six_rounds_plan::model::LeadRound;

use backtest::Backtest;
use criteria::Criteria;
use grade_matrix::GradeMatrix;
use handoff::{HandoffRules, Stages};
use test_lead::TestLead;
use thresholds::Thresholds;

use super::use_app;

/// The open plan's round 2 as a memo, so an edit elsewhere in the plan does not reach it.
#[derive(Clone, Copy)]
struct Scoring(Memo<LeadRound>);

fn use_scoring() -> Memo<LeadRound> {
    expect_context::<Scoring>().0
}

#[component]
pub fn LeadRoundView() -> impl IntoView {
    let (state, _) = use_app();
    provide_context(Scoring(Memo::new(move |_| {
        state.plan.with(|plan| plan.lead.clone())
    })));
    view! {
        <Criteria/>
        <Thresholds/>
        <GradeMatrix/>
        <TestLead/>
        <Backtest/>
        <Stages/>
        <HandoffRules/>
    }
}
