//! The open plan's save lifecycle, in one room: opening a plan (from this tab's memory or
//! storage) and adding one, the debounced write after edits (an effect that follows the plan
//! once `AppState::edit` marks it dirty), the flush when the page hides, the library entry
//! refreshed after a save, and other tabs' news. Nothing here depends on `library`.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use six_rounds_plan::library::LibraryEntry;
use six_rounds_plan::Plan;
use web_sys::{StorageEvent, VisibilityState};

use crate::state::{AppState, Notice, SaveStatus};
use crate::storage::{self, SaveError, StoredPlan, WriteError};
use crate::{clock, crash};

/// How long after the last keystroke the plan is written.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Marks the plan edited and (re)starts the debounce timer.
fn schedule(state: AppState) {
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
            refresh_entry(state);
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
            refresh_entry(state);
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

/// Saves after edits, flushes when the page is hidden or left, and listens to other tabs.
pub fn install(state: AppState) {
    // A change of the plan that the user made (`AppState::mark_edited`: an edit, an undo, a
    // merge) is saved after the debounce; opening a plan changes it without marking it.
    Effect::new(move |_| {
        state.plan.track();
        if state.session.with_value(|session| session.dirty) {
            schedule(state);
        }
    });
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
        reload_open_plan(state);
        state.notify(Notice::UpdatedFromOtherTab);
    }
}

pub fn entry_of(id: &str, plan: &Plan) -> LibraryEntry {
    LibraryEntry {
        id: id.to_string(),
        title: plan.title.clone(),
        updated: plan.updated,
        lineage: plan.id.clone(),
    }
}

/// Records the library index in storage; a failure only means it is rebuilt later.
pub fn store_index(state: AppState) {
    let _ = storage::write_index(&state.library.get_untracked());
}

/// A plan from this tab's unsaved memory or from storage, with its revision and whether
/// storage holds its deals as they are, and whether storage holds the plan as it is. A stored
/// plan that opened repaired says so in a notice and keeps its original aside.
pub fn load(state: AppState, id: &str) -> Option<(Plan, u64, bool, bool)> {
    if let Some(plan) = state
        .session
        .with_value(|session| session.unsaved.get(id).cloned())
    {
        return Some((plan, storage::read_rev(id).unwrap_or(0), false, false));
    }
    match storage::read_plan(id) {
        StoredPlan::Readable {
            plan,
            rev,
            deals_apart,
            repairs,
        } => {
            let repairs_made = !repairs.is_empty();
            if repairs_made {
                let _ = storage::keep_original(id);
                state.notify(Notice::repaired(&plan, repairs, Some(id.to_string())));
            }
            Some((*plan, rev, deals_apart, !repairs_made))
        }
        StoredPlan::Missing => None,
        StoredPlan::Newer => {
            state.notify(Notice::StoredPlanNewer);
            None
        }
        StoredPlan::Unreadable => {
            let _ = storage::set_aside_plan(id, clock::now().timestamp_millis());
            state.notify(Notice::StoredDataSetAside);
            state.library.update(|index| index.remove(id));
            store_index(state);
            None
        }
    }
}

/// Makes `id` the open plan; false when it cannot be read.
pub fn open(state: AppState, id: &str) -> bool {
    flush(state);
    let Some((plan, rev, deals_stored, as_stored)) = load(state, id) else {
        return false;
    };
    state.session.update_value(|session| {
        session.base_rev = rev;
        session.dirty = !as_stored;
        session.stored_deals = deals_stored.then(|| plan.integration.deals.clone());
    });
    crash::remember(&plan);
    state.plan.set(plan);
    crate::history::forget(state);
    state.plan_id.set(id.to_string());
    state
        .library
        .update(|index| index.current = Some(id.to_string()));
    store_index(state);
    if as_stored {
        state.save_status.set(SaveStatus::Saved);
    } else {
        schedule(state);
    }
    true
}

/// Adds a plan to the library under a fresh id and opens it; the open plan is saved first.
pub fn add_and_open(state: AppState, plan: Plan) {
    flush(state);
    let id = state
        .library
        .with_untracked(|index| index.new_id(clock::seed()));
    state.library.update(|index| {
        index.upsert(entry_of(&id, &plan));
        index.current = Some(id.clone());
    });
    state.session.update_value(|session| {
        session.base_rev = 0;
        session.dirty = true;
        session.stored_deals = None;
    });
    state.plan.set(plan);
    crate::history::forget(state);
    state.plan_id.set(id);
    flush(state);
}

/// Drops this tab's version and opens what storage holds now.
pub fn reload_open_plan(state: AppState) {
    let id = state.plan_id.get_untracked();
    state.session.update_value(|session| {
        session.dirty = false;
        session.unsaved.remove(&id);
    });
    open(state, &id);
}

/// The library entry of the open plan, refreshed after a save.
pub fn refresh_entry(state: AppState) {
    let id = state.plan_id.get_untracked();
    let entry = state.plan.with_untracked(|plan| entry_of(&id, plan));
    state.library.update(|index| {
        index.upsert(entry);
        index.current = Some(id.clone());
    });
    store_index(state);
}
