//! Who agreed to the round on screen, written down as the room agrees.

use leptos::prelude::*;
use six_rounds_plan::model::Round;

use crate::components::use_app;
use crate::i18n::Text;

#[component]
pub fn AgreedNote(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let index = round.number() - 1;
    view! {
        <div class="field agreed-note">
            <label for="round-agreed">{move || t(Text::WhoAgreed)}</label>
            <input id="round-agreed" type="text" maxlength="5000"
                placeholder=move || t(Text::WhoAgreedPlaceholder)
                prop:value=move || state.plan.with(|plan| plan.workshop.agreed[index].clone())
                on:input=move |event| {
                    let text = event_target_value(&event);
                    state.edit(|plan| plan.workshop.agreed[index] = text);
                }/>
        </div>
    }
}
