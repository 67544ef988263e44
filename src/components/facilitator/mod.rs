//! Facilitator mode's bar: the round on screen with previous and next, its clock, who agreed
//! to it, the parking lot, and the way out of the mode.

mod agreed_note;
mod clock;
mod parking_lot;

use leptos::prelude::*;

use super::use_app;
use crate::facilitation::{go, neighbour, round_on_screen};
use crate::i18n::{fill, round_name, Text};
use agreed_note::AgreedNote;
use clock::{RoundClockView, TimeboxField};
use parking_lot::ParkingLot;

#[component]
pub fn FacilitatorBar() -> impl IntoView {
    let (state, t) = use_app();
    let step = move |by: isize| {
        move |_| {
            if let Some(route) = neighbour(state.route.get_untracked(), by) {
                go(route);
            }
        }
    };
    let round = move || round_on_screen(state.route.get());
    let title = move || {
        round().map(|round| {
            fill(
                t(Text::RoundOfSix),
                &[
                    &round.number().to_string(),
                    round_name(state.lang.get(), round),
                ],
            )
        })
    };
    // The round and its clock stay in view while the page scrolls; the notes scroll away.
    view! {
        <section class="facilitator facilitator-bar facilitator-row no-print" aria-label=move || t(Text::FacilitatorMode)>
                <button type="button" aria-keyshortcuts="ArrowLeft PageUp"
                    disabled=move || neighbour(state.route.get(), -1).is_none()
                    on:click=step(-1)>{move || t(Text::BackShort)}</button>
                <p class="facilitator-round" data-testid="facilitator-round">{title}</p>
                <button type="button" aria-keyshortcuts="ArrowRight PageDown"
                    disabled=move || neighbour(state.route.get(), 1).is_none()
                    on:click=step(1)>{move || t(Text::NextRound)}</button>
                {move || round().map(|round| view! { <RoundClockView round=round/> })}
        </section>
        <section class="facilitator facilitator-notes no-print" aria-label=move || t(Text::RoundNotes)>
                <div class="facilitator-row">
                    {move || round().map(|round| view! { <AgreedNote round=round/><TimeboxField round=round/> })}
                    <button type="button" class="leave" on:click=move |_| state.facilitating.set(false)>
                        {move || t(Text::LeaveFacilitation)}
                    </button>
                </div>
                <ParkingLot/>
                <p class="hint">{move || t(Text::FacilitatorKeys)}</p>
        </section>
    }
}
