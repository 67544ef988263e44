//! The matrix as a CSV file: download it, or bring one in from a spreadsheet.

use leptos::prelude::*;
use six_rounds_plan::library::file_name;
use six_rounds_plan::raci::{from_csv, to_csv};
use web_sys::HtmlInputElement;

use super::super::use_app;
use crate::clock;
use crate::files::{self, ReadError};
use crate::i18n::Text;
use crate::state::{AppState, ImportError, Notice};

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
    let pasted = RwSignal::new(String::new());
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        let input: Option<HtmlInputElement> = file_input.get();
        let Some(input) = input else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            leptos::task::spawn_local(async move {
                match files::read_text(file).await {
                    Ok(text) => apply_csv(state, &text),
                    Err(ReadError::TooLarge) => {
                        state.notify(Notice::ImportFailed(ImportError::FileTooLarge))
                    }
                    Err(ReadError::Unreadable) => {
                        state.notify(Notice::ImportFailed(ImportError::FileUnreadable))
                    }
                }
            });
        }
        input.set_value("");
    };
    view! {
        <section class="card" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{move || t(Text::CsvHeading)}</h2>
            <p class="hint">{move || t(Text::CsvHint)}</p>
            <div class="button-row">
                <button type="button" on:click=download>{move || t(Text::DownloadCsv)}</button>
            </div>
            <div class="field">
                <label for="csv-file">{move || t(Text::ImportCsvFile)}</label>
                <input id="csv-file" type="file" accept=".csv,text/csv" node_ref=file_input on:change=on_file/>
            </div>
            <div class="field">
                <label for="csv-paste">{move || t(Text::PasteCsv)}</label>
                <textarea id="csv-paste" class="mono" rows="4"
                    prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
            </div>
            <button type="button" on:click=move |_| {
                apply_csv(state, &pasted.get_untracked());
                pasted.set(String::new());
            }>{move || t(Text::ImportPastedCsv)}</button>
        </section>
    }
}
