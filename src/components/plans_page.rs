//! The plans page: this plan's details, and the library of every plan in this browser.

use leptos::prelude::*;
use six_rounds_plan::model::{Coded, Lang};
use six_rounds_plan::Plan;

use super::plan_row::PlanRow;
use super::{lang_now, use_app};
use crate::clock;
use crate::i18n::Text;
use crate::library;

#[component]
pub fn PlansPage() -> impl IntoView {
    let (state, t) = use_app();
    let text_field = move |id: &'static str,
                           label: Text,
                           get: fn(&Plan) -> String,
                           set: fn(&mut Plan, String)| {
        view! {
            <div class="field">
                <label for=id>{move || t(label)}</label>
                <input
                    id=id
                    type="text"
                    maxlength="200"
                    prop:value=move || state.plan.with(get)
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        state.edit(|plan| set(plan, value));
                    }
                />
            </div>
        }
    };
    let new_plan = move |_| {
        let lang = lang_now(state);
        library::add_new_and_open(state, Plan::new(t(Text::UntitledPlan), lang, clock::now()));
    };
    let load_example = move |_| library::load_example(state);
    view! {
        <h1>{move || t(Text::PlansHeading)}</h1>
        <section class="card" aria-labelledby="this-plan">
            <h2 id="this-plan">{move || t(Text::ThisPlan)}</h2>
            <div class="field-grid">
                {text_field("plan-organisation", Text::Organisation, |plan| plan.organisation.clone(), |plan, value| plan.organisation = value)}
                {text_field("plan-facilitator", Text::Facilitator, |plan| plan.facilitator.clone(), |plan, value| plan.facilitator = value)}
                <div class="field">
                    <label for="plan-language">{move || t(Text::PlanLanguage)}</label>
                    <select
                        id="plan-language"
                        prop:value=move || state.plan.with(|plan| plan.language.code())
                        on:change=move |event| {
                            if let Some(lang) = Lang::from_code(&event_target_value(&event)) {
                                state.edit(|plan| plan.language = lang);
                            }
                        }
                    >
                        <option value="en">"English"</option>
                        <option value="ru">"Русский"</option>
                    </select>
                </div>
            </div>
        </section>
        <section class="card" aria-labelledby="library">
            <h2 id="library">{move || t(Text::YourPlans)}</h2>
            <p class="hint">{move || t(Text::LibraryHint)}</p>
            <div class="button-row plans-actions">
                <button type="button" class="primary" on:click=new_plan>{move || t(Text::NewPlan)}</button>
                <button type="button" on:click=load_example>{move || t(Text::LoadExample)}</button>
            </div>
            <ul class="plan-list">
                <For
                    each=move || state.library.get().plans
                    key=|entry| (entry.id.clone(), entry.title.clone(), entry.updated)
                    children=move |entry| view! { <PlanRow entry=entry/> }
                />
            </ul>
        </section>
    }
}
