//! "Test a lead": type one lead's attributes and see every criterion's points, the score,
//! the grade and the stage.

use std::collections::BTreeMap;

use leptos::prelude::*;
use six_rounds_plan::scoring::{score_lead, Lead};

use crate::clock;
use crate::components::use_app;
use crate::i18n::{fill, lifecycle_label, number, operator_label, Text};

#[component]
pub fn TestLead() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let attributes = RwSignal::new(BTreeMap::<String, String>::new());
    let fields = Memo::new(move |_| scoring.with(|round| round.fields()));
    let result = Memo::new(move |_| {
        let lead = Lead {
            attributes: attributes.get(),
        };
        scoring.with(|round| score_lead(round, &lead, clock::today()))
    });
    let inputs = move || {
        fields
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, (field, dated))| {
                let id = format!("test-lead-{index}");
                let name = field.clone();
                view! {
                    <div class="field">
                        <label for=id.clone()>{field.clone()}</label>
                        <input id=id type=if dated { "date" } else { "text" }
                            prop:value=move || attributes.with(|a| a.get(&name).cloned().unwrap_or_default())
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                attributes.update(|a| { a.insert(field.clone(), value); });
                            }/>
                    </div>
                }
            })
            .collect_view()
    };
    let breakdown = move || {
        let lang = state.lang.get();
        let score = result.get();
        scoring.with(|round| {
            round
                .criteria
                .iter()
                .zip(score.criteria.iter())
                .map(|(criterion, outcome)| {
                    view! {
                        <tr class:matched=outcome.matched>
                            <td>{criterion.field.clone()}</td>
                            <td>{operator_label(lang, criterion.operator)} " " {criterion.value.clone()}</td>
                            <td>{if outcome.matched { t(Text::Yes) } else { t(Text::No) }}</td>
                            <td class="num">{format!("{:+.1}", outcome.points)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let summary = move || {
        let score = result.get();
        let lang = state.lang.get();
        fill(
            t(Text::LeadScoreSummary),
            &[
                &number(lang, score.total),
                &number(lang, score.fit),
                &number(lang, score.engagement),
                &format!("{}{}", score.grade, score.level),
                lifecycle_label(lang, score.stage),
            ],
        ) + " "
            + t(if score.sales_ready {
                Text::CellSalesReady
            } else {
                Text::CellNotSalesReady
            })
    };
    view! {
        <section class="card" aria-labelledby="test-lead-heading">
            <h2 id="test-lead-heading">{move || t(Text::TestLeadHeading)}</h2>
            <p class="hint">{move || t(Text::TestLeadHint)}</p>
            <div class="field-grid">{inputs}</div>
            <p class="lead-score" role="status">{summary}</p>
            <div class="table-scroll">
                <table>
                    <caption>{move || t(Text::WhyThisScore)}</caption>
                    <thead><tr>
                        <th scope="col">{move || t(Text::Field)}</th>
                        <th scope="col">{move || t(Text::Rule)}</th>
                        <th scope="col">{move || t(Text::Matched)}</th>
                        <th scope="col" class="num">{move || t(Text::Points)}</th>
                    </tr></thead>
                    <tbody>{breakdown}</tbody>
                </table>
            </div>
        </section>
    }
}
