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
use six_rounds_plan::model::RolesRound;
use six_rounds_plan::raci::check;
use start::StartMatrix;

use super::use_app;

/// The open plan's round 1 as a memo. The matrix's parts read it rather than the whole
/// plan, so an edit elsewhere never reaches them, and the plan signal keeps few subscribers.
#[derive(Clone, Copy)]
struct Matrix(Memo<RolesRound>);

fn use_matrix() -> Memo<RolesRound> {
    expect_context::<Matrix>().0
}

#[component]
pub fn RolesRoundView() -> impl IntoView {
    let (state, _) = use_app();
    let matrix = Memo::new(move |_| state.plan.with(|plan| plan.roles.clone()));
    provide_context(Matrix(matrix));
    provide_context(RaciFindings(Memo::new(move |_| matrix.with(check))));
    let empty = move || matrix.with(|roles| roles.activities.is_empty());
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
