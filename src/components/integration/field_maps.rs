//! The field-mapping worksheet: which field of one system feeds which field of another, in
//! which direction, which system has the last word, and notes on the transform.

use leptos::prelude::*;
use six_rounds_plan::model::{FieldMap, SyncDirection};

use crate::components::coded_select::CodedSelect;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{direction_label, fill, Text};
use crate::state::AppState;
use crate::targets::{self, MapControl};

fn edit_map(state: AppState, id: &str, change: impl FnOnce(&mut FieldMap)) {
    state.edit(|plan| {
        if let Some(map) = plan.integration.field_maps.iter_mut().find(|m| m.id == id) {
            change(map);
        }
    });
}

/// A labelled select of the round's systems; `none` names the empty choice, if allowed.
#[component]
fn SystemSelect(
    id: String,
    label: Signal<String>,
    value: Signal<Option<String>>,
    on_change: Callback<Option<String>>,
    none: Option<Text>,
) -> impl IntoView {
    let (_, t) = use_app();
    let integration = super::use_integration();
    view! {
        <label for=id.clone() class="visually-hidden">{move || label.get()}</label>
        <select id=id prop:value=move || value.get().unwrap_or_default()
            on:change=move |event| {
                let chosen = event_target_value(&event);
                on_change.run((!chosen.is_empty()).then_some(chosen));
            }>
            {none.map(|none| view! { <option value="">{move || t(none)}</option> })}
            {move || integration.systems.get().into_iter().map(|system| {
                view! { <option value=system.id>{system.name}</option> }
            }).collect_view()}
        </select>
    }
}

#[component]
pub fn FieldMaps() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let too_few = move || integration.systems.with(|s| s.len() < 2);
    let add = move |_| {
        let mut id = None;
        state.edit(|plan| id = plan.integration.add_field_map());
        if let Some(id) = id {
            let field = targets::map_control(&id, MapControl::FromField);
            request_animation_frame(move || focus_by_id(&field));
        }
    };
    view! {
        <section class="card" aria-labelledby="maps-heading">
            <h2 id="maps-heading">{move || t(Text::FieldMapsHeading)}</h2>
            <p class="hint">{move || t(Text::FieldMapsHint)}</p>
            <Show when=move || !integration.field_maps.with(Vec::is_empty)>
                <div class="table-scroll">
                    <table class="grid-table field-maps" role="table">
                        <caption class="visually-hidden">{move || t(Text::FieldMapsHeading)}</caption>
                        <thead role="rowgroup"><tr role="row">
                            <th scope="col" role="columnheader" class="map-from">{move || t(Text::FromField)}</th>
                            <th scope="col" role="columnheader" class="map-direction">{move || t(Text::Direction)}</th>
                            <th scope="col" role="columnheader" class="map-to">{move || t(Text::ToField)}</th>
                            <th scope="col" role="columnheader" class="map-record visually-hidden">{move || t(Text::SystemOfRecord)}</th>
                            <th scope="col" role="columnheader" class="map-required visually-hidden">{move || t(Text::Required)}</th>
                            <th scope="col" role="columnheader" class="map-note visually-hidden">{move || t(Text::TransformNote)}</th>
                            <th scope="col" role="columnheader" class="map-remove"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                        </tr></thead>
                        <tbody role="rowgroup">
                            <For each=move || integration.field_maps.get() key=|map| map.id.clone()
                                children=move |map| view! { <FieldMapRow id=map.id/> }/>
                        </tbody>
                    </table>
                </div>
            </Show>
            <button type="button" on:click=add disabled=too_few>{move || t(Text::AddFieldMap)}</button>
            <Show when=too_few>
                <p class="hint">{move || t(Text::FieldMapsNeedTwo)}</p>
            </Show>
        </section>
    }
}

