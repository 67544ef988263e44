//! Starting the matrix: from the usual activities, or from nothing.

use leptos::prelude::*;
use six_rounds_plan::raci::template;

use crate::components::{focus_by_id, lang_now, use_app};
use crate::i18n::Text;
use crate::targets;

#[component]
pub fn StartMatrix() -> impl IntoView {
    let (state, t) = use_app();
    let from_template = move |_| {
        let lang = lang_now(state);
        state.edit(|plan| {
            let overload_threshold = plan.roles.overload_threshold;
            let mut round = template(lang);
            round.overload_threshold = overload_threshold;
            // Keep roles the plan already has; add the template's activities.
            if !plan.roles.roles.is_empty() {
                round.roles = plan.roles.roles.clone();
            }
            plan.roles = round;
        });
    };
    view! {
        <section class="card start" aria-labelledby="start-heading">
            <h2 id="start-heading">{move || t(Text::StartMatrixHeading)}</h2>
            <p>{move || t(Text::StartMatrixHint)}</p>
            <div class="button-row">
                <button type="button" class="primary" on:click=from_template>{move || t(Text::UseTemplate)}</button>
                <button type="button" on:click=move |_| focus_by_id(targets::NEW_ACTIVITY_NAME)>{move || t(Text::StartEmpty)}</button>
            </div>
        </section>
    }
}
