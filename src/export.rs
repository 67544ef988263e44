//! Exporting the open plan as a JSON file.

use leptos::prelude::*;
use six_rounds_plan::library::export_file_name;
use six_rounds_plan::to_json_pretty;

use crate::state::AppState;
use crate::{clock, files};

/// Downloads the open plan as `<title>-<date>.six-rounds.json`.
pub fn export_plan(state: AppState) {
    let (name, text) = state.plan.with_untracked(|plan| {
        (
            export_file_name(&plan.title, clock::today()),
            to_json_pretty(plan),
        )
    });
    let _ = files::download(&name, "application/json", &text);
}
