//! What the plan holds for a round, read-only, until that round's editing tools land.

use leptos::prelude::*;
use six_rounds_plan::model::Plan;
use six_rounds_plan::progress::Round;

use super::use_app;
use crate::i18n::{frequency_label, tr, Text};

#[component]
pub fn RoundSummary(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| match round {
            // Rounds 1 to 5 have their own editors.
            Round::Roles | Round::Lead | Round::Goals | Round::Integration | Round::Sla => {
                empty(lang)
            }
            Round::Cadence => cadence(lang, plan),
        })
    };
    view! {
        <section class="card" aria-labelledby="round-summary">
            <h2 id="round-summary">{move || t(Text::InThisPlan)}</h2>
            {body}
            <p class="hint">{move || t(Text::ToolsComing)}</p>
        </section>
    }
}

fn empty(lang: six_rounds_plan::model::Lang) -> AnyView {
    view! { <p class="empty">{tr(lang, Text::NothingYet)}</p> }.into_any()
}

fn cadence(lang: six_rounds_plan::model::Lang, plan: &Plan) -> AnyView {
    let round = &plan.cadence;
    if round.meeting.starts.is_none() && round.actions.is_empty() {
        return empty(lang);
    }
    let meeting = &round.meeting;
    let when = format!(
        "{}, {} {}, {} ({})",
        frequency_label(lang, meeting.frequency),
        meeting.weekday,
        meeting.time.format("%H:%M"),
        meeting
            .starts
            .map(|date| date.to_string())
            .unwrap_or_default(),
        meeting.time_zone
    );
    let actions = round
        .actions
        .iter()
        .map(|action| {
            view! {
                <li class:done=action.done>
                    {action.text.clone()}
                    {action.due.map(|due| format!(" — {due}"))}
                </li>
            }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <div><dt>{tr(lang, Text::JointMeeting)}</dt><dd>{when}</dd></div>
        </dl>
        <h3>{tr(lang, Text::ActionItems)}</h3>
        <ul class="actions">{actions}</ul>
    }
    .into_any()
}