#[component]
fn FieldMapRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let key = StoredValue::new(id.clone());
    let map = Memo::new(move |_| {
        integration
            .field_maps
            .with(|maps| maps.iter().find(|m| m.id == key.get_value()).cloned())
    });
    let read = move |get: fn(&FieldMap) -> String| {
        move || map.with(|m| m.as_ref().map(get).unwrap_or_default())
    };
    let name = move || {
        let (from, to) = (
            read(|m| m.from_field.clone())(),
            read(|m| m.to_field.clone())(),
        );
        format!("{from} → {to}")
    };
    let edit =
        move |change: Box<dyn FnOnce(&mut FieldMap)>| edit_map(state, &key.get_value(), change);
    let text_input = move |which: MapControl,
                           label: Text,
                           get: fn(&FieldMap) -> String,
                           set: fn(&mut FieldMap, String)| {
        let field = targets::map_control(&key.get_value(), which);
        view! {
            <label class="visually-hidden" for=field.clone()>{move || t(label)}</label>
            <input id=field type="text" maxlength="200" prop:value=read(get)
                on:input=move |event| {
                    let value = event_target_value(&event);
                    edit(Box::new(move |m| set(m, value)));
                }/>
        }
    };
    let system_select = move |which: MapControl,
                              label: Text,
                              get: fn(&FieldMap) -> Option<String>,
                              set: fn(&mut FieldMap, Option<String>),
                              none: Option<Text>| {
        view! {
            <SystemSelect id=targets::map_control(&key.get_value(), which)
                label=Signal::derive(move || t(label).to_string())
                value=Signal::derive(move || map.with(|m| m.as_ref().and_then(get)))
                on_change=Callback::new(move |chosen| edit(Box::new(move |m| set(m, chosen))))
                none=none/>
        }
    };
    // The second line's column names, shown above its controls; each control keeps its own label.
    let caption = move |name: Text| {
        view! { <span class="cell-caption" aria-hidden="true">{move || t(name)}</span> }
    };
    view! {
        <tr role="row">
            <td role="cell" class="map-end map-from">
                {system_select(MapControl::FromSystem, Text::FromSystem, |m| Some(m.from_system.clone()), |m, s| if let Some(s) = s { m.from_system = s }, None)}
                {text_input(MapControl::FromField, Text::FromField, |m| m.from_field.clone(), |m, v| m.from_field = v)}
            </td>
            <td role="cell" class="map-direction">
                <CodedSelect id=targets::map_control(&id, MapControl::Direction) label=Text::Direction name_of=direction_label
                    value=Signal::derive(move || map.with(|m| m.as_ref().map_or(SyncDirection::Forward, |m| m.direction)))
                    on_change=Callback::new(move |direction| edit(Box::new(move |m| m.direction = direction)))/>
            </td>
            <td role="cell" class="map-end map-to">
                {system_select(MapControl::ToSystem, Text::ToSystem, |m| Some(m.to_system.clone()), |m, s| if let Some(s) = s { m.to_system = s }, None)}
                {text_input(MapControl::ToField, Text::ToField, |m| m.to_field.clone(), |m, v| m.to_field = v)}
            </td>
            <td role="cell" class="map-record">
                {caption(Text::SystemOfRecord)}
                {system_select(MapControl::Record, Text::SystemOfRecord, |m| m.system_of_record.clone(), |m, s| m.system_of_record = s, Some(Text::NoSystemOfRecord))}
            </td>
            <td role="cell" class="map-required">
                {caption(Text::Required)}
                <label class="visually-hidden" for=targets::map_control(&id, MapControl::Required)>{move || fill(t(Text::RequiredNamed), &[&name()])}</label>
                <input id=targets::map_control(&id, MapControl::Required) type="checkbox"
                    prop:checked=move || map.with(|m| m.as_ref().is_some_and(|m| m.required))
                    on:change=move |event| {
                        let checked = event_target_checked(&event);
                        edit(Box::new(move |m| m.required = checked));
                    }/>
            </td>
            <td role="cell" class="map-note">
                {caption(Text::TransformNote)}
                {text_input(MapControl::Note, Text::TransformNote, |m| m.note.clone(), |m, v| m.note = v)}
            </td>
            <td role="cell" class="map-remove">
                <button type="button" class="icon danger"
                    aria-label=move || fill(t(Text::DeleteNamed), &[&name()])
                    on:click=move |_| super::remove_with_undo(state, name(), |round| round.remove_field_map(&key.get_value()))>"✕"</button>
            </td>
        </tr>
    }
}
