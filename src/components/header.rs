//! The top bar: the app's name, the plan's title, the tools, the save state and the language.

use leptos::prelude::*;
use six_rounds_plan::model::{Coded, Lang};

use super::use_app;
use crate::history;
use crate::i18n::Text;
use crate::route::Route;
use crate::state::SaveStatus;

#[component]
pub fn Header() -> impl IntoView {
    let (state, t) = use_app();
    let current = move |route: Route| move || (state.route.get() == route).then_some("page");
    let save_text = move || {
        t(match state.save_status.get() {
            SaveStatus::Saved => Text::SaveSaved,
            SaveStatus::Pending => Text::SavePending,
            SaveStatus::InMemory => Text::SaveInMemory,
        })
    };
    view! {
        <header class="topbar">
            <a class="brand" href=Route::Plans.href()>{move || t(Text::AppName)}</a>
            <label class="title-field">
                <span class="visually-hidden">{move || t(Text::PlanTitle)}</span>
                <input
                    id="plan-title"
                    type="text"
                    maxlength="200"
                    placeholder=move || t(Text::UntitledPlan)
                    prop:value=move || state.plan.with(|plan| plan.title.clone())
                    on:input=move |event| {
                        let title = event_target_value(&event);
                        state.edit(|plan| plan.title = title);
                    }
                />
            </label>
            <span
                class="save-status"
                class:save-status--warn=move || state.save_status.get() == SaveStatus::InMemory
                role="status"
                data-status=move || format!("{:?}", state.save_status.get()).to_lowercase()
            >
                {save_text}
            </span>
            <div class="history" role="group" aria-label=move || t(Text::EditHistory)>
                <button type="button" class="header-button" aria-keyshortcuts="Control+Z Meta+Z"
                    title=move || t(Text::UndoKeys)
                    disabled=move || state.history_len.get().0 == 0
                    on:click=move |_| history::undo(state)>{move || t(Text::Undo)}</button>
                <button type="button" class="header-button" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                    title=move || t(Text::RedoKeys)
                    disabled=move || state.history_len.get().1 == 0
                    on:click=move |_| history::redo(state)>{move || t(Text::Redo)}</button>
            </div>
            <button type="button" class="header-button facilitate" aria-pressed=move || state.facilitating.get().to_string()
                on:click=move |_| state.facilitating.update(|on| *on = !*on)>{move || t(Text::Facilitate)}</button>
            <nav class="tools" aria-label=move || t(Text::ToolsNav)>
                <a href=Route::Plans.href() aria-current=current(Route::Plans)>{move || t(Text::NavPlans)}</a>
                <a href=Route::Share.href() aria-current=current(Route::Share)>{move || t(Text::NavShare)}</a>
            </nav>
            <label class="language">
                <span>{move || t(Text::Language)}</span>
                <select
                    id="language"
                    on:change=move |event| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&event)) {
                            state.lang.set(lang);
                        }
                    }
                    prop:value=move || state.lang.get().code()
                >
                    <option value="en">"English"</option>
                    <option value="ru">"Русский"</option>
                </select>
            </label>
        </header>
    }
}
