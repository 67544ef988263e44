//! The criteria builder: fit and engagement criteria with operator, value, points and decay.

use leptos::prelude::*;
use six_rounds_plan::model::{Criterion, CriterionGroup, Operator};

use crate::components::coded_select::CodedSelect;
use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::{fill, group_label, operator_label, Text};
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn Criteria() -> impl IntoView {
    let (_, t) = use_app();
    view! {
        <section class="card" aria-labelledby=targets::CRITERIA_HEADING>
            <h2 id=targets::CRITERIA_HEADING>{move || t(Text::CriteriaHeading)}</h2>
            <p class="hint">{move || t(Text::CriteriaHint)}</p>
            <CriteriaGroup group=CriterionGroup::Fit/>
            <CriteriaGroup group=CriterionGroup::Engagement/>
        </section>
    }
}

#[component]
fn CriteriaGroup(group: CriterionGroup) -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let ids = Memo::new(move |_| {
        scoring.with(|round| {
            round
                .criteria
                .iter()
                .filter(|c| c.group == group)
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let heading_id = format!("group-{}", six_rounds_plan::model::Coded::code(group));
    view! {
        <h3 id=heading_id.clone()>{move || group_label(state.lang.get(), group)}</h3>
        <div class="table-scroll">
            <table class="criteria-table" aria-labelledby=heading_id>
                <thead>
                    <tr>
                        <th scope="col">{move || t(Text::Field)}</th>
                        <th scope="col">{move || t(Text::Operator)}</th>
                        <th scope="col">{move || t(Text::Value)}</th>
                        <th scope="col">{move || t(Text::Points)}</th>
                        <th scope="col">{move || t(Text::HalvesEvery)}</th>
                        <th scope="col"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <CriterionRow id=id/> }/>
                </tbody>
            </table>
        </div>
        <button type="button" on:click=move |_| state.edit(|plan| {
            plan.lead.add_criterion(group);
        })>{move || fill(t(Text::AddCriterion), &[group_label(state.lang.get(), group)])}</button>
    }
}

#[component]
fn CriterionRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let key = id.clone();
    let id = StoredValue::new(id);
    let criterion = Memo::new(move |_| {
        scoring.with(|round| {
            round
                .criteria
                .iter()
                .find(|c| c.id == id.get_value())
                .cloned()
        })
    });
    let edit = move |change: Box<dyn FnOnce(&mut Criterion)>| {
        state.edit(|plan| {
            if let Some(criterion) = plan.lead.criterion_mut(&id.get_value()) {
                change(criterion);
            }
        });
    };
    let field = move || criterion.with(|c| c.as_ref().map(|c| c.field.clone()).unwrap_or_default());
    view! {
        <tr>
            <td>
                <label class="visually-hidden" for=format!("criterion-field-{key}")>{move || t(Text::Field)}</label>
                <input id=format!("criterion-field-{key}") type="text" maxlength="200" placeholder="industry"
                    prop:value=field
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit(Box::new(move |c| c.field = value));
                    }/>
            </td>
            <td>
                <CodedSelect
                    id=format!("criterion-operator-{key}")
                    label=Text::Operator
                    name_of=operator_label
                    value=Signal::derive(move || criterion.with(|c| c.as_ref().map_or(Operator::Equals, |c| c.operator)))
                    on_change=Callback::new(move |operator| edit(Box::new(move |c| c.operator = operator)))
                />
            </td>
            <td>
                <label class="visually-hidden" for=format!("criterion-value-{key}")>{move || t(Text::Value)}</label>
                <input id=format!("criterion-value-{key}") type="text" maxlength="200"
                    prop:value=move || criterion.with(|c| c.as_ref().map(|c| c.value.clone()).unwrap_or_default())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit(Box::new(move |c| c.value = value));
                    }/>
            </td>
            <td>
                <NumberField
                    id=format!("criterion-points-{key}")
                    label=Signal::derive(move || t(Text::Points).to_string())
                    label_hidden=true
                    value=Signal::derive(move || criterion.with(|c| c.as_ref().map(|c| f64::from(c.points))))
                    on_change=Callback::new(move |points: Option<f64>| {
                        let points = points.unwrap_or(0.0).round() as i32;
                        edit(Box::new(move |c| c.points = points));
                    })
                    bounds=limits::POINTS
                    class="narrow"
                />
            </td>
            <td>
                <NumberField
                    id=format!("criterion-decay-{key}")
                    label=Signal::derive(move || t(Text::HalvesEvery).to_string())
                    label_hidden=true
                    value=Signal::derive(move || criterion.with(|c| c.as_ref().and_then(|c| c.decay_days).map(f64::from)))
                    on_change=Callback::new(move |days: Option<f64>| {
                        let days = days.map(|d| d.round() as u32).filter(|d| *d > 0);
                        edit(Box::new(move |c| c.decay_days = days));
                    })
                    bounds=limits::DAYS
                    class="narrow"
                />
            </td>
            <td>
                <button type="button" class="icon danger"
                    aria-label=move || fill(t(Text::DeleteNamed), &[&field()])
                    on:click=move |_| state.edit(|plan| {
                        plan.lead.remove_criterion(&id.get_value());
                    })>"✕"</button>
            </td>
        </tr>
    }
}
