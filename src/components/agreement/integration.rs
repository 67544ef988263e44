//! Round 4 in the agreement: the systems and their owners, the field maps, the agreed
//! attribution model and the campaigns it credits, drawn.

use leptos::prelude::*;
use six_rounds_plan::model::Round;

use super::section::{role_name, table_head, DocSection};
use crate::components::integration::{provide_integration, AttributionChart};
use crate::components::use_app;
use crate::i18n::{direction_label, model_label, system_kind_label, Text};

#[component]
pub fn IntegrationSection() -> impl IntoView {
    let (state, t) = use_app();
    provide_integration();
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let round = &plan.integration;
            let system = |id: &str| {
                round
                    .systems
                    .iter()
                    .find(|s| s.id == id)
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
            };
            let systems = round
                .systems
                .iter()
                .map(|s| {
                    let owner = role_name(plan, s.owner.as_deref(), t(Text::NobodyYet));
                    view! {
                        <tr>
                            <th scope="row">{s.name.clone()}</th>
                            <td>{system_kind_label(lang, s.kind)}</td>
                            <td>{owner}</td>
                        </tr>
                    }
                })
                .collect_view();
            let maps = round
                .field_maps
                .iter()
                .map(|m| {
                    view! {
                        <tr>
                            <td>{system(&m.from_system)} "." {m.from_field.clone()}</td>
                            <td>{direction_label(lang, m.direction)}</td>
                            <td>{system(&m.to_system)} "." {m.to_field.clone()}</td>
                            <td>{m.system_of_record.as_deref().map(system).unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let model = round.model.map_or_else(
                || t(Text::NotAgreedYet).to_string(),
                |m| model_label(lang, m).to_string(),
            );
            view! {
                <table class="doc-table">
                    {table_head(t, &[(Text::SystemName, false), (Text::SystemKindLabel, false), (Text::Owner, false)])}
                    <tbody>{systems}</tbody>
                </table>
                <h3>{t(Text::FieldMapsHeading)}</h3>
                <table class="doc-table">
                    {table_head(t, &[(Text::FromField, false), (Text::Direction, false), (Text::ToField, false), (Text::SystemOfRecord, false)])}
                    <tbody>{maps}</tbody>
                </table>
                <dl class="facts">
                    <div><dt>{t(Text::AgreedModel)}</dt><dd>{model}</dd></div>
                </dl>
            }
        })
    };
    view! {
        <DocSection round=Round::Integration>
            {body}
            <AttributionChart/>
        </DocSection>
    }
}
