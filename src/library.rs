//! The plan library as the user sees it: open, create, rename, duplicate, delete.

use leptos::prelude::*;
use six_rounds_plan::format::Opened;
use six_rounds_plan::library::{LibraryEntry, LibraryIndex};
use six_rounds_plan::Plan;

use crate::state::{AppState, Notice, SaveStatus};
use crate::storage::{self, StoredPlan};
use crate::{autosave, clock, crash};

fn entry_of(id: &str, plan: &Plan) -> LibraryEntry {
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
fn load(state: AppState, id: &str) -> Option<(Plan, u64, bool, bool)> {
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
                state.notify(Notice::Repaired {
                    title: plan.title.clone(),
                    repairs,
                    original_of: Some(id.to_string()),
                });
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
    autosave::flush(state);
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
        autosave::schedule(state);
    }
    true
}

/// Adds the example plan, in the app's language, and opens it.
pub fn load_example(state: AppState) {
    let lang = state.lang.get_untracked();
    add_new_and_open(
        state,
        six_rounds_plan::example::example_plan(lang, clock::now()),
    );
    state.notify(Notice::ExampleLoaded);
}

/// Adds a plan that is new to the world (started here, the example, a duplicate) under a
/// plan id of its own, and opens it.
pub fn add_new_and_open(state: AppState, mut plan: Plan) {
    plan.id = LibraryIndex::new_plan_id(clock::seed());
    plan.origin = None;
    add_and_open(state, plan);
}

/// Adds a plan to the library under a fresh id and opens it; the open plan is saved first.
pub fn add_and_open(state: AppState, plan: Plan) {
    autosave::flush(state);
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
    autosave::flush(state);
}

/// Adds a plan read from a link or a file; what was repaired on reading is told.
pub fn add_opened(state: AppState, opened: Opened) {
    if !opened.repairs.is_empty() {
        state.notify(Notice::Repaired {
            title: opened.plan.title.clone(),
            repairs: opened.repairs,
            original_of: None,
        });
    }
    add_and_open(state, opened.plan);
}

pub fn rename(state: AppState, id: &str, title: &str) {
    if state.plan_id.get_untracked() == id {
        state.edit(|plan| plan.title = title.to_string());
        return;
    }
    if let Some((mut plan, rev, deals_stored, _)) = load(state, id) {
        plan.title = title.to_string();
        plan.updated = clock::now().max(plan.created);
        if storage::save_plan(id, &plan, !deals_stored, rev).is_ok() {
            state
                .library
                .update(|index| index.upsert(entry_of(id, &plan)));
            store_index(state);
        }
    }
}

pub fn duplicate(state: AppState, id: &str, copy_suffix: &str) {
    let source = if state.plan_id.get_untracked() == id {
        Some(state.plan.get_untracked())
    } else {
        load(state, id).map(|(plan, ..)| plan)
    };
    if let Some(mut plan) = source {
        plan.title = format!("{} {copy_suffix}", plan.title);
        plan.created = clock::now();
        plan.updated = plan.created;
        add_new_and_open(state, plan);
    }
}

/// Deletes a plan (the page asks first); deleting the open one opens another or a new one.
pub fn delete(state: AppState, id: &str, new_title: &str) {
    storage::remove_plan(id);
    state.session.update_value(|session| {
        session.unsaved.remove(id);
    });
    state.library.update(|index| index.remove(id));
    store_index(state);
    if state.plan_id.get_untracked() == id {
        state.session.update_value(|session| session.dirty = false);
        open_any_or_new(state, new_title);
    }
}

/// Opens the first readable plan of the library, or starts a new one.
pub fn open_any_or_new(state: AppState, new_title: &str) {
    let ids: Vec<String> = state
        .library
        .with_untracked(|index| index.plans.iter().map(|entry| entry.id.clone()).collect());
    if ids.iter().any(|id| open(state, id)) {
        return;
    }
    let lang = state.lang.get_untracked();
    add_new_and_open(state, Plan::new(new_title, lang, clock::now()));
}

/// Keeps this tab's version of the open plan as a new plan beside the stored one.
pub fn keep_mine_as_copy(state: AppState, copy_suffix: &str) {
    let mut plan = state.plan.get_untracked();
    plan.title = format!("{} {copy_suffix}", plan.title);
    state.session.update_value(|session| session.dirty = false);
    add_and_open(state, plan);
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
