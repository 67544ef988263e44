//! Round 3 in the agreement: the funnel's numbers, each side's goals with their status, and
//! the attainment chart.

use leptos::prelude::*;
use six_rounds_plan::goals::{reverse_funnel, rollup, scorecards};
use six_rounds_plan::model::Round;
use six_rounds_plan::model::{Coded, FunnelStep};

use super::section::{table_head, DocSection};
use crate::components::goals::AttainmentChart;
use crate::components::status_chip::status_chip;
use crate::components::use_app;
use crate::i18n::{decimal, funnel_step_label, number, side_label, Text};

#[component]
pub fn GoalsSection() -> impl IntoView {
    let (state, t) = use_app();
    let cards = Memo::new(move |_| {
        state
            .plan
            .with(|plan| scorecards(&plan.goals, &rollup(&plan.goals)))
    });
    let funnel = move || {
        let lang = state.lang.get();
        let Ok(funnel) = state.plan.with(|plan| reverse_funnel(&plan.goals.funnel)) else {
            return view! { <p>{t(Text::IssueNoRevenueGoal)}</p> }.into_any();
        };
        let rows = FunnelStep::ALL
            .iter()
            .map(|step| {
                view! {
                    <tr>
                        <th scope="row">{funnel_step_label(lang, *step)}</th>
                        <td class="number">{number(lang, funnel.target(*step))}</td>
                        <td class="number">{decimal(lang, funnel.monthly(*step), 1)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="doc-table">
                {table_head(t, &[(Text::FunnelStepColumn, false), (Text::ForThePeriod, true), (Text::AMonth, true)])}
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let goals = move || {
        let lang = state.lang.get();
        cards
            .get()
            .into_iter()
            .map(|card| {
                let rows = card
                    .lines
                    .into_iter()
                    .map(|line| {
                        let figure = |v: Option<f64>| v.map_or("—".to_string(), |v| number(lang, v));
                        view! {
                            <tr>
                                <th scope="row">{line.name.clone()}</th>
                                <td class="number">{figure(line.target)} " " {line.unit.clone()}</td>
                                <td class="number">{figure(line.actual)}</td>
                                <td>{status_chip(lang, line.attained, line.status)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{side_label(lang, card.side)}</h3>
                    <table class="doc-table">
                        {table_head(t, &[(Text::Goal, false), (Text::Target, true), (Text::Actual, true), (Text::Status, false)])}
                        <tbody>{rows}</tbody>
                    </table>
                }
            })
            .collect_view()
    };
    view! {
        <DocSection round=Round::Goals>
            {funnel}
            {goals}
            <AttainmentChart cards=cards/>
        </DocSection>
    }
}
