//! The agreement's last section: the disagreements parked during the workshop, still open.

use leptos::prelude::*;
use six_rounds_plan::model::Round;

use crate::components::use_app;
use crate::i18n::{fill, round_name, Text};

#[component]
pub fn ParkingLotSection() -> impl IntoView {
    let (state, t) = use_app();
    let points = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let open: Vec<_> = plan
                .workshop
                .parking_lot
                .iter()
                .filter(|p| !p.settled)
                .map(|p| {
                    let round = Round::from_number(usize::from(p.round))
                        .map(|r| round_name(lang, r))
                        .unwrap_or_default();
                    view! { <li>{p.text.clone()} " (" {fill(t(Text::RoundN), &[&p.round.to_string()])} " — " {round} ")"</li> }
                })
                .collect();
            if open.is_empty() {
                view! { <p>{t(Text::ParkingLotEmpty)}</p> }.into_any()
            } else {
                view! { <ul>{open}</ul> }.into_any()
            }
        })
    };
    view! {
        <section class="doc-section" aria-labelledby="doc-parking">
            <h2 id="doc-parking">{move || t(Text::ParkingLot)}</h2>
            {points}
        </section>
    }
}
