//! Each lifecycle stage of round 2 as the marketing-automation tool and the CRM name it.

use leptos::prelude::*;
use six_rounds_plan::integration::{stages_to_map, StatusSystem};
use six_rounds_plan::model::Lifecycle;

use crate::components::use_app;
use crate::i18n::{fill, lifecycle_label, Text};
use crate::targets;

#[component]
pub fn StageStatuses() -> impl IntoView {
    let (state, t) = use_app();
    let stages = Memo::new(move |_| state.plan.with(|plan| stages_to_map(&plan.lead)));
    let from_round_two = move || state.plan.with(|plan| !plan.lead.stages.is_empty());
    view! {
        <section class="card" aria-labelledby=targets::STAGE_MAP_HEADING>
            <h2 id=targets::STAGE_MAP_HEADING>{move || t(Text::StageMapHeading)}</h2>
            <p class="hint">{move || if from_round_two() { t(Text::StageMapHint) } else { t(Text::StageMapAllStages) }}</p>
            <div class="table-scroll">
                <table class="stage-map">
                    <caption class="visually-hidden">{move || t(Text::StageMapHeading)}</caption>
                    <thead><tr>
                        <th scope="col">{move || t(Text::LifecycleStage)}</th>
                        <th scope="col">{move || t(Text::AutomationValue)}</th>
                        <th scope="col">{move || t(Text::CrmLeadStatus)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || stages.get() key=|stage| *stage
                            children=move |stage| view! { <StageRow stage=stage/> }/>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn StageRow(stage: Lifecycle) -> impl IntoView {
    let (state, t) = use_app();
    let value = move |system: StatusSystem| {
        state.plan.with(|plan| {
            plan.integration
                .stage_statuses
                .iter()
                .find(|row| row.stage == stage)
                .map(|row| match system {
                    StatusSystem::Automation => row.automation.clone(),
                    StatusSystem::Crm => row.crm.clone(),
                })
                .unwrap_or_default()
        })
    };
    let input = move |system: StatusSystem, label: Text| {
        let id = targets::stage_status(stage, system);
        view! {
            <label class="visually-hidden" for=id.clone()>
                {move || fill(t(label), &[lifecycle_label(state.lang.get(), stage)])}
            </label>
            <input id=id type="text" maxlength="200" prop:value=move || value(system)
                on:input=move |event| {
                    let text = event_target_value(&event);
                    state.edit(|plan| plan.integration.set_stage_status(stage, system, text));
                }/>
        }
    };
    view! {
        <tr>
            <th scope="row">{move || lifecycle_label(state.lang.get(), stage)}</th>
            <td>{input(StatusSystem::Automation, Text::AutomationValueOf)}</td>
            <td>{input(StatusSystem::Crm, Text::CrmLeadStatusOf)}</td>
        </tr>
    }
}
