//! Copies that travel and come back: the copy sent (link or file) keeps its version as the
//! base for merging; a copy of a plan in the library is offered as a merge, not a new plan.

use leptos::prelude::*;
use six_rounds_plan::format::{digest, Opened};
use six_rounds_plan::lineage::{is_origin_itself, merge_base, shared_copy};
use six_rounds_plan::Plan;

use crate::route::Route;
use crate::state::{AppState, Incoming, Notice};
use crate::{library, session, storage};

/// The open plan as it is sent. A plan sent for the first time takes this version as its
/// origin (bookkeeping, not an edit: no undo step) and keeps it (bounded) to merge what
/// comes back; a plan that has one sends it on.
pub fn copy_to_send(state: AppState) -> Plan {
    let copy = state.plan.with_untracked(shared_copy);
    if state.plan.with_untracked(|plan| plan.origin != copy.origin) {
        let origin = copy.origin.clone();
        state.mark_edited();
        state.plan.update(|plan| plan.origin = origin);
        let _ = storage::keep_base(&state.plan_id.get_untracked(), &copy);
    }
    copy
}

/// Takes a plan read from a link or a file. A copy of a plan the library holds opens that
/// plan and waits on the merge page (nothing changes until the user applies or declines);
/// any other is added as a new plan and `added` says so. Returns the route to show.
pub fn receive(
    state: AppState,
    opened: Opened,
    added: impl FnOnce(String) -> Notice,
) -> Option<Route> {
    let lineage = opened.plan.id.clone();
    let target = if state.plan.with_untracked(|plan| plan.id == lineage) {
        Some(state.plan_id.get_untracked())
    } else {
        state
            .library
            .with_untracked(|index| index.copy_of(&lineage).map(|entry| entry.id.clone()))
    };
    let Some(target) =
        target.filter(|id| *id == state.plan_id.get_untracked() || session::open(state, id))
    else {
        let title = opened.plan.title.clone();
        let keep = is_origin_itself(&opened.plan).then(|| opened.plan.clone());
        library::add_opened(state, opened);
        if let Some(version) = keep {
            let _ = storage::keep_base(&state.plan_id.get_untracked(), &version);
        }
        state.notify(added(title));
        return None;
    };
    let theirs = opened.plan;
    if state
        .plan
        .with_untracked(|ours| digest(ours) == digest(&theirs))
    {
        state.notify(Notice::SameAsOurs(theirs.title.clone()));
        return None;
    }
    let kept = theirs
        .origin
        .as_ref()
        .and_then(|origin| storage::read_base(&target, &origin.digest));
    let base = state
        .plan
        .with_untracked(|ours| merge_base(ours, &theirs, kept));
    state.incoming.set(Some(Incoming {
        theirs,
        base,
        repairs: opened.repairs,
    }));
    Some(Route::Merge)
}
