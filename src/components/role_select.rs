//! Picking an owner: one of round 1's roles, or nobody yet.

use leptos::prelude::*;

use super::use_app;
use crate::i18n::Text;

/// A labelled select of the plan's roles; the empty choice means "nobody yet".
#[component]
pub fn RoleSelect(
    id: String,
    label: Signal<String>,
    value: Signal<Option<String>>,
    on_change: Callback<Option<String>>,
    #[prop(optional)] label_hidden: bool,
) -> impl IntoView {
    let (state, t) = use_app();
    let roles = state.role_names;
    view! {
        <label for=id.clone() class:visually-hidden=label_hidden>{move || label.get()}</label>
        <select
            id=id
            prop:value=move || value.get().unwrap_or_default()
            on:change=move |event| {
                let chosen = event_target_value(&event);
                on_change.run((!chosen.is_empty()).then_some(chosen));
            }
        >
            <option value="">{move || t(Text::NobodyYet)}</option>
            {move || roles.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
        </select>
    }
}
