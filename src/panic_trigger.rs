//! Debug builds only: Ctrl+Alt+Shift+P panics in the middle of an edit, to test the crash screen.

use leptos::prelude::*;

use crate::state::AppState;

pub fn install(state: AppState) {
    let listener = window_event_listener(leptos::ev::keydown, move |event| {
        let chord = event.ctrl_key() && event.alt_key() && event.shift_key();
        if chord && event.code() == "KeyP" {
            // A whole edit whose save is still pending, then one that breaks half-way.
            state.edit(|plan| plan.title = "Edited just before the panic".to_string());
            state.edit(|plan| {
                plan.title = "Half-edited when the panic struck".to_string();
                panic!("the debug panic trigger (Ctrl+Alt+Shift+P)");
            });
        }
    });
    on_cleanup(move || listener.remove());
}
