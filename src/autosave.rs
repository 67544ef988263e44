//! Autosave: a debounced write after edits, a flush when the page hides, and other tabs' news.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use web_sys::{StorageEvent, VisibilityState};

use crate::state::{AppState, Notice, SaveStatus};
use crate::storage::{self, SaveError, WriteError};
use crate::{crash, library};

/// How long after the last keystroke the plan is written.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Marks the plan edited and (re)starts the debounce timer.
pub fn schedule(state: AppState) {
    state.session.update_value(|session| {
        session.dirty = true;
        if let Some(timer) = session.timer.take() {
            timer.clear();
        }
    });
    state.save_status.set(SaveStatus::Pending);
    let timer = set_timeout_with_handle(move || flush(state), DEBOUNCE).ok();
    state.session.update_value(|session| session.timer = timer);
}

/// Writes the open plan now if it has unsaved edits.
pub fn flush(state: AppState) {
    if crash::panicked() {
        return;
    }
    let dirty = state.session.with_value(|session| session.dirty);
    if !dirty {
        return;
    }
    let id = state.plan_id.get_untracked();
    let (base, stored_deals) = state
        .session
        .with_value(|session| (session.base_rev, session.stored_deals.clone()));
    // The plan is also kept for the crash screen: it is whole between edits.
    let (result, deals) = timed_in_devtools(|| {
        state.plan.with_untracked(|plan| {
            let deals = &plan.integration.deals;
            let deals_changed = !stored_deals.is_some_and(|stored| Arc::ptr_eq(&stored, deals));
            let saved = storage::save_plan(&id, plan, deals_changed, base);
            crash::remember(plan);
            (saved, deals.clone())
        })
    });
    match result {
        Ok(rev) => {
            state.session.update_value(|session| {
                session.base_rev = rev;
                session.dirty = false;
                session.stored_deals = Some(deals);
                session.unsaved.remove(&id);
            });
            state.save_status.set(SaveStatus::Saved);
            library::refresh_entry(state);
        }
        Err(error) => {
            let plan = state.plan.get_untracked();
            state.session.update_value(|session| {
                session.unsaved.insert(id.clone(), plan);
            });
            state.save_status.set(SaveStatus::InMemory);
            state.notify(match error {
                SaveError::NewerElsewhere => Notice::NewerInOtherTab,
                SaveError::Write(WriteError::Quota) => Notice::StorageFull,
                SaveError::Write(WriteError::Unavailable) => Notice::StorageUnavailable,
            });
            // The library lists the plan as the user has it, so it can be reopened from memory.
            library::refresh_entry(state);
        }
    }
}

/// Runs `save` as the User Timing measure "six-rounds: autosave" (serialize + write), seen in
/// the browser's performance panel and read by `scripts/bench.mjs`; only the latest is kept.
fn timed_in_devtools<T>(save: impl FnOnce() -> T) -> T {
    const START: &str = "six-rounds: autosave start";
    const MEASURE: &str = "six-rounds: autosave";
    let Some(timeline) = window().performance() else {
        return save();
    };
    let _ = timeline.mark(START);
    let result = save();
    timeline.clear_measures_with_measure_name(MEASURE);
    let _ = timeline.measure_with_start_mark(MEASURE, START);
    timeline.clear_marks_with_mark_name(START);
    result
}

/// Flushes when the page is hidden or left, and listens to other tabs.
pub fn install(state: AppState) {
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == VisibilityState::Hidden {
            flush(state);
        }
    });
    let other_tabs = window_event_listener(leptos::ev::storage, move |event: StorageEvent| {
        on_storage_event(state, &event);
    });
    on_cleanup(move || {
        pagehide.remove();
        visibility.remove();
        other_tabs.remove();
    });
}

fn on_storage_event(state: AppState, event: &StorageEvent) {
    let Some(key) = event.key() else {
        return;
    };
    if key == storage::LIBRARY_KEY {
        if let Ok(Some(mut index)) = storage::read_index() {
            // Which plan is open is this tab's business.
            index.current = Some(state.plan_id.get_untracked());
            state.library.set(index);
        }
        return;
    }
    let open_id = state.plan_id.get_untracked();
    if storage::plan_of_rev_key(&key) != Some(open_id.as_str()) {
        return;
    }
    let stored: u64 = event
        .new_value()
        .and_then(|value| value.parse().ok())
        .unwrap_or(0);
    let (base, dirty) = state
        .session
        .with_value(|session| (session.base_rev, session.dirty));
    if stored <= base {
        return;
    }
    if dirty {
        state.notify(Notice::NewerInOtherTab);
    } else {
        library::reload_open_plan(state);
        state.notify(Notice::UpdatedFromOtherTab);
    }
}
