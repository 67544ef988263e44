//! What the plan holds for a round, read-only, until that round's editing tools land.

use leptos::prelude::*;
use six_rounds_plan::model::Plan;
use six_rounds_plan::progress::Round;

use super::use_app;
use crate::i18n::{frequency_label, number, tr, Text};

#[component]
pub fn RoundSummary(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| match round {
            // Rounds 1 to 4 have their own editors.
            Round::Roles | Round::Lead | Round::Goals | Round::Integration => empty(lang),
            Round::Sla => sla(lang, plan),
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

fn sla(lang: six_rounds_plan::model::Lang, plan: &Plan) -> AnyView {
    let round = &plan.sla;
    let commitments = &round.commitments;
    if commitments.mqls_per_month.is_none() && round.actuals.is_empty() {
        return empty(lang);
    }
    let count =
        |value: Option<u32>| value.map_or("—".to_string(), |v| number(lang, f64::from(v)));
    let rows = round
        .actuals
        .iter()
        .map(|month| {
            view! {
                <tr>
                    <td>{month.month.format("%Y-%m").to_string()}</td>
                    <td class="num">{number(lang, f64::from(month.mqls_delivered))}</td>
                    <td class="num">{number(lang, f64::from(month.accepted))}</td>
                    <td class="num">{number(lang, f64::from(month.closed))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <div><dt>{tr(lang, Text::MqlsPerMonth)}</dt><dd>{count(commitments.mqls_per_month)}</dd></div>
            <div><dt>{tr(lang, Text::FirstResponse)}</dt><dd>{crate::i18n::fill(tr(lang, Text::MinutesN), &[&commitments.first_response_minutes.to_string()])}</dd></div>
            <div><dt>{tr(lang, Text::Attempts)}</dt><dd>{crate::i18n::fill(tr(lang, Text::AttemptsInDays), &[&commitments.attempts.to_string(), &commitments.attempt_days.to_string()])}</dd></div>
            <div><dt>{tr(lang, Text::DealsPerMonth)}</dt><dd>{count(commitments.deals_per_month)}</dd></div>
        </dl>
        <div class="table-scroll">
            <table>
                <caption>{tr(lang, Text::ActualsCaption)}</caption>
                <thead><tr>
                    <th scope="col">{tr(lang, Text::Month)}</th>
                    <th scope="col" class="num">{tr(lang, Text::MqlsDelivered)}</th>
                    <th scope="col" class="num">{tr(lang, Text::Accepted)}</th>
                    <th scope="col" class="num">{tr(lang, Text::Closed)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
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
