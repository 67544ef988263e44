//! The Decision: every round's progress and the plan's key numbers at a glance.

use leptos::prelude::*;
use six_rounds_plan::progress::Round;

use super::use_app;
use crate::i18n::{model_label, number, progress_label, round_name, Text};
use crate::route::Route;

#[component]
pub fn DecisionPage() -> impl IntoView {
    let (state, t) = use_app();
    let rounds = move || {
        let lang = state.lang.get();
        let progress = state.progress.get();
        Round::ALL
            .iter()
            .map(|round| {
                let status = progress[round.number() - 1];
                    view! {
                        <li data-progress=format!("{status:?}").to_lowercase()>
                            <a href=Route::Round(*round).href()>
                                {t(Text::RoundN).replace("{}", &round.number().to_string())} " — " {round_name(lang, *round)}
                            </a>
                            ": " {progress_label(lang, status)}
                        </li>
                    }
                })
            .collect_view()
    };
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
            let response = crate::i18n::fill(
                t(Text::MinutesN),
                &[&plan.sla.commitments.first_response_minutes.to_string()],
            );
            let model = plan
                .integration
                .model
                .map_or("—", |model| model_label(lang, model));
            let meeting = plan
                .cadence
                .meeting
                .starts
                .map_or_else(dash, |date| date.to_string());
            view! {
                <div><dt>{t(Text::RevenueGoal)}</dt><dd>{revenue}</dd></div>
                <div><dt>{t(Text::MqlsPerMonth)}</dt><dd>{mqls}</dd></div>
                <div><dt>{t(Text::FirstResponse)}</dt><dd>{response}</dd></div>
                <div><dt>{t(Text::AgreedModel)}</dt><dd>{model}</dd></div>
                <div><dt>{t(Text::FirstMeeting)}</dt><dd>{meeting}</dd></div>
            }
        })
    };
    view! {
        <h1>{move || t(Text::Decision)}</h1>
        <p class="lead">{move || t(Text::DecisionLead)}</p>
        <section class="card" aria-labelledby="decision-rounds">
            <h2 id="decision-rounds">{move || t(Text::WhereEachRoundStands)}</h2>
            <ol class="round-list">{rounds}</ol>
        </section>
        <section class="card" aria-labelledby="decision-numbers">
            <h2 id="decision-numbers">{move || t(Text::KeyNumbers)}</h2>
            <dl class="facts">{facts}</dl>
        </section>
    }
}
