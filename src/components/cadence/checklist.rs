//! Working together: the team's checklist of co-location and communication habits (seat the
//! teams close, one shared channel...), ticked as they become true.

use leptos::prelude::*;
use six_rounds_plan::model::CheckItem;

use crate::components::use_app;
use crate::i18n::{fill, Text};

/// The article's advice, offered when the list is empty.
const SUGGESTED: [Text; 4] = [
    Text::CheckSeatTogether,
    Text::CheckSharedChannel,
    Text::CheckJoinCalls,
    Text::CheckSharedDashboard,
];

#[component]
pub fn Checklist() -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let new_item = RwSignal::new(String::new());
    let add = move |_: ()| {
        let text = new_item.get_untracked().trim().to_string();
        if !text.is_empty() {
            state.edit(|plan| plan.cadence.checklist.push(CheckItem { text, done: false }));
            new_item.set(String::new());
        }
    };
    let suggest = move |_| {
        state.edit(|plan| {
            for key in SUGGESTED {
                plan.cadence.checklist.push(CheckItem {
                    text: t(key).to_string(),
                    done: false,
                });
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{move || t(Text::ChecklistHeading)}</h2>
            <p class="hint">{move || t(Text::ChecklistHint)}</p>
            <ul class="checklist">
                {move || cadence.round.with(|r| r.checklist.clone()).into_iter().enumerate().map(|(i, item)| {
                    let label = item.text.clone();
                    view! {
                        <li>
                            <label class="check">
                                <input type="checkbox" prop:checked=item.done on:change=move |event| {
                                    let done = event_target_checked(&event);
                                    state.edit(|plan| if let Some(item) = plan.cadence.checklist.get_mut(i) { item.done = done });
                                }/>
                                {item.text}
                            </label>
                            <button type="button" class="icon danger" aria-label=move || fill(t(Text::DeleteNamed), &[&label])
                                on:click=move |_| state.edit(|plan| { if i < plan.cadence.checklist.len() { plan.cadence.checklist.remove(i); } })>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || cadence.round.with(|r| r.checklist.is_empty())>
                <button type="button" on:click=suggest>{move || t(Text::SuggestChecklist)}</button>
            </Show>
            <div class="inline-add">
                <label for="checklist-new">{move || t(Text::NewCheckItem)}</label>
                <input id="checklist-new" type="text" maxlength="200" prop:value=move || new_item.get()
                    on:input=move |event| new_item.set(event_target_value(&event))
                    on:keydown=move |event: web_sys::KeyboardEvent| if event.key() == "Enter" { add(()); }/>
                <button type="button" on:click=move |_| add(())>{move || t(Text::AddCheckItem)}</button>
            </div>
        </section>
    }
}
