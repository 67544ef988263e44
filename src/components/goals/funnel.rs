//! The reverse funnel: the revenue goal worked back to deals, opportunities, SQLs, MQLs and
//! leads, with the sales-cycle lag and rep capacity, and a button that fills the goal tree.

use leptos::prelude::*;
use six_rounds_plan::goals::{reverse_funnel, FunnelPlan};
use six_rounds_plan::model::{Coded, FunnelStep};

use crate::components::funnel_inputs::FunnelInputsGrid;
use crate::components::{lang_now, use_app};
use crate::i18n::{
    decimal, describe_funnel_problem, fill, funnel_step_label, number, short_date, Text,
};
use crate::targets::FunnelGrid;

#[component]
pub fn ReverseFunnel() -> impl IntoView {
    let (state, t) = use_app();
    let goals = super::use_goals();
    let funnel = Memo::new(move |_| goals.round.with(|round| round.funnel.clone()));
    let result = Memo::new(move |_| funnel.with(reverse_funnel));
    let filled = RwSignal::new(false);
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
            <FunnelInputsGrid grid=FunnelGrid::Goals on_edit=Callback::new(move |()| filled.set(false))/>
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
