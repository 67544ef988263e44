//! Start-up: the language, the library, the plan to open, and a shared plan in the link.

use leptos::prelude::*;
use six_rounds_plan::library::{LibraryEntry, LibraryIndex};
use six_rounds_plan::link;
use six_rounds_plan::model::Lang;

use crate::i18n::{tr, Text};
use crate::route::Route;
use crate::state::{AppState, Notice};
use crate::storage::{self, StoredPlan};
use crate::{clock, library, session, share};

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
    if !current.is_some_and(|id| session::open(state, &id)) {
        library::open_any_or_new(state, new_title);
    }
    let hash = share::current_hash();
    let route = if link::is_share_fragment(&hash) {
        follow_share_fragment(state, &hash)
    } else {
        Route::parse(&hash)
    };
    state.route.set(route);
}

/// The one reader of a share fragment (at start and when the address changes): the plan in
/// it is added to the library, or offered as a merge when it is a copy of one there, or the
/// page says what is wrong with it. The fragment leaves the address; returns the route to
/// show.
pub fn follow_share_fragment(state: AppState, fragment: &str) -> Route {
    let route = match link::open(fragment) {
        Ok(opened) => crate::lineage::receive(state, opened, Notice::SharedPlanAdded),
        Err(error) => {
            state.notify(Notice::LinkFailed(error));
            None
        }
    };
    let route = route.unwrap_or(Route::Round(six_rounds_plan::model::Round::Roles));
    share::replace_hash(&route.href());
    route
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
                lineage: plan.id,
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
