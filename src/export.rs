//! Exporting the open plan as a JSON file.

use six_rounds_plan::library::export_file_name;
use six_rounds_plan::to_json_pretty;

use crate::state::AppState;
use crate::{clock, files, lineage};

/// Downloads the open plan as `<title>-<date>.six-rounds.json`, as a copy that can come
/// back and be merged (its version kept as the base).
pub fn export_plan(state: AppState) {
    let copy = lineage::copy_to_send(state);
    let (name, text) = (
        export_file_name(&copy.title, clock::today()),
        to_json_pretty(&copy),
    );
    let _ = files::download(&name, "application/json", &text);
}
