//! The numbers both sides agreed, in one list: revenue goal, MQL commitment, response time,
//! attribution model and the next joint meeting.

use leptos::prelude::*;
use six_rounds_plan::cadence::next_dates;

use crate::clock;
use crate::components::use_app;
use crate::i18n::{fill, long_date, model_label, number, Text};

#[component]
pub fn KeyNumbers() -> impl IntoView {
    let (state, t) = use_app();
    let facts = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let dash = || "—".to_string();
            let revenue = plan
                .goals
                .funnel
                .revenue_goal
                .map_or_else(dash, |v| number(lang, v));
            let mqls = plan
                .sla
                .commitments
                .mqls_per_month
                .map_or_else(dash, |v| number(lang, f64::from(v)));
            let response = fill(
                t(Text::MinutesN),
                &[&plan.sla.commitments.first_response_minutes.to_string()],
            );
            let model = plan
                .integration
                .model
                .map_or("—", |model| model_label(lang, model));
            let meeting = next_dates(&plan.cadence.meeting, clock::today(), 1)
                .first()
                .map_or_else(dash, |date| long_date(lang, *date));
            view! {
                <div><dt>{t(Text::RevenueGoal)}</dt><dd data-testid="fact-revenue">{revenue}</dd></div>
                <div><dt>{t(Text::MqlsPerMonth)}</dt><dd data-testid="fact-mqls">{mqls}</dd></div>
                <div><dt>{t(Text::FirstResponse)}</dt><dd>{response}</dd></div>
                <div><dt>{t(Text::AgreedModel)}</dt><dd data-testid="fact-model">{model}</dd></div>
                <div><dt>{t(Text::NextMeeting)}</dt><dd data-testid="fact-meeting">{meeting}</dd></div>
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="decision-numbers">
            <h2 id="decision-numbers">{move || t(Text::KeyNumbers)}</h2>
            <dl class="facts">{facts}</dl>
        </section>
    }
}
