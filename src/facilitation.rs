//! Facilitator mode's glue: the page's large type, the clocks' tick, the running clock
//! following the round on screen, and the mode's keyboard shortcuts.

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use wasm_bindgen::JsCast;

use crate::route::Route;
use crate::state::AppState;

/// How often a running clock is redrawn.
const TICK_MS: i32 = 250;
/// Minutes one "extend" adds.
pub const EXTEND_MINUTES: u32 = 5;

pub fn install(state: AppState) {
    Effect::new(move |_| {
        let on = state.facilitating.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("facilitating", on);
        }
    });
    follow_the_round(state);
    tick(state);
    install_keys(state);
}

/// The round on screen, if a round is.
pub fn round_on_screen(route: Route) -> Option<Round> {
    match route {
        Route::Round(round) => Some(round),
        _ => None,
    }
}

/// A running clock moves with the facilitator: leaving a round pauses its clock and starts
/// the next round's.
fn follow_the_round(state: AppState) {
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        if let (Some(Some(from)), Some(to)) =
            (previous.map(round_on_screen), round_on_screen(route))
        {
            let (from, to) = (from.number() - 1, to.number() - 1);
            if from != to && state.clocks.with_untracked(|c| c[from].is_running()) {
                let now = js_sys::Date::now();
                state.clocks.update(|clocks| {
                    clocks[from].pause(now);
                    clocks[to].start(now);
                });
            }
        }
        route
    });
}

fn tick(state: AppState) {
    let handle = set_interval_with_handle(
        move || {
            if state
                .clocks
                .with_untracked(|c| c.iter().any(|c| c.is_running()))
            {
                state.now_ms.set(js_sys::Date::now());
            }
        },
        std::time::Duration::from_millis(TICK_MS as u64),
    );
    // The tick lives as long as the page.
    std::mem::forget(handle);
}

/// Starts or pauses the clock of the round on screen.
pub fn toggle_clock(state: AppState) {
    if let Some(round) = round_on_screen(state.route.get_untracked()) {
        let now = js_sys::Date::now();
        state.now_ms.set(now);
        state.clocks.update(|c| c[round.number() - 1].toggle(now));
    }
}

pub fn extend_clock(state: AppState) {
    if let Some(round) = round_on_screen(state.route.get_untracked()) {
        state
            .clocks
            .update(|c| c[round.number() - 1].extend(EXTEND_MINUTES));
    }
}

pub fn reset_clock(state: AppState) {
    if let Some(round) = round_on_screen(state.route.get_untracked()) {
        state.clocks.update(|c| c[round.number() - 1].reset());
    }
}

/// The route before or after the one on screen, in workshop order (the Decision last).
pub fn neighbour(route: Route, step: isize) -> Option<Route> {
    let order: Vec<Route> = Round::ALL
        .iter()
        .map(|round| Route::Round(*round))
        .chain([Route::Decision])
        .collect();
    let at = order.iter().position(|r| *r == route)?;
    order.get(at.checked_add_signed(step)?).copied()
}

pub fn go(route: Route) {
    let _ = window().location().set_hash(&route.href());
}

/// Typing in a field never triggers a shortcut.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.is_content_editable()
        })
}

/// Only in facilitator mode (which can be left at any time), and never while typing:
/// arrows and Page Up/Down (what a presenter's clicker sends) change round, T starts or
/// pauses the clock, + adds minutes.
fn install_keys(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if !state.facilitating.get_untracked()
            || event.ctrl_key()
            || event.meta_key()
            || event.alt_key()
            || typing(&event)
        {
            return;
        }
        let route = state.route.get_untracked();
        match event.key().as_str() {
            "ArrowRight" | "PageDown" => {
                if let Some(next) = neighbour(route, 1) {
                    go(next);
                }
            }
            "ArrowLeft" | "PageUp" => {
                if let Some(previous) = neighbour(route, -1) {
                    go(previous);
                }
            }
            "+" | "=" => extend_clock(state),
            // By the key's place, so T works in a Russian layout too.
            _ if event.code() == "KeyT" => toggle_clock(state),
            _ => return,
        }
        event.prevent_default();
    });
    std::mem::forget(handle);
}
