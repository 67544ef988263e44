//! The clock of the round on screen: time left of its timebox, start or pause, five more
//! minutes, reset, and the timebox itself (kept in the plan).

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use six_rounds_plan::workshop::clock_text;

use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::facilitation::{extend_clock, reset_clock, toggle_clock, EXTEND_MINUTES};
use crate::i18n::{fill, Text};
use six_rounds_plan::limits;

#[component]
pub fn RoundClockView(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let index = round.number() - 1;
    let minutes = move || state.plan.with(|plan| plan.workshop.timebox_minutes[index]);
    let clock = move || state.clocks.with(|clocks| clocks[index]);
    let left = move || clock().seconds_left(minutes(), state.now_ms.get());
    let running = move || clock().is_running();
    let phase = move || match (running(), left() < 0) {
        (_, true) => "over",
        (true, false) => "running",
        (false, false) => "paused",
    };
    view! {
        <div class="round-clock" data-state=phase>
            <span class="visually-hidden">{move || t(Text::TimeLeft)}</span>
            <span role="timer" class="round-clock-time" data-testid="round-clock">{move || clock_text(left())}</span>
            {move || (left() < 0).then(|| view! { <span class="round-clock-over">{t(Text::OverTime)}</span> })}
        </div>
        <button type="button" aria-keyshortcuts="T" aria-pressed=move || running().to_string()
            on:click=move |_| toggle_clock(state)>
            {move || t(if running() { Text::PauseClock } else { Text::StartClock })}
        </button>
        <button type="button" aria-keyshortcuts="+" on:click=move |_| extend_clock(state)>
            {move || fill(t(Text::ExtendClock), &[&EXTEND_MINUTES.to_string()])}
        </button>
        <button type="button" on:click=move |_| reset_clock(state)>{move || t(Text::ResetClock)}</button>
    }
}

/// The round's timebox, kept in the plan.
#[component]
pub fn TimeboxField(round: Round) -> impl IntoView {
    let (state, t) = use_app();
    let index = round.number() - 1;
    let minutes = move || state.plan.with(|plan| plan.workshop.timebox_minutes[index]);
    view! {
        <NumberField id="timebox-minutes".to_string()
            label=Signal::derive(move || t(Text::TimeboxMinutes).to_string())
            value=Signal::derive(move || Some(f64::from(minutes())))
            on_change=Callback::new(move |value: Option<f64>| {
                if let Some(value) = value {
                    state.edit(|plan| plan.workshop.timebox_minutes[index] = value.round() as u32);
                }
            })
            bounds=limits::TIMEBOX
            class="narrow inline"/>
    }
}
