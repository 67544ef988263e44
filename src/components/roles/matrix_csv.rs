//! The matrix as a CSV file: download it, or bring one in from a spreadsheet.

use leptos::prelude::*;
use six_rounds_plan::library::file_name;
use six_rounds_plan::raci::{from_csv, to_csv};

use crate::clock;
use crate::components::file_or_paste::FileOrPaste;
use crate::components::use_app;
use crate::files;
use crate::i18n::Text;
use crate::state::{AppState, Notice};

/// Replaces the matrix with the CSV's, keeping the old one for Undo; or says what is wrong.
fn apply_csv(state: AppState, text: &str) {
    let parsed = state
        .plan
        .with_untracked(|plan| from_csv(text, &plan.roles));
    match parsed {
        Ok(round) => {
            let previous = state.plan.with_untracked(|plan| plan.roles.clone());
            state.edit(|plan| plan.roles = round);
            state.notify(Notice::MatrixImported(Box::new(previous)));
        }
        Err(error) => state.notify(Notice::CsvFailed(error)),
    }
}

#[component]
pub fn MatrixCsv() -> impl IntoView {
    let (state, t) = use_app();
    let download = move |_| {
        let (name, text) = state.plan.with_untracked(|plan| {
            (
                file_name(&plan.title, clock::today(), "raci.csv"),
                to_csv(&plan.roles),
            )
        });
        let _ = files::download(&name, "text/csv", &text);
    };
    view! {
        <section class="card" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{move || t(Text::CsvHeading)}</h2>
            <p class="hint">{move || t(Text::CsvHint)}</p>
            <div class="button-row">
                <button type="button" on:click=download>{move || t(Text::DownloadCsv)}</button>
            </div>
            <FileOrPaste
                id="csv"
                accept=".csv,text/csv"
                file_label=Text::ImportCsvFile
                paste_label=Text::PasteCsv
                button_label=Text::ImportPastedCsv
                on_text=Callback::new(move |text: String| apply_csv(state, &text))
            />
        </section>
    }
}
