//! Round 5 in the agreement: the SLA in plain words, each leader's signature, and the months
//! tracked so far, drawn.

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use six_rounds_plan::sla::{agreement_text, compliance, sign_off_state, terms, SignOffState};

use super::section::DocSection;
use crate::components::sla::TrackingChart;
use crate::components::use_app;
use crate::i18n::{fill, short_date, Text};

#[component]
pub fn SlaSection() -> impl IntoView {
    let (state, t) = use_app();
    let measured = Memo::new(move |_| {
        state.plan.with(|plan| {
            let sla = &plan.sla;
            compliance(
                &sla.commitments,
                &sla.actuals,
                plan.goals.on_track,
                plan.goals.at_risk,
            )
        })
    });
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let paragraphs = agreement_text(plan, lang)
                .into_iter()
                .map(|text| view! { <p>{text}</p> })
                .collect_view();
            let current = terms(plan);
            let agreement = &plan.sla.agreement;
            let signatures = [
                (Text::MarketingLeader, agreement.marketing_signoff.as_ref()),
                (Text::SalesLeader, agreement.sales_signoff.as_ref()),
            ]
            .into_iter()
            .map(|(leader, sign_off)| {
                let line = match (sign_off_state(sign_off, &current), sign_off) {
                    (SignOffState::Signed, Some(s)) => {
                        fill(t(Text::SignedBy), &[&s.name, &short_date(lang, s.date)])
                    }
                    (SignOffState::Stale, Some(s)) => {
                        fill(t(Text::SignOffStale), &[&s.name, &short_date(lang, s.date)])
                    }
                    _ => t(Text::NotSigned).to_string(),
                };
                view! { <div><dt>{t(leader)}</dt><dd>{line}</dd></div> }
            })
            .collect_view();
            view! {
                <div class="agreement-text">{paragraphs}</div>
                <dl class="facts signatures">{signatures}</dl>
            }
        })
    };
    view! {
        <DocSection round=Round::Sla>
            {body}
            {move || (!measured.with(Vec::is_empty)).then(|| view! { <TrackingChart measured=measured/> })}
        </DocSection>
    }
}
