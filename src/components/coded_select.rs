//! A labelled select over a closed set of values (sides, stages...), named in the current language.

use leptos::prelude::*;
use six_rounds_plan::model::{Coded, Lang};

use super::use_app;
use crate::i18n::Text;

#[component]
pub fn CodedSelect<T>(
    id: String,
    label: Text,
    name_of: fn(Lang, T) -> &'static str,
    value: Signal<T>,
    on_change: Callback<T>,
    #[prop(optional)] label_visible: bool,
) -> impl IntoView
where
    T: Coded + Send + Sync,
{
    let (state, t) = use_app();
    view! {
        <label for=id.clone() class:visually-hidden=!label_visible>{move || t(label)}</label>
        <select
            id=id
            prop:value=move || value.get().code()
            on:change=move |event| {
                if let Some(chosen) = T::from_code(&event_target_value(&event)) {
                    on_change.run(chosen);
                }
            }
        >
            {T::ALL.iter().map(|item| view! {
                <option value=item.code()>{move || name_of(state.lang.get(), *item)}</option>
            }).collect_view()}
        </select>
    }
}
