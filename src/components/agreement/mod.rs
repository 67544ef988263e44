//! The agreement document: the whole plan as one printable view, laid out for A4 or Letter
//! by the print stylesheet, ready for the browser's "Save as PDF".

mod cadence;
mod goals;
mod integration;
mod lead;
mod roles;
mod section;
mod sla;
mod workshop;

use leptos::prelude::*;
use six_rounds_plan::review::health;

use super::use_app;
use crate::clock;
use crate::i18n::{fill, long_date, Text};
use crate::route::Route;

/// The paper the print stylesheet lays the document out for (its named `@page`).
#[derive(Clone, Copy, PartialEq)]
enum Paper {
    A4,
    Letter,
}

#[component]
pub fn AgreementPage() -> impl IntoView {
    let (state, t) = use_app();
    let paper = RwSignal::new(Paper::A4);
    let print = move |_| {
        let _ = window().print();
    };
    let header = move || {
        let lang = state.lang.get();
        let score = state
            .findings
            .with(|findings| state.plan.with(|plan| health(plan, findings)).score);
        state.plan.with(|plan| {
            let by = [
                (Text::Organisation, plan.organisation.clone()),
                (Text::Facilitator, plan.facilitator.clone()),
            ];
            view! {
                <h1>{if plan.title.is_empty() { t(Text::UntitledPlan).to_string() } else { plan.title.clone() }}</h1>
                <p class="doc-subtitle">{t(Text::AgreementDocument)} " · " {long_date(lang, clock::today())}</p>
                <dl class="facts">
                    {by.into_iter().filter(|(_, value)| !value.is_empty()).map(|(label, value)| view! {
                        <div><dt>{t(label)}</dt><dd>{value}</dd></div>
                    }).collect_view()}
                    <div><dt>{t(Text::HealthHeading)}</dt><dd>{fill(t(Text::HealthScore), &[&score.to_string()])}</dd></div>
                </dl>
            }
        })
    };
    view! {
        <div class="doc-tools no-print">
            <a href=Route::Decision.href()>{move || t(Text::BackToDecision)}</a>
            <label for="paper">{move || t(Text::Paper)}</label>
            <select id="paper" on:change=move |event| {
                paper.set(if event_target_value(&event) == "letter" { Paper::Letter } else { Paper::A4 });
            }>
                <option value="a4" selected=move || paper.get() == Paper::A4>"A4"</option>
                <option value="letter" selected=move || paper.get() == Paper::Letter>"Letter"</option>
            </select>
            <button type="button" on:click=print>{move || t(Text::PrintAgreement)}</button>
            <p class="hint">{move || t(Text::PrintHint)}</p>
        </div>
        <article class="agreement-doc" data-paper=move || if paper.get() == Paper::Letter { "letter" } else { "a4" }>
            <header class="doc-header">{header}</header>
            <roles::RolesSection/>
            <lead::LeadSection/>
            <goals::GoalsSection/>
            <integration::IntegrationSection/>
            <sla::SlaSection/>
            <cadence::CadenceSection/>
            <workshop::ParkingLotSection/>
        </article>
    }
}
