//! Undo and redo for every edit of the open plan: the keys and buttons, and the open plan
//! swapped with the domain's `History` (which groups and bounds the steps).

use leptos::prelude::*;

use crate::state::AppState;

fn step(state: AppState, back: bool) {
    let (undo, redo) = state.history.with_value(|history| history.steps());
    if (if back { undo } else { redo }) == 0 {
        return;
    }
    let current = state.plan.get_untracked();
    let other = state.history.try_update_value(|history| {
        if back {
            history.undo(current)
        } else {
            history.redo(current)
        }
    });
    if let Some(Some(plan)) = other {
        state.mark_edited();
        state.plan.set(plan);
        state
            .history_len
            .set(state.history.with_value(|history| history.steps()));
    }
}

pub fn undo(state: AppState) {
    step(state, true);
}

pub fn redo(state: AppState) {
    step(state, false);
}

/// Another plan was opened: its history starts empty.
pub fn forget(state: AppState) {
    state.history.set_value(Default::default());
    state.history_len.set((0, 0));
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, anywhere on the page.
pub fn install_keys(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
            return;
        }
        match (event.key().to_lowercase().as_str(), event.shift_key()) {
            ("z", false) => undo(state),
            ("z", true) | ("y", false) => redo(state),
            _ => return,
        }
        event.prevent_default();
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}
