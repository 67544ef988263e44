//! An activity's row heading: its name, stage and hours, moving it and deleting it.

use leptos::prelude::*;
use six_rounds_plan::model::{Activity, FunnelStage};

use crate::components::coded_select::CodedSelect;
use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::{fill, stage_label, Text};
use crate::state::Notice;
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn ActivityHeader(id: String, row: ReadSignal<Option<Activity>>) -> impl IntoView {
    let (state, t) = use_app();
    let key = id.clone();
    let id = StoredValue::new(id);
    let name = move || row.with(|a| a.as_ref().map(|a| a.name.clone()).unwrap_or_default());
    let edit_activity = move |change: Box<dyn FnOnce(&mut Activity)>| {
        state.edit(|plan| {
            if let Some(activity) = plan.roles.activity_mut(&id.get_value()) {
                change(activity);
            }
        });
    };
    view! {
        <div class="activity-head">
            <label class="visually-hidden" for=targets::activity_name(&key)>{move || t(Text::ActivityName)}</label>
            <input class="activity-name" id=targets::activity_name(&key) type="text" maxlength="200"
                prop:value=name
                on:input=move |event| {
                    let value = event_target_value(&event);
                    edit_activity(Box::new(move |activity| activity.name = value));
                }/>
            <div class="activity-controls">
                <CodedSelect label=Text::Stage name_of=stage_label
                    id=format!("activity-stage-{key}")
                    value=Signal::derive(move || row.with(|a| a.as_ref().map_or(FunnelStage::Attract, |a| a.stage)))
                    on_change=Callback::new(move |stage| edit_activity(Box::new(move |activity| activity.stage = stage)))
                />
                <NumberField
                    id=format!("activity-hours-{key}")
                    label=Signal::derive(move || t(Text::HoursPerMonth).to_string())
                    value=Signal::derive(move || row.with(|a| a.as_ref().and_then(|a| a.hours_per_month)))
                    on_change=Callback::new(move |hours| edit_activity(Box::new(move |activity| activity.hours_per_month = hours)))
                    bounds=limits::ACTIVITY_HOURS
                    class="inline narrow"
                />
                <button type="button" class="icon" on:click=move |_| state.edit(|plan| plan.roles.move_activity(&id.get_value(), true))
                    aria-label=move || fill(t(Text::MoveActivityUp), &[&name()])>"↑"</button>
                <button type="button" class="icon" on:click=move |_| state.edit(|plan| plan.roles.move_activity(&id.get_value(), false))
                    aria-label=move || fill(t(Text::MoveActivityDown), &[&name()])>"↓"</button>
                <button type="button" class="icon danger" aria-label=move || fill(t(Text::DeleteNamed), &[&name()]) on:click=move |_| {
                    let title = name();
                    let mut removed = None;
                    state.edit(|plan| removed = plan.roles.remove_activity(&id.get_value()));
                    if let Some(removed) = removed {
                        state.notify(Notice::RaciRemoved(title, removed));
                    }
                }>"✕"</button>
            </div>
        </div>
    }
}
