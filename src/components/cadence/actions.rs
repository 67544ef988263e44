//! Action items (text, owner, due date, done; overdue marked; open ones carry to the next
//! agenda) and the log of what past meetings decided.

use leptos::prelude::*;
use six_rounds_plan::model::ActionItem;

use crate::clock;
use crate::components::role_select::RoleSelect;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{fill, long_date, Text};
use crate::state::AppState;
use crate::targets;

fn edit_action(state: AppState, id: &str, change: impl FnOnce(&mut ActionItem)) {
    state.edit(|plan| {
        if let Some(action) = plan.cadence.action_mut(id) {
            change(action);
        }
    });
}

#[component]
pub fn Actions() -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let ids = Memo::new(move |_| {
        cadence
            .round
            .with(|r| r.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let mut id = String::new();
        state.edit(|plan| id = plan.cadence.add_action(String::new(), None));
        let field = format!("action-text-{id}");
        request_animation_frame(move || focus_by_id(&field));
    };
    let decisions = RwSignal::new(String::new());
    let log = move |_| {
        let text = decisions.get_untracked().trim().to_string();
        if !text.is_empty() {
            state.edit(|plan| plan.cadence.log_meeting(clock::today(), text));
            decisions.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby=targets::ACTIONS_HEADING>
            <h2 id=targets::ACTIONS_HEADING>{move || t(Text::ActionsHeading)}</h2>
            <p class="hint">{move || t(Text::ActionsHint)}</p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="empty">{move || t(Text::NoActions)}</p> }>
                <div class="table-scroll">
                    <table class="actions">
                        <caption class="visually-hidden">{move || t(Text::ActionsHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(Text::ActionWhat)}</th>
                            <th scope="col">{move || t(Text::Owner)}</th>
                            <th scope="col">{move || t(Text::Due)}</th>
                            <th scope="col">{move || t(Text::Done)}</th>
                        </tr></thead>
                        <tbody>
                            <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <ActionRow id=id/> }/>
                        </tbody>
                    </table>
                </div>
            </Show>
            <button type="button" on:click=add>{move || t(Text::AddAction)}</button>
            <h3>{move || t(Text::MeetingLog)}</h3>
            <div class="field">
                <label for="log-decisions">{move || t(Text::TodaysDecisions)}</label>
                <textarea id="log-decisions" rows="3" maxlength="5000" prop:value=move || decisions.get()
                    on:input=move |event| decisions.set(event_target_value(&event))></textarea>
            </div>
            <button type="button" on:click=log>{move || t(Text::LogMeeting)}</button>
            <ul class="meeting-log">
                {move || {
                    let lang = state.lang.get();
                    cadence.round.with(|r| r.log.iter().map(|record| view! {
                        <li><strong>{long_date(lang, record.date)}</strong>": " {record.decisions.clone()}</li>
                    }).collect_view())
                }}
            </ul>
        </section>
    }
}

#[component]
fn ActionRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let key = StoredValue::new(id.clone());
    let action = Memo::new(move |_| {
        cadence
            .round
            .with(|r| r.actions.iter().find(|a| a.id == key.get_value()).cloned())
    });
    let text = move || action.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default());
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(clock::today())));
    view! {
        <tr class:overdue=overdue>
            <td>
                <label class="visually-hidden" for=format!("action-text-{id}")>{move || t(Text::ActionWhat)}</label>
                <input id=format!("action-text-{id}") type="text" maxlength="5000" prop:value=text
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit_action(state, &key.get_value(), |a| a.text = value);
                    }/>
                <Show when=overdue><span class="status off-track">{move || t(Text::Overdue)}</span></Show>
            </td>
            <td>
                <RoleSelect id=targets::action_owner(&id) label=Signal::derive(move || fill(t(Text::OwnerOfAction), &[&text()])) label_hidden=true
                    value=Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.owner.clone())))
                    on_change=Callback::new(move |owner| edit_action(state, &key.get_value(), |a| a.owner = owner))/>
            </td>
            <td>
                <label class="visually-hidden" for=targets::action_due(&id)>{move || fill(t(Text::DueOf), &[&text()])}</label>
                <input id=targets::action_due(&id) type="date"
                    prop:value=move || action.with(|a| a.as_ref().and_then(|a| a.due).map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |event| {
                        let due = event_target_value(&event).parse().ok();
                        edit_action(state, &key.get_value(), |a| a.due = due);
                    }/>
            </td>
            <td>
                <label class="visually-hidden" for=format!("action-done-{id}")>{move || fill(t(Text::DoneOf), &[&text()])}</label>
                <input id=format!("action-done-{id}") type="checkbox"
                    prop:checked=move || action.with(|a| a.as_ref().is_some_and(|a| a.done))
                    on:change=move |event| {
                        let done = event_target_checked(&event);
                        edit_action(state, &key.get_value(), |a| a.done = done);
                    }/>
            </td>
        </tr>
    }
}
