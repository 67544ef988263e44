//! The calculator: round 3's revenue goal and rates (shared with it) worked back to monthly
//! MQLs, SQLs and deals, the months MQLs are due in, and rep capacity; one click makes the
//! numbers the commitments.

use leptos::prelude::*;
use six_rounds_plan::model::FunnelInputs;

use super::super::number_field::{as_percent, from_percent, NumberField};
use super::super::use_app;
use crate::i18n::{decimal, describe_funnel_problem, fill, month_name, number, Text};

type ReadInput = fn(&FunnelInputs) -> Option<f64>;
type WriteInput = fn(&mut FunnelInputs, Option<f64>);

#[component]
pub fn Calculator() -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let field = move |id: &'static str, label: Text, get: ReadInput, set: WriteInput, max: f64| {
        view! {
            <NumberField id=id.to_string()
                label=Signal::derive(move || t(label).to_string())
                value=Signal::derive(move || state.plan.with(|plan| get(&plan.goals.funnel)))
                on_change=Callback::new(move |value| state.edit(|plan| set(&mut plan.goals.funnel, value)))
                max=max/>
        }
    };
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
            <div class="field-grid">
                {field("sla-revenue", Text::RevenueGoal, |f| f.revenue_goal, |f, v| f.revenue_goal = v, 1e12)}
                {field("sla-deal-size", Text::DealSize, |f| f.deal_size, |f, v| f.deal_size = v, 1e12)}
                {field("sla-win", Text::WinRate, |f| as_percent(f.win_rate), |f, v| f.win_rate = from_percent(v), 100.0)}
                {field("sla-sql-opportunity", Text::SqlToOpportunity, |f| as_percent(f.sql_to_opportunity), |f, v| f.sql_to_opportunity = from_percent(v), 100.0)}
                {field("sla-mql-sql", Text::MqlToSql, |f| as_percent(f.mql_to_sql), |f, v| f.mql_to_sql = from_percent(v), 100.0)}
                {field("sla-cycle", Text::CycleDays, |f| Some(f64::from(f.cycle_days)), |f, v| f.cycle_days = v.unwrap_or(0.0).round() as u32, 3650.0)}
                {field("sla-reps", Text::Reps, |f| Some(f64::from(f.reps)), |f, v| f.reps = v.unwrap_or(0.0).round() as u32, 100000.0)}
                {field("sla-mqls-per-rep", Text::MqlsPerRep, |f| Some(f.mqls_per_rep), |f, v| f.mqls_per_rep = v.unwrap_or(0.0), 100000.0)}
            </div>
            {outcome}
        </section>
    }
}
