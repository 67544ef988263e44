//! Round 6's page: the joint meeting and its next dates (and .ics), the generated agenda,
//! action items and the log, the partner-satisfaction pulse, and the working-together checklist.

mod actions;
mod agenda_card;
mod checklist;
mod meeting;
mod pulse;

pub use agenda_card::describe_topic;

use leptos::prelude::*;
use six_rounds_plan::model::CadenceRound;

use super::use_app;
use actions::Actions;
use agenda_card::AgendaCard;
use checklist::Checklist;
use meeting::MeetingCard;
use pulse::PulseCard;

/// Round 6 as a memo, so edits elsewhere do not reach its views.
#[derive(Clone, Copy)]
struct Cadence {
    round: Memo<CadenceRound>,
}

fn use_cadence() -> Cadence {
    expect_context::<Cadence>()
}

#[component]
pub fn CadenceRoundView() -> impl IntoView {
    let (state, _) = use_app();
    let round = Memo::new(move |_| state.plan.with(|plan| plan.cadence.clone()));
    provide_context(Cadence { round });
    view! {
        <MeetingCard/>
        <AgendaCard/>
        <Actions/>
        <PulseCard/>
        <Checklist/>
    }
}
