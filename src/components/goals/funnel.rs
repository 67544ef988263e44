//! The reverse funnel: the revenue goal worked back to deals, opportunities, SQLs, MQLs and
//! leads, with the sales-cycle lag and rep capacity, and a button that fills the goal tree.

use leptos::prelude::*;
use six_rounds_plan::goals::{reverse_funnel, FunnelPlan};
use six_rounds_plan::model::{Coded, FunnelInputs, FunnelStep, Period};

use super::super::coded_select::CodedSelect;
use super::super::number_field::{as_percent, from_percent, NumberField};
use super::super::{lang_now, use_app};
use crate::i18n::{
    decimal, describe_funnel_problem, fill, funnel_step_label, number, period_label, short_date,
    Text,
};

type ReadInput = fn(&FunnelInputs) -> Option<f64>;

type WriteInput = fn(&mut FunnelInputs, Option<f64>);

#[component]
pub fn ReverseFunnel() -> impl IntoView {
    let (state, t) = use_app();
    let goals = super::use_goals();
    let funnel = Memo::new(move |_| goals.round.with(|round| round.funnel.clone()));
    let result = Memo::new(move |_| funnel.with(reverse_funnel));
    let filled = RwSignal::new(false);
    let field = move |id: &'static str, label: Text, get: ReadInput, set: WriteInput, max: f64| {
        view! {
            <NumberField
                id=id.to_string()
                label=Signal::derive(move || t(label).to_string())
                value=Signal::derive(move || funnel.with(get))
                on_change=Callback::new(move |value| {
                    filled.set(false);
                    state.edit(|plan| set(&mut plan.goals.funnel, value));
                })
                max=max
            />
        }
    };
    let fill_tree = move |_| {
        let lang = lang_now(state);
        let mut done = false;
        state.edit(|plan| {
            let name = |step| funnel_step_label(lang, step).to_string();
            done = plan.goals.fill_from_funnel(name).is_ok();
        });
        // On a problem nothing changed, and the problem is already shown above the button.
        filled.set(done);
    };
    let outcome = move || {
        let lang = state.lang.get();
        match result.get() {
            Err(problem) => view! {
                <p class="warning" role="status">{describe_funnel_problem(lang, problem)}</p>
            }
            .into_any(),
            Ok(plan) => funnel_table(lang, &plan, funnel.with(|f| f.reps)).into_any(),
        }
    };
    view! {
        <section class="card" aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{move || t(Text::FunnelHeading)}</h2>
            <p class="hint">{move || t(Text::FunnelHint)}</p>
            <div class="field-grid">
                {field("funnel-revenue", Text::RevenueGoal, |f| f.revenue_goal, |f, v| f.revenue_goal = v, 1e12)}
                {field("funnel-deal-size", Text::DealSize, |f| f.deal_size, |f, v| f.deal_size = v, 1e12)}
                <div class="field"><CodedSelect
                    id="funnel-period".to_string()
                    label=Text::Period
                    name_of=period_label
                    value=Signal::derive(move || funnel.with(|f| f.period))
                    on_change=Callback::new(move |period: Period| state.edit(|plan| plan.goals.funnel.period = period))
                    label_visible=true
                /></div>
                <div class="field">
                    <label for="funnel-start">{move || t(Text::PeriodStart)}</label>
                    <input id="funnel-start" type="date"
                        prop:value=move || funnel.with(|f| f.start.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| {
                            let start = event_target_value(&event).parse().ok();
                            state.edit(|plan| plan.goals.funnel.start = start);
                        }/>
                </div>
                {field("funnel-win", Text::WinRate, |f| as_percent(f.win_rate), |f, v| f.win_rate = from_percent(v), 100.0)}
                {field("funnel-sql-opportunity", Text::SqlToOpportunity, |f| as_percent(f.sql_to_opportunity), |f, v| f.sql_to_opportunity = from_percent(v), 100.0)}
                {field("funnel-mql-sql", Text::MqlToSql, |f| as_percent(f.mql_to_sql), |f, v| f.mql_to_sql = from_percent(v), 100.0)}
                {field("funnel-lead-mql", Text::LeadToMql, |f| as_percent(f.lead_to_mql), |f, v| f.lead_to_mql = from_percent(v), 100.0)}
                {field("funnel-cycle", Text::CycleDays, |f| Some(f64::from(f.cycle_days)), |f, v| f.cycle_days = v.unwrap_or(0.0).round() as u32, 3650.0)}
                {field("funnel-reps", Text::Reps, |f| Some(f64::from(f.reps)), |f, v| f.reps = v.unwrap_or(0.0).round() as u32, 100000.0)}
                {field("funnel-rep-capacity", Text::MqlsPerRep, |f| Some(f.mqls_per_rep), |f, v| f.mqls_per_rep = v.unwrap_or(0.0), 1e6)}
            </div>
            <p class="hint">{move || t(Text::FunnelSources)}</p>
            {outcome}
            <button type="button" class="primary" on:click=fill_tree
                disabled=move || result.with(Result::is_err)>
                {move || t(Text::FillGoalTree)}
            </button>
            <Show when=move || filled.get()>
                <p role="status">{move || t(Text::GoalTreeFilled)}</p>
            </Show>
        </section>
    }
    .into_any()
}

fn funnel_table(lang: six_rounds_plan::model::Lang, plan: &FunnelPlan, reps: u32) -> impl IntoView {
    let tr = |key| crate::i18n::tr(lang, key);
    let rows = FunnelStep::ALL
        .iter()
        .map(|&step| {
            view! {
                <tr>
                    <th scope="row">{funnel_step_label(lang, step)}</th>
                    <td class="num">{number(lang, plan.target(step))}</td>
                    <td class="num">{decimal(lang, plan.monthly(step), 1)}</td>
                </tr>
            }
        })
        .collect_view();
    let reps_needed = decimal(lang, plan.reps_needed, 1);
    let capacity = if reps == 0 {
        fill(tr(Text::RepsNeeded), &[&reps_needed])
    } else {
        fill(
            tr(Text::RepsNeededOfTeam),
            &[&reps_needed, &reps.to_string()],
        )
    };
    view! {
        <div class="table-scroll">
            <table class="funnel">
                <caption>{tr(Text::FunnelCaption)}</caption>
                <thead><tr>
                    <th scope="col">{tr(Text::FunnelStepColumn)}</th>
                    <th scope="col" class="num">{tr(Text::ForThePeriod)}</th>
                    <th scope="col" class="num">{tr(Text::AMonth)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class:warning=plan.over_capacity data-testid="capacity">
            {capacity}
            {plan.over_capacity.then(|| format!(" {}", tr(Text::OverCapacity)))}
        </p>
        {plan.lead_window.map(|(from, to)| view! {
            <p data-testid="lead-window">{fill(tr(Text::LeadWindow), &[&short_date(lang, from), &short_date(lang, to)])}</p>
        })}
    }
}
