//! Round 1's page: the roles, the RACI matrix, its findings, and the matrix as CSV.

mod activity_header;
mod findings;
mod grid;
mod matrix_csv;
mod roles_editor;
mod start;

use leptos::prelude::*;

use findings::{Findings, RaciFindings};
use grid::RaciGrid;
use matrix_csv::MatrixCsv;
use roles_editor::RolesEditor;
use six_rounds_plan::raci::check;
use start::StartMatrix;

use super::use_app;

#[component]
pub fn RolesRoundView() -> impl IntoView {
    let (state, _) = use_app();
    provide_context(RaciFindings(Memo::new(move |_| {
        state.plan.with(|plan| check(&plan.roles))
    })));
    let empty = move || state.plan.with(|plan| plan.roles.activities.is_empty());
    view! {
        <Show when=empty>
            <StartMatrix/>
        </Show>
        <RaciGrid/>
        <Findings/>
        <RolesEditor/>
        <MatrixCsv/>
    }
}
