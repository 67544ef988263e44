//! Undo and redo for every edit of the open plan, kept in memory for the session. Edits that
//! follow each other within a moment (the keys of one word) are one step.

use leptos::prelude::*;
use six_rounds_plan::Plan;

use crate::autosave;
use crate::state::AppState;

/// Edits closer together than this are one undo step.
const GROUP_MS: f64 = 800.0;
/// The most steps kept each way.
const MOST: usize = 100;

/// The plans before (undo) and after (redo) the current one, newest last.
#[derive(Default)]
pub struct History {
    undo: Vec<Plan>,
    redo: Vec<Plan>,
    last_edit: f64,
}

impl History {
    /// Called before an edit with the plan as it is: starts a new step unless the last
    /// edit was a moment ago.
    pub fn before_edit(&mut self, plan: &Plan, now: f64) {
        if self.undo.is_empty() || now - self.last_edit > GROUP_MS {
            self.undo.push(plan.clone());
            if self.undo.len() > MOST {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_edit = now;
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
}

fn step(state: AppState, back: bool) {
    let mut moved = false;
    state.history.update_value(|history| {
        let (from, to) = if back {
            (&mut history.undo, &mut history.redo)
        } else {
            (&mut history.redo, &mut history.undo)
        };
        if let Some(plan) = from.pop() {
            to.push(state.plan.get_untracked());
            state.plan.set(plan);
            moved = true;
        }
        // The next edit starts a step of its own.
        history.last_edit = 0.0;
    });
    if moved {
        state
            .history_len
            .set(state.history.with_value(|h| (h.undo.len(), h.redo.len())));
        autosave::schedule(state);
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
    state.history.set_value(History::default());
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
