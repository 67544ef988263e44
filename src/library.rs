//! The plan library as the user sees it: new plans, the example, plans read from a link or a
//! file, rename, duplicate, delete. Opening and saving are the session's.

use leptos::prelude::*;
use six_rounds_plan::format::Opened;
use six_rounds_plan::library::LibraryIndex;
use six_rounds_plan::Plan;

use crate::session::{add_and_open, entry_of, load, open, store_index};
use crate::state::{AppState, Notice};
use crate::{clock, storage};

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

/// Adds a plan read from a link or a file; what was repaired on reading is told.
pub fn add_opened(state: AppState, opened: Opened) {
    if !opened.repairs.is_empty() {
        state.notify(Notice::repaired(&opened.plan, opened.repairs, None));
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
