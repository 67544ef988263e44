//! The integration's findings in words: what would break once the systems sync, and where.

use leptos::prelude::*;
use six_rounds_plan::integration::{check, stages_to_map};

use crate::components::use_app;
use crate::i18n::{describe_integration_finding, fill, Text};

#[component]
pub fn IntegrationFindings() -> impl IntoView {
    let (state, t) = use_app();
    let described = Memo::new(move |_| {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let round = &plan.integration;
            check(round, &stages_to_map(&plan.lead))
                .iter()
                .map(|finding| describe_integration_finding(lang, round, finding))
                .collect::<Vec<_>>()
        })
    });
    let summary = move || match described.with(Vec::len) {
        0 => t(Text::IntegrationAllClear).to_string(),
        count => fill(t(Text::IntegrationFindingsCount), &[&count.to_string()]),
    };
    view! {
        <section class="card" aria-labelledby="integration-findings-heading">
            <h2 id="integration-findings-heading">{move || t(Text::IntegrationFindingsHeading)}</h2>
            <p role="status" data-testid="integration-summary">{summary}</p>
            <ul class="findings">
                {move || described.get().into_iter().map(|line| view! {
                    <li class="finding finding--warning">{line}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
