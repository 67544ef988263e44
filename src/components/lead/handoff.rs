//! Lifecycle stages with their entry criteria and owners, the hand-off and recycle rules,
//! and the path a lead takes, drawn from them.

use leptos::prelude::*;
use six_rounds_plan::model::{Coded, Handoff, Lifecycle};

use crate::components::number_field::NumberField;
use crate::components::role_select::RoleSelect;
use crate::components::use_app;
use crate::i18n::{fill, lifecycle_label, Text};
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn Stages() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let rows = Lifecycle::ALL
        .iter()
        .map(|stage| {
            let stage = *stage;
            let code = stage.code();
            let rule = move || scoring.with(|round| round.stage_rule(stage).cloned());
            view! {
                <tr>
                    <th scope="row">{move || lifecycle_label(state.lang.get(), stage)}</th>
                    <td>
                        <label class="visually-hidden" for=format!("stage-entry-{code}")>
                            {move || fill(t(Text::EntryCriteriaFor), &[lifecycle_label(state.lang.get(), stage)])}
                        </label>
                        <input id=format!("stage-entry-{code}") type="text" maxlength="5000"
                            prop:value=move || rule().map(|r| r.entry).unwrap_or_default()
                            on:change=move |event| {
                                let entry = event_target_value(&event);
                                state.edit(|plan| plan.lead.edit_stage_rule(stage, |rule| rule.entry = entry));
                            }/>
                    </td>
                    <td>
                        <RoleSelect
                            id=format!("stage-owner-{code}")
                            label=Signal::derive(move || fill(t(Text::OwnerOf), &[lifecycle_label(state.lang.get(), stage)]))
                            label_hidden=true
                            value=Signal::derive(move || rule().and_then(|r| r.owner))
                            on_change=Callback::new(move |owner| state.edit(|plan| plan.lead.edit_stage_rule(stage, |rule| rule.owner = owner)))
                        />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="stages-heading">
            <h2 id="stages-heading">{move || t(Text::StagesHeading)}</h2>
            <p class="hint">{move || t(Text::StagesHint)}</p>
            <div class="table-scroll">
                <table class="stages-table">
                    <thead><tr>
                        <th scope="col">{move || t(Text::Stage)}</th>
                        <th scope="col">{move || t(Text::EntryCriteria)}</th>
                        <th scope="col">{move || t(Text::Owner)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn HandoffRules() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let handoff = Memo::new(move |_| scoring.with(|round| round.handoff.clone()));
    let edit = move |change: Box<dyn FnOnce(&mut Handoff)>| {
        state.edit(|plan| change(&mut plan.lead.handoff))
    };
    let role_name = move |id: Option<String>| {
        state.plan.with(|plan| {
            id.and_then(|id| plan.roles.role(&id).map(|role| role.name.clone()))
                .unwrap_or_else(|| t(Text::NobodyYet).to_string())
        })
    };
    let owner_of = move |stage: Lifecycle| {
        role_name(scoring.with(|round| round.stage_rule(stage).and_then(|r| r.owner.clone())))
    };
    let new_reason = RwSignal::new(String::new());
    let reasons = move || {
        handoff.get().rejection_reasons.into_iter().enumerate().map(|(index, reason)| view! {
            <li>
                <span>{reason.clone()}</span>
                <button type="button" class="icon danger" aria-label=move || fill(t(Text::DeleteNamed), &[&reason])
                    on:click=move |_| edit(Box::new(move |h| { h.rejection_reasons.remove(index); }))>"✕"</button>
            </li>
        }).collect_view()
    };
    view! {
        <section class="card" aria-labelledby="handoff-heading">
            <h2 id="handoff-heading">{move || t(Text::HandoffHeading)}</h2>
            <p class="hint">{move || t(Text::HandoffHint)}</p>
            <div class="field-grid">
                <div class="field">
                    <RoleSelect
                        id=targets::HANDOFF_ACCEPTOR.into()
                        label=Signal::derive(move || t(Text::WhoAccepts).to_string())
                        value=Signal::derive(move || handoff.get().acceptor)
                        on_change=Callback::new(move |acceptor| edit(Box::new(move |h| h.acceptor = acceptor)))
                    />
                </div>
                <NumberField
                    id="handoff-window".into()
                    label=Signal::derive(move || t(Text::AcceptWithinHours).to_string())
                    value=Signal::derive(move || Some(f64::from(handoff.get().accept_within_hours)))
                    on_change=Callback::new(move |hours: Option<f64>| {
                        let hours = hours.unwrap_or(24.0).round() as u32;
                        edit(Box::new(move |h| h.accept_within_hours = hours));
                    })
                    bounds=limits::ACCEPT_HOURS
                    class="narrow"
                />
                <NumberField
                    id="handoff-recycle".into()
                    label=Signal::derive(move || t(Text::RecycleAfterDays).to_string())
                    value=Signal::derive(move || Some(f64::from(handoff.get().recycle_after_days)))
                    on_change=Callback::new(move |days: Option<f64>| {
                        let days = days.unwrap_or(90.0).round() as u32;
                        edit(Box::new(move |h| h.recycle_after_days = days));
                    })
                    bounds=limits::RECYCLE_DAYS
                    class="narrow"
                />
            </div>
            <div class="field">
                <label for="handoff-reentry">{move || t(Text::ReentryCriteria)}</label>
                <textarea id="handoff-reentry" rows="2" maxlength="5000"
                    prop:value=move || handoff.get().reentry
                    on:change=move |event| {
                        let text = event_target_value(&event);
                        edit(Box::new(move |h| h.reentry = text));
                    }></textarea>
            </div>
            <h3>{move || t(Text::RejectionReasons)}</h3>
            <ul class="reasons">{reasons}</ul>
            <form class="add-row" on:submit=move |event| {
                event.prevent_default();
                let reason = new_reason.get_untracked().trim().to_string();
                if !reason.is_empty() {
                    edit(Box::new(move |h| h.rejection_reasons.push(reason)));
                    new_reason.set(String::new());
                }
            }>
                <div class="field">
                    <label for="new-reason">{move || t(Text::NewReason)}</label>
                    <input id="new-reason" type="text" maxlength="200"
                        prop:value=move || new_reason.get()
                        on:input=move |event| new_reason.set(event_target_value(&event))/>
                </div>
                <button type="submit">{move || t(Text::AddReason)}</button>
            </form>
            <h3 id="flow-heading">{move || t(Text::LeadPath)}</h3>
            <ol class="flow" aria-labelledby="flow-heading">
                {[Lifecycle::Mql, Lifecycle::Sal, Lifecycle::Sql, Lifecycle::Opportunity, Lifecycle::Customer].into_iter().map(|stage| view! {
                    <li class="flow-step">
                        <strong>{move || lifecycle_label(state.lang.get(), stage)}</strong>
                        <span>{move || owner_of(stage)}</span>
                        {(stage == Lifecycle::Sal).then(|| view! {
                            <small>{move || fill(t(Text::AcceptedWithin), &[&handoff.get().accept_within_hours.to_string()])}</small>
                        })}
                    </li>
                }).collect_view()}
            </ol>
            <p class="flow-back">
                {move || fill(t(Text::RecycleFlow), &[
                    &role_name(handoff.get().acceptor),
                    &handoff.get().recycle_after_days.to_string(),
                    &owner_of(Lifecycle::Recycled),
                ])}
            </p>
        </section>
    }
}
