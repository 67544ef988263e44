//! The fit grade x engagement level matrix: which cells the room calls sales-ready.

use leptos::prelude::*;
use six_rounds_plan::scoring::{grade_cell, GRADES, LEVELS};

use crate::components::use_app;
use crate::i18n::{fill, Text};

#[component]
pub fn GradeMatrix() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let rows = GRADES
        .iter()
        .map(|&grade| {
            let cells = LEVELS
                .iter()
                .map(|&level| {
                    let code = grade_cell(grade, level);
                    let key = StoredValue::new(code.clone());
                    let on = move || {
                        scoring.with(|round| key.with_value(|key| round.sales_ready.contains(key)))
                    };
                    let label = code.clone();
                    view! {
                        <td>
                            <button
                                type="button"
                                class="grade-cell"
                                id=format!("grade-{code}")
                                aria-pressed=move || if on() { "true" } else { "false" }
                                aria-label=move || fill(t(Text::GradeCellLabel), &[&label])
                                on:click=move |_| {
                                    let code = code.clone();
                                    state.edit(|plan| {
                                        let cells = &mut plan.lead.sales_ready;
                                        match cells.iter().position(|c| *c == code) {
                                            Some(index) => { cells.remove(index); }
                                            None => cells.push(code),
                                        }
                                    });
                                }
                            >
                                {move || if on() { t(Text::SalesReady) } else { "—" }}
                            </button>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{grade.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="grade-heading">
            <h2 id="grade-heading">{move || t(Text::GradeMatrixHeading)}</h2>
            <p class="hint">{move || t(Text::GradeMatrixHint)}</p>
            <table class="grade-matrix">
                <thead>
                    <tr>
                        <th scope="col">{move || t(Text::FitGrade)}</th>
                        {LEVELS.iter().map(|level| view! { <th scope="col">{move || fill(t(Text::EngagementLevel), &[&level.to_string()])}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
