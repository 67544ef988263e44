//! What each side commits to: marketing's MQLs a month; sales' first response, attempts,
//! acceptance window (round 2's, shared) and deals closed — with the speed-to-lead evidence.

use leptos::prelude::*;
use six_rounds_plan::limits::{self, Bounds};
use six_rounds_plan::model::Plan;

use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::Text;
use crate::targets;

type Read = fn(&Plan) -> Option<f64>;
type Write = fn(&mut Plan, Option<f64>);

fn count(value: Option<f64>) -> u32 {
    value.unwrap_or(0.0).round() as u32
}

/// Which evidence sentence fits a first-response time.
fn speed_note(minutes: u32) -> Text {
    match minutes {
        0..=5 => Text::SpeedWithinFive,
        6..=60 => Text::SpeedWithinHour,
        _ => Text::SpeedSlow,
    }
}

#[component]
pub fn CommitmentsCard() -> impl IntoView {
    let (state, t) = use_app();
    let field = move |id: &'static str, label: Text, get: Read, set: Write, bounds: Bounds| {
        view! {
            <NumberField id=id.to_string()
                label=Signal::derive(move || t(label).to_string())
                value=Signal::derive(move || state.plan.with(get))
                on_change=Callback::new(move |value| state.edit(|plan| set(plan, value)))
                bounds=bounds/>
        }
    };
    let minutes = move || {
        state
            .plan
            .with(|plan| plan.sla.commitments.first_response_minutes)
    };
    view! {
        <section class="card" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">{move || t(Text::CommitmentsHeading)}</h2>
            <div class="commitments">
                <div class="commitment-side" data-side="marketing">
                    <h3>{move || t(Text::MarketingCommits)}</h3>
                    {field(targets::MQL_COMMITMENT, Text::MqlsPerMonth,
                        |p| p.sla.commitments.mqls_per_month.map(f64::from),
                        |p, v| p.sla.commitments.mqls_per_month = v.map(|v| count(Some(v))), limits::MONTHLY_COUNT)}
                </div>
                <div class="commitment-side" data-side="sales">
                    <h3>{move || t(Text::SalesCommits)}</h3>
                    {field("commit-response", Text::FirstResponseMinutes,
                        |p| Some(f64::from(p.sla.commitments.first_response_minutes)),
                        |p, v| p.sla.commitments.first_response_minutes = count(v), limits::RESPONSE_MINUTES)}
                    <p class="evidence" data-testid="speed-note">{move || t(speed_note(minutes()))}</p>
                    {field("commit-attempts", Text::Attempts,
                        |p| Some(f64::from(p.sla.commitments.attempts)),
                        |p, v| p.sla.commitments.attempts = count(v), limits::ATTEMPTS)}
                    {field("commit-attempt-days", Text::AttemptDays,
                        |p| Some(f64::from(p.sla.commitments.attempt_days)),
                        |p, v| p.sla.commitments.attempt_days = count(v), limits::ATTEMPT_DAYS)}
                    {field("commit-accept", Text::AcceptWithinShared,
                        |p| Some(f64::from(p.lead.handoff.accept_within_hours)),
                        |p, v| p.lead.handoff.accept_within_hours = count(v), limits::ACCEPT_HOURS)}
                    {field("commit-deals", Text::DealsPerMonth,
                        |p| p.sla.commitments.deals_per_month.map(f64::from),
                        |p, v| p.sla.commitments.deals_per_month = v.map(|v| count(Some(v))), limits::MONTHLY_COUNT)}
                </div>
            </div>
            <p class="hint">{move || t(Text::SpeedEvidence)}</p>
        </section>
    }
}
