//! One plan in the library: open, rename, duplicate, delete (after a confirmation).

use leptos::prelude::*;
use six_rounds_plan::library::LibraryEntry;

use super::use_app;
use crate::i18n::{fill, Text};
use crate::route::Route;
use crate::{library, session};

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

#[component]
pub fn PlanRow(entry: LibraryEntry) -> impl IntoView {
    let (state, t) = use_app();
    let mode = RwSignal::new(Mode::Idle);
    let id = StoredValue::new(entry.id.clone());
    let title = StoredValue::new(entry.title.clone());
    let draft = RwSignal::new(entry.title.clone());
    let is_open = move || state.plan_id.get() == id.get_value();
    let shown_title = move || {
        let title = title.get_value();
        if title.is_empty() {
            t(Text::UntitledPlan).to_string()
        } else {
            title
        }
    };
    let updated = entry.updated.format("%Y-%m-%d %H:%M").to_string();
    let open = move |_| {
        if session::open(state, &id.get_value()) {
            state
                .route
                .set(Route::Round(six_rounds_plan::model::Round::Roles));
            crate::share::replace_hash(&Route::Round(six_rounds_plan::model::Round::Roles).href());
        }
    };
    let save_name = move || {
        library::rename(state, &id.get_value(), &draft.get_untracked());
        mode.set(Mode::Idle);
    };
    view! {
        <li class="plan-row" class:plan-row--open=is_open>
            <div class="plan-row-main">
                <span class="plan-row-title">{shown_title}</span>
                <span class="plan-row-meta">
                    {move || fill(t(Text::UpdatedAt), &[&updated])}
                    <Show when=is_open>
                        " · " <strong>{move || t(Text::OpenNow)}</strong>
                    </Show>
                </span>
            </div>
            {move || match mode.get() {
                Mode::Idle => view! {
                    <div class="button-row">
                        <Show when=move || !is_open()>
                            <button type="button" class="primary" on:click=open>
                                {move || t(Text::Open)}<span class="visually-hidden">" " {shown_title}</span>
                            </button>
                        </Show>
                        <button type="button" on:click=move |_| mode.set(Mode::Renaming)>
                            {move || t(Text::Rename)}<span class="visually-hidden">" " {shown_title}</span>
                        </button>
                        <button type="button" on:click=move |_| library::duplicate(state, &id.get_value(), t(Text::CopySuffix))>
                            {move || t(Text::Duplicate)}<span class="visually-hidden">" " {shown_title}</span>
                        </button>
                        <button type="button" class="danger" on:click=move |_| mode.set(Mode::ConfirmingDelete)>
                            {move || t(Text::Delete)}<span class="visually-hidden">" " {shown_title}</span>
                        </button>
                    </div>
                }.into_any(),
                Mode::Renaming => view! {
                    <form class="button-row" on:submit=move |event| {
                        event.prevent_default();
                        save_name();
                    }>
                        <label class="visually-hidden" for=format!("rename-{}", id.get_value())>{move || t(Text::NewName)}</label>
                        <input
                            id=format!("rename-{}", id.get_value())
                            type="text"
                            maxlength="200"
                            prop:value=move || draft.get()
                            on:input=move |event| draft.set(event_target_value(&event))
                            autofocus
                        />
                        <button type="submit" class="primary">{move || t(Text::Save)}</button>
                        <button type="button" on:click=move |_| mode.set(Mode::Idle)>{move || t(Text::Cancel)}</button>
                    </form>
                }.into_any(),
                Mode::ConfirmingDelete => view! {
                    <div class="confirm" role="alertdialog" aria-label=move || t(Text::Delete)>
                        <p>{move || fill(t(Text::ConfirmDelete), &[&shown_title()])}</p>
                        <div class="button-row">
                            <button type="button" class="danger" on:click=move |_| {
                                library::delete(state, &id.get_value(), t(Text::UntitledPlan));
                            }>{move || t(Text::DeleteForGood)}</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Idle)>{move || t(Text::Cancel)}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </li>
    }
}
