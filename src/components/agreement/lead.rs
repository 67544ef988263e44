//! Round 2 in the agreement: the thresholds, the scoring criteria, the stages and the hand-off.

use leptos::prelude::*;
use six_rounds_plan::model::Round;

use super::section::{role_name, table_head, DocSection};
use crate::components::use_app;
use crate::i18n::{group_label, lifecycle_label, operator_label, Text};

#[component]
pub fn LeadSection() -> impl IntoView {
    let (state, t) = use_app();
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let lead = &plan.lead;
            let role = |id: &Option<String>| role_name(plan, id.as_deref(), t(Text::NobodyYet));
            let threshold = |value: Option<i32>| value.map_or("—".to_string(), |v| v.to_string());
            let criteria = lead
                .criteria
                .iter()
                .map(|c| {
                    view! {
                        <tr>
                            <td>{group_label(lang, c.group)}</td>
                            <td>{c.field.clone()}</td>
                            <td>{operator_label(lang, c.operator)} " " {c.value.clone()}</td>
                            <td class="number">{c.points}</td>
                        </tr>
                    }
                })
                .collect_view();
            let stages = lead
                .stages
                .iter()
                .map(|rule| {
                    view! {
                        <tr>
                            <th scope="row">{lifecycle_label(lang, rule.stage)}</th>
                            <td>{rule.entry.clone()}</td>
                            <td>{role(&rule.owner)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let handoff = &lead.handoff;
            view! {
                <dl class="facts">
                    <div><dt>{t(Text::MqlThreshold)}</dt><dd>{threshold(lead.mql_threshold)}</dd></div>
                    <div><dt>{t(Text::SqlThreshold)}</dt><dd>{threshold(lead.sql_threshold)}</dd></div>
                    <div><dt>{t(Text::WhoAccepts)}</dt><dd>{role(&handoff.acceptor)}</dd></div>
                    <div><dt>{t(Text::AcceptWithinHours)}</dt><dd>{handoff.accept_within_hours}</dd></div>
                    <div><dt>{t(Text::RecycleAfterDays)}</dt><dd>{handoff.recycle_after_days}</dd></div>
                </dl>
                <h3>{t(Text::CriteriaHeading)}</h3>
                <table class="doc-table">
                    {table_head(t, &[(Text::GroupColumn, false), (Text::Field, false), (Text::Rule, false), (Text::Points, true)])}
                    <tbody>{criteria}</tbody>
                </table>
                <h3>{t(Text::StagesHeading)}</h3>
                <table class="doc-table">
                    {table_head(t, &[(Text::LifecycleStage, false), (Text::EntryCriteria, false), (Text::Owner, false)])}
                    <tbody>{stages}</tbody>
                </table>
            }
        })
    };
    view! { <DocSection round=Round::Lead>{body}</DocSection> }
}
