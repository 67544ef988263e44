//! The system inventory: each tool both sides use, what it is for, and who owns it.

use leptos::prelude::*;
use six_rounds_plan::model::{System, SystemKind};

use crate::components::coded_select::CodedSelect;
use crate::components::role_select::RoleSelect;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{fill, system_kind_label, Text};
use crate::state::AppState;
use crate::targets;

fn edit_system(state: AppState, id: &str, change: impl FnOnce(&mut System)) {
    state.edit(|plan| {
        if let Some(system) = plan.integration.systems.iter_mut().find(|s| s.id == id) {
            change(system);
        }
    });
}

#[component]
pub fn Systems() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let add = move |_| {
        let mut id = String::new();
        state.edit(|plan| {
            id = plan
                .integration
                .add_system(String::new(), SystemKind::Other)
        });
        let field = format!("system-name-{id}");
        request_animation_frame(move || focus_by_id(&field));
    };
    view! {
        <section class="card" aria-labelledby=targets::SYSTEMS_HEADING>
            <h2 id=targets::SYSTEMS_HEADING>{move || t(Text::SystemsHeading)}</h2>
            <p class="hint">{move || t(Text::SystemsHint)}</p>
            <Show when=move || !integration.systems.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{move || t(Text::NoSystems)}</p> }>
                <div class="table-scroll">
                    <table class="systems">
                        <caption class="visually-hidden">{move || t(Text::SystemsHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(Text::SystemName)}</th>
                            <th scope="col">{move || t(Text::SystemKindLabel)}</th>
                            <th scope="col">{move || t(Text::Owner)}</th>
                            <th scope="col"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || integration.systems.get() key=|system| system.id.clone()
                                children=move |system| view! { <SystemRow id=system.id/> }/>
                        </tbody>
                    </table>
                </div>
            </Show>
            <button type="button" on:click=add>{move || t(Text::AddSystem)}</button>
        </section>
    }
}

#[component]
fn SystemRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let key = StoredValue::new(id.clone());
    let system = Memo::new(move |_| {
        integration
            .systems
            .with(|systems| systems.iter().find(|s| s.id == key.get_value()).cloned())
    });
    let name = move || system.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    view! {
        <tr>
            <td>
                <label class="visually-hidden" for=format!("system-name-{id}")>{move || t(Text::SystemName)}</label>
                <input id=format!("system-name-{id}") type="text" maxlength="200" prop:value=name
                    placeholder=move || t(Text::SystemNamePlaceholder)
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit_system(state, &key.get_value(), |s| s.name = value);
                    }/>
            </td>
            <td>
                <CodedSelect id=format!("system-kind-{id}") label=Text::SystemKindLabel name_of=system_kind_label
                    value=Signal::derive(move || system.with(|s| s.as_ref().map_or(SystemKind::Other, |s| s.kind)))
                    on_change=Callback::new(move |kind| edit_system(state, &key.get_value(), |s| s.kind = kind))/>
            </td>
            <td>
                <RoleSelect id=targets::system_owner(&id)
                    label=Signal::derive(move || fill(t(Text::SystemOwnerOf), &[&name()]))
                    label_hidden=true
                    value=Signal::derive(move || system.with(|s| s.as_ref().and_then(|s| s.owner.clone())))
                    on_change=Callback::new(move |owner| edit_system(state, &key.get_value(), |s| s.owner = owner))/>
            </td>
            <td>
                <button type="button" class="icon danger"
                    aria-label=move || fill(t(Text::DeleteNamed), &[&name()])
                    on:click=move |_| super::remove_with_undo(state, name(), |round| round.remove_system(&key.get_value()))>"✕"</button>
            </td>
        </tr>
    }
}
