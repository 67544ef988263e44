//! A round's section of the agreement: its heading and who agreed to it; and the small
//! pieces every section uses (a table's head, a role's name).

use leptos::prelude::*;
use six_rounds_plan::model::Plan;
use six_rounds_plan::model::Round;

use crate::components::use_app;
use crate::i18n::{fill, round_name, Text};

#[component]
pub fn DocSection(round: Round, children: Children) -> impl IntoView {
    let (state, t) = use_app();
    let index = round.number() - 1;
    let agreed = move || state.plan.with(|plan| plan.workshop.agreed[index].clone());
    let heading = format!("doc-round-{}", round.number());
    let (labelled_by, test_id) = (heading.clone(), heading.clone());
    view! {
        <section class="doc-section" aria-labelledby=labelled_by data-testid=test_id>
            <h2 id=heading>
                {move || fill(t(Text::RoundN), &[&round.number().to_string()])} " — "
                {move || round_name(state.lang.get(), round)}
            </h2>
            {children()}
            <p class="doc-agreed">{move || {
                let who = agreed();
                if who.is_empty() { t(Text::NobodyAgreedYet).to_string() } else { fill(t(Text::AgreedBy), &[&who]) }
            }}</p>
        </section>
    }
}

/// A table's head row, each column labelled; number columns (`true`) are aligned right.
pub fn table_head(t: impl Fn(Text) -> &'static str, columns: &[(Text, bool)]) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|(label, number)| view! { <th scope="col" class:number=*number>{t(*label)}</th> })
        .collect_view();
    view! { <thead><tr>{cells}</tr></thead> }
}

/// The name of the role with this id, or `nobody` when there is none.
pub fn role_name(plan: &Plan, id: Option<&str>, nobody: &str) -> String {
    id.and_then(|id| plan.roles.role(id))
        .map_or_else(|| nobody.to_string(), |role| role.name.clone())
}
