//! Round 5's page: the calculator, both sides' commitments, monthly tracking with its chart,
//! and the written agreement with each leader's sign-off.

mod agreement;
mod calculator;
mod commitments;
mod tracking;
mod tracking_chart;

pub use tracking_chart::TrackingChart;

use leptos::prelude::*;
use six_rounds_plan::goals::FunnelProblem;
use six_rounds_plan::model::SlaRound;
use six_rounds_plan::sla::{sla_calculator, terms, SlaCalculation};

use super::use_app;
use agreement::Agreement;
use calculator::Calculator;
use commitments::CommitmentsCard;
use tracking::Tracking;

/// Round 5 as memos: the round, the calculator's answer (from round 3's funnel) and the
/// terms a signature covers.
#[derive(Clone, Copy)]
struct Sla {
    round: Memo<SlaRound>,
    calculation: Memo<Result<SlaCalculation, FunnelProblem>>,
    terms: Memo<String>,
}

fn use_sla() -> Sla {
    expect_context::<Sla>()
}

#[component]
pub fn SlaRoundView() -> impl IntoView {
    let (state, _) = use_app();
    let round = Memo::new(move |_| state.plan.with(|plan| plan.sla.clone()));
    let calculation =
        Memo::new(move |_| state.plan.with(|plan| sla_calculator(&plan.goals.funnel)));
    let terms = Memo::new(move |_| state.plan.with(terms));
    provide_context(Sla {
        round,
        calculation,
        terms,
    });
    view! {
        <Calculator/>
        <CommitmentsCard/>
        <Tracking/>
        <Agreement/>
    }
}
