//! The parking lot: a disagreement set aside in a sentence, to settle later; each point
//! remembers the round it came up in.

use leptos::prelude::*;

use crate::components::use_app;
use crate::facilitation::round_on_screen;
use crate::i18n::{fill, Text};

#[component]
pub fn ParkingLot() -> impl IntoView {
    let (state, t) = use_app();
    let draft = RwSignal::new(String::new());
    let park = move || {
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let round = round_on_screen(state.route.get_untracked()).map_or(6, |r| r.number() as u8);
        state.edit(|plan| {
            plan.workshop.park(text, round);
        });
        draft.set(String::new());
    };
    let ids = Memo::new(move |_| {
        state.plan.with(|plan| {
            plan.workshop
                .parking_lot
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let open = move || state.plan.with(|plan| plan.workshop.open_points());
    view! {
        <details class="parking-lot">
            <summary data-testid="parking-summary">{move || fill(t(Text::ParkingLotSummary), &[&open().to_string()])}</summary>
            <div class="parking-new">
                <label for="parking-new">{move || t(Text::NewParkedPoint)}</label>
                <input id="parking-new" type="text" maxlength="5000" prop:value=move || draft.get()
                    on:input=move |event| draft.set(event_target_value(&event))
                    on:keydown=move |event| if event.key() == "Enter" { park() }/>
                <button type="button" on:click=move |_| park()>{move || t(Text::ParkPoint)}</button>
            </div>
            <ul class="parking-points">
                <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <ParkedRow id=id/> }/>
            </ul>
        </details>
    }
}

#[component]
fn ParkedRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let key = StoredValue::new(id);
    let point = move || {
        state.plan.with(|plan| {
            plan.workshop
                .parking_lot
                .iter()
                .find(|p| key.with_value(|id| p.id == *id))
                .map(|p| (p.text.clone(), p.round, p.settled))
                .unwrap_or_default()
        })
    };
    let checkbox = key.with_value(|id| format!("parked-{id}"));
    view! {
        <li class:settled=move || point().2>
            <input id=checkbox.clone() type="checkbox" prop:checked=move || point().2
                on:change=move |event| {
                    let settled = event_target_checked(&event);
                    state.edit(|plan| {
                        if let Some(point) = plan.workshop.parked_mut(&key.get_value()) {
                            point.settled = settled;
                        }
                    });
                }/>
            <label for=checkbox>
                <span class="visually-hidden">{move || t(Text::Settled)} ": "</span>
                {move || point().0} " "
                <span class="quiet">{move || fill(t(Text::RoundN), &[&point().1.to_string()])}</span>
            </label>
        </li>
    }
}
