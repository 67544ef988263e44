//! One round's page: its question, where it stands, and what the plan holds for it.

use leptos::prelude::*;
use six_rounds_plan::model::Round;

use super::cadence::CadenceRoundView;
use super::first_run::FirstRunHint;
use super::goals::GoalsRoundView;
use super::integration::IntegrationRoundView;
use super::lead::LeadRoundView;
use super::roles::RolesRoundView;
use super::sla::SlaRoundView;
use super::use_app;
use crate::i18n::{progress_label, round_name, round_question, Text};
use crate::route::Route;

#[component]
pub fn RoundPage(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let status = move || state.progress.get()[round.number() - 1];
    let next = Round::from_number(round.number() + 1).map_or(Route::Decision, Route::Round);
    let previous = Round::from_number(round.number() - 1).map(Route::Round);
    view! {
        <p class="eyebrow">{move || t(Text::RoundN).replace("{}", &round.number().to_string())}</p>
        <h1>{move || round_name(state.lang.get(), round)}</h1>
        <p class="lead">{move || round_question(state.lang.get(), round)}</p>
        {(round == Round::Roles).then(|| view! { <FirstRunHint/> })}
        <p class="round-status" data-progress=move || format!("{:?}", status()).to_lowercase()>
            {move || progress_label(state.lang.get(), status())}
        </p>
        {match round {
            Round::Roles => view! { <RolesRoundView/> }.into_any(),
            Round::Lead => view! { <LeadRoundView/> }.into_any(),
            Round::Goals => view! { <GoalsRoundView/> }.into_any(),
            Round::Integration => view! { <IntegrationRoundView/> }.into_any(),
            Round::Sla => view! { <SlaRoundView/> }.into_any(),
            Round::Cadence => view! { <CadenceRoundView/> }.into_any(),
        }}
        <nav class="pager" aria-label=move || t(Text::RoundsPager)>
            {previous.map(|route| view! { <a href=route.href()>{move || t(Text::PreviousRound)}</a> })}
            <a class="primary-link" href=next.href()>{move || t(Text::NextRound)}</a>
        </nav>
    }
}
