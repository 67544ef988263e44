//! The calculator: round 3's revenue goal and rates (shared with it) worked back to monthly
//! MQLs, SQLs and deals, the months MQLs are due in, and rep capacity; one click makes the
//! numbers the commitments.

use leptos::prelude::*;

use crate::components::funnel_inputs::FunnelInputsGrid;
use crate::components::use_app;
use crate::i18n::{decimal, describe_funnel_problem, fill, month_name, number, Text};
use crate::targets::FunnelGrid;

#[component]
pub fn Calculator() -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let apply = move |_| {
        if let Some(Ok(result)) = sla.calculation.try_get_untracked() {
            state.edit(|plan| {
                plan.sla.commitments.mqls_per_month = Some(result.mqls_per_month);
                plan.sla.commitments.deals_per_month = Some(result.deals_per_month);
            });
        }
    };
    let outcome = move || {
        let lang = state.lang.get();
        match sla.calculation.get() {
            Err(problem) => view! { <p class="warning" role="status">{describe_funnel_problem(lang, problem)}</p> }.into_any(),
            Ok(result) => {
                let reps = state.plan.with(|plan| plan.goals.funnel.reps);
                let capacity = if reps == 0 {
                    t(Text::SlaNoTeamSize).to_string()
                } else {
                    fill(t(if result.funnel.over_capacity { Text::SlaOverCapacity } else { Text::SlaWithinCapacity }),
                        &[&decimal(lang, result.funnel.reps_needed, 1), &reps.to_string()])
                };
                let rows = result.schedule.iter().map(|month| view! {
                    <tr>
                        <th scope="row">{month_name(lang, month.month)}</th>
                        <td class="num">{number(lang, month.mqls.ceil())}</td>
                        <td class="num">{number(lang, month.deals.ceil())}</td>
                    </tr>
                }).collect_view();
                let has_schedule = !result.schedule.is_empty();
                view! {
                    <dl class="facts" data-testid="sla-monthly">
                        <div><dt>{t(Text::MqlsPerMonth)}</dt><dd>{number(lang, f64::from(result.mqls_per_month))}</dd></div>
                        <div><dt>{t(Text::SqlsPerMonth)}</dt><dd>{number(lang, f64::from(result.sqls_per_month))}</dd></div>
                        <div><dt>{t(Text::DealsPerMonth)}</dt><dd>{number(lang, f64::from(result.deals_per_month))}</dd></div>
                    </dl>
                    <p class:warning=result.funnel.over_capacity role="status" data-testid="sla-capacity">{capacity}</p>
                    {if has_schedule {
                        view! {
                            <div class="table-scroll">
                                <table class="schedule">
                                    <caption>{t(Text::ScheduleCaption)}</caption>
                                    <thead><tr>
                                        <th scope="col">{t(Text::Month)}</th>
                                        <th scope="col" class="num">{t(Text::MqlsToDeliver)}</th>
                                        <th scope="col" class="num">{t(Text::DealsToClose)}</th>
                                    </tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        }.into_any()
                    } else {
                        view! { <p class="hint">{t(Text::ScheduleNeedsStart)}</p> }.into_any()
                    }}
                    <button type="button" class="primary" on:click=apply>{t(Text::UseAsCommitments)}</button>
                }.into_any()
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="calculator-heading">
            <h2 id="calculator-heading">{move || t(Text::CalculatorHeading)}</h2>
            <p class="hint">{move || t(Text::CalculatorHint)}</p>
            <FunnelInputsGrid grid=FunnelGrid::Sla/>
            {outcome}
        </section>
    }
}
