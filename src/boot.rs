//! Start-up: the language, the library, the plan to open, and a shared plan in the link.

use leptos::prelude::*;
use six_rounds_plan::library::{LibraryEntry, LibraryIndex};
use six_rounds_plan::link;
use six_rounds_plan::model::Lang;

use crate::i18n::{tr, Text};
use crate::route::Route;
use crate::state::{AppState, Notice};
use crate::storage::{self, StoredPlan};
use crate::{clock, library, share};

/// The remembered language, else the browser's, else English.
pub fn initial_language() -> Lang {
    storage::read_lang().unwrap_or_else(|| {
        let browser = window().navigator().language().unwrap_or_default();
        if browser.to_lowercase().starts_with("ru") {
            Lang::Ru
        } else {
            Lang::En
        }
    })
}

pub fn start(state: AppState) {
    let new_title = tr(state.lang.get_untracked(), Text::UntitledPlan);
    if !storage::available() {
        state.notify(Notice::StorageUnavailable);
    }
    state.library.set(read_library(state));
    let current = state.library.with_untracked(|index| index.current.clone());
    if !current.is_some_and(|id| library::open(state, &id)) {
        library::open_any_or_new(state, new_title);
    }
    let hash = share::current_hash();
    if link::is_share_fragment(&hash) {
        open_shared(state, &hash);
        share::replace_hash(&Route::Round(six_rounds_plan::progress::Round::Roles).href());
    }
    state.route.set(Route::parse(&share::current_hash()));
}

/// Adds the plan in a share fragment to the library, or says what is wrong with it.
pub fn open_shared(state: AppState, fragment: &str) {
    match link::open(fragment) {
        Ok(opened) => {
            let title = opened.plan.title.clone();
            library::add_opened(state, opened);
            state.notify(Notice::SharedPlanAdded(title));
        }
        Err(error) => state.notify(Notice::LinkFailed(error)),
    }
}

/// The stored index; rebuilt from the stored plans when missing or unreadable.
fn read_library(state: AppState) -> LibraryIndex {
    match storage::read_index() {
        Ok(Some(index)) => index,
        Ok(None) => rebuild_index(state),
        Err(_) => {
            let _ = storage::set_aside_index(clock::now().timestamp_millis());
            state.notify(Notice::StoredDataSetAside);
            rebuild_index(state)
        }
    }
}

fn rebuild_index(state: AppState) -> LibraryIndex {
    let mut index = LibraryIndex::default();
    for id in storage::stored_plan_ids() {
        match storage::read_plan(&id) {
            StoredPlan::Readable { plan, .. } => index.upsert(LibraryEntry {
                id,
                title: plan.title,
                updated: plan.updated,
            }),
            StoredPlan::Unreadable => {
                let _ = storage::set_aside_plan(&id, clock::now().timestamp_millis());
                state.notify(Notice::StoredDataSetAside);
            }
            StoredPlan::Newer => state.notify(Notice::StoredPlanNewer),
            StoredPlan::Missing => {}
        }
    }
    index
        .plans
        .sort_by_key(|entry| std::cmp::Reverse(entry.updated));
    index
}
