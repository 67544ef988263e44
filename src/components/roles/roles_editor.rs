//! The roles: name, side and hourly rate of each, their order, adding and deleting.

use leptos::prelude::*;
use six_rounds_plan::model::Side;

use crate::components::coded_select::CodedSelect;
use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::{fill, side_label, Text};
use crate::state::Notice;
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn RolesEditor() -> impl IntoView {
    let (state, t) = use_app();
    let matrix = super::use_matrix();
    let new_name = RwSignal::new(String::new());
    let new_side = RwSignal::new(Side::Marketing);
    let add = move || {
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        state.edit(|plan| {
            plan.roles.add_role(&name, new_side.get_untracked());
        });
        new_name.set(String::new());
    };
    view! {
        <section class="card" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{move || t(Text::RolesHeading)}</h2>
            <p class="hint">{move || t(Text::RolesHint)}</p>
            <div class="table-scroll">
                <table class="role-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t(Text::RoleName)}</th>
                            <th scope="col">{move || t(Text::Side)}</th>
                            <th scope="col">{move || t(Text::HourlyRate)}</th>
                            <th scope="col"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || matrix.with(|roles| roles.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                            key=|id| id.clone()
                            children=move |id| view! { <RoleRow id=id/> }
                        />
                    </tbody>
                </table>
            </div>
            <form class="add-row" on:submit=move |event| {
                event.prevent_default();
                add();
            }>
                <div class="field">
                    <label for="add-role-name">{move || t(Text::NewRoleName)}</label>
                    <input id="add-role-name" type="text" maxlength="200"
                        prop:value=move || new_name.get()
                        on:input=move |event| new_name.set(event_target_value(&event))/>
                </div>
                <div class="field">
                    <CodedSelect id="add-role-side".into() label=Text::Side name_of=side_label value=new_side.into() on_change=Callback::new(move |side| new_side.set(side))/>
                </div>
                <button type="submit">{move || t(Text::AddRole)}</button>
            </form>
        </section>
    }
}

#[component]
fn RoleRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let matrix = super::use_matrix();
    let id = StoredValue::new(id);
    let role = move || matrix.with(|roles| roles.role(&id.get_value()).cloned());
    let name = move || role().map(|role| role.name).unwrap_or_default();
    let edit_role = move |change: Box<dyn FnOnce(&mut six_rounds_plan::model::Role)>| {
        state.edit(|plan| {
            if let Some(role) = plan.roles.role_mut(&id.get_value()) {
                change(role);
            }
        });
    };
    let key = id.get_value();
    view! {
        <tr>
            <td>
                <label class="visually-hidden" for=targets::role_name(&key)>{move || t(Text::RoleName)}</label>
                <input id=targets::role_name(&key) type="text" maxlength="200"
                    prop:value=name
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit_role(Box::new(move |role| role.name = value));
                    }/>
            </td>
            <td>
                <CodedSelect id=format!("role-side-{key}") label=Text::Side name_of=side_label value=Signal::derive(move || role().map(|role| role.side).unwrap_or(Side::Shared))
                    on_change=Callback::new(move |side| edit_role(Box::new(move |role| role.side = side)))
                />
            </td>
            <td>
            <NumberField
                id=format!("role-rate-{key}")
                label=Signal::derive(move || t(Text::HourlyRate).to_string())
                value=Signal::derive(move || role().and_then(|role| role.hourly_rate))
                on_change=Callback::new(move |rate| edit_role(Box::new(move |role| role.hourly_rate = rate)))
                bounds=limits::HOURLY_RATE
                class="narrow"
                label_hidden=true
            />
            </td>
            <td>
            <div class="button-row row-actions">
                <button type="button" class="icon" on:click=move |_| state.edit(|plan| plan.roles.move_role(&id.get_value(), true))
                    aria-label=move || fill(t(Text::MoveRoleLeft), &[&name()])>"←"</button>
                <button type="button" class="icon" on:click=move |_| state.edit(|plan| plan.roles.move_role(&id.get_value(), false))
                    aria-label=move || fill(t(Text::MoveRoleRight), &[&name()])>"→"</button>
                <button type="button" class="danger" on:click=move |_| {
                    let title = name();
                    let mut removed = None;
                    state.edit(|plan| removed = plan.remove_role(&id.get_value()));
                    if let Some(removed) = removed {
                        state.notify(Notice::RaciRemoved(title, removed));
                    }
                }>{move || t(Text::Delete)}<span class="visually-hidden">" " {name}</span></button>
            </div>
            </td>
        </tr>
    }
}
