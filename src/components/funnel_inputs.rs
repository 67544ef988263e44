//! The reverse funnel's inputs as one grid of fields (revenue goal, deal size, period and its
//! first day, conversion rates, sales cycle, team and capacity), shared by round 3's funnel
//! and round 5's calculator: the same numbers, edited from either.

use leptos::prelude::*;
use six_rounds_plan::limits::{self, Bounds};
use six_rounds_plan::model::{FunnelInputs, Period};

use super::coded_select::CodedSelect;
use super::number_field::{as_percent, from_percent, NumberField};
use super::use_app;
use crate::i18n::{period_label, Text};
use crate::targets::{self, FunnelGrid};

type ReadInput = fn(&FunnelInputs) -> Option<f64>;
type WriteInput = fn(&mut FunnelInputs, Option<f64>);

/// Every funnel input of `grid` (its ids from `targets::funnel_input`); `on_edit` hears of
/// each change.
#[component]
pub fn FunnelInputsGrid(
    grid: FunnelGrid,
    #[prop(optional)] on_edit: Option<Callback<()>>,
) -> impl IntoView {
    let (state, t) = use_app();
    let funnel = Memo::new(move |_| state.plan.with(|plan| plan.goals.funnel.clone()));
    let edit = move |change: Box<dyn FnOnce(&mut FunnelInputs)>| {
        if let Some(on_edit) = on_edit {
            on_edit.run(());
        }
        state.edit(|plan| change(&mut plan.goals.funnel));
    };
    let field =
        move |name: &'static str, label: Text, get: ReadInput, set: WriteInput, bounds: Bounds| {
            view! {
                <NumberField id=targets::funnel_input(grid, name)
                    label=Signal::derive(move || t(label).to_string())
                    value=Signal::derive(move || funnel.with(get))
                    on_change=Callback::new(move |value| edit(Box::new(move |f| set(f, value))))
                    bounds=bounds/>
            }
        };
    view! {
        <div class="field-grid">
            {field(targets::FUNNEL_REVENUE, Text::RevenueGoal, |f| f.revenue_goal, |f, v| f.revenue_goal = v, limits::AMOUNT)}
            {field("deal-size", Text::DealSize, |f| f.deal_size, |f, v| f.deal_size = v, limits::AMOUNT)}
            <div class="field"><CodedSelect id=targets::funnel_input(grid, "period") label=Text::Period name_of=period_label label_visible=true
                value=Signal::derive(move || funnel.with(|f| f.period))
                on_change=Callback::new(move |period: Period| edit(Box::new(move |f| f.period = period)))/></div>
            <div class="field">
                <label for=targets::funnel_input(grid, "start")>{move || t(Text::PeriodStart)}</label>
                <input id=targets::funnel_input(grid, "start") type="date"
                    prop:value=move || funnel.with(|f| f.start.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |event| {
                        let start = event_target_value(&event).parse().ok();
                        edit(Box::new(move |f| f.start = start));
                    }/>
            </div>
            {field("win", Text::WinRate, |f| as_percent(f.win_rate), |f, v| f.win_rate = from_percent(v), limits::PERCENT)}
            {field("sql-opportunity", Text::SqlToOpportunity, |f| as_percent(f.sql_to_opportunity), |f, v| f.sql_to_opportunity = from_percent(v), limits::PERCENT)}
            {field("mql-sql", Text::MqlToSql, |f| as_percent(f.mql_to_sql), |f, v| f.mql_to_sql = from_percent(v), limits::PERCENT)}
            {field("lead-mql", Text::LeadToMql, |f| as_percent(f.lead_to_mql), |f, v| f.lead_to_mql = from_percent(v), limits::PERCENT)}
            {field("cycle", Text::CycleDays, |f| Some(f64::from(f.cycle_days)), |f, v| f.cycle_days = v.unwrap_or(0.0).round() as u32, limits::DAYS)}
            {field(targets::FUNNEL_REPS, Text::Reps, |f| Some(f64::from(f.reps)), |f, v| f.reps = v.unwrap_or(0.0).round() as u32, limits::REPS)}
            {field("rep-capacity", Text::MqlsPerRep, |f| Some(f.mqls_per_rep), |f, v| f.mqls_per_rep = v.unwrap_or(0.0), limits::MQLS_PER_REP)}
        </div>
    }
}
