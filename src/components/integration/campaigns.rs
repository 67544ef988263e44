//! The campaigns that compete for credit: name, channel and cost, typed or brought in as CSV.

use leptos::prelude::*;
use six_rounds_plan::integration::{campaigns_from_csv, CsvError};
use six_rounds_plan::model::Campaign;

use crate::components::file_or_paste::FileOrPaste;
use crate::components::number_field::NumberField;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{describe_attribution_csv_error, fill, Text};
use crate::state::{AppState, IntegrationChange, Notice};
use six_rounds_plan::limits;

fn edit_campaign(state: AppState, id: &str, change: impl FnOnce(&mut Campaign)) {
    state.edit(|plan| {
        if let Some(campaign) = plan.integration.campaigns.iter_mut().find(|c| c.id == id) {
            change(campaign);
        }
    });
}

#[component]
pub fn Campaigns() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let error = RwSignal::new(None::<CsvError>);
    let on_text = Callback::new(move |text: String| match campaigns_from_csv(&text) {
        Ok(rows) => {
            error.set(None);
            let previous = state.plan.with_untracked(|plan| plan.integration.clone());
            let mut counts = (0, 0);
            state.edit(|plan| counts = plan.integration.merge_campaigns(rows));
            let (added, updated) = counts;
            state.notify(Notice::IntegrationChanged(
                IntegrationChange::CampaignsImported { added, updated },
                Box::new(previous),
            ));
        }
        Err(problem) => error.set(Some(problem)),
    });
    let add = move |_| {
        let mut id = String::new();
        state.edit(|plan| {
            id = plan
                .integration
                .add_campaign(String::new(), String::new(), 0.0)
        });
        let field = format!("campaign-name-{id}");
        request_animation_frame(move || focus_by_id(&field));
    };
    view! {
        <section class="card" aria-labelledby="campaigns-heading">
            <h2 id="campaigns-heading">{move || t(Text::CampaignsHeading)}</h2>
            <p class="hint">{move || t(Text::CampaignsHint)}</p>
            <Show when=move || !integration.campaigns.with(Vec::is_empty)>
                <div class="table-scroll">
                    <table class="campaigns">
                        <caption class="visually-hidden">{move || t(Text::CampaignsHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(Text::Campaign)}</th>
                            <th scope="col">{move || t(Text::Channel)}</th>
                            <th scope="col" class="num">{move || t(Text::Cost)}</th>
                            <th scope="col"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || integration.campaigns.get() key=|c| c.id.clone()
                                children=move |campaign| view! { <CampaignRow id=campaign.id/> }/>
                        </tbody>
                    </table>
                </div>
            </Show>
            <button type="button" on:click=add>{move || t(Text::AddCampaign)}</button>
            <details class="csv-import">
                <summary>{move || t(Text::CampaignsCsvSummary)}</summary>
                <p class="hint">{move || t(Text::CampaignsCsvHint)}</p>
                <FileOrPaste id="campaigns-csv" accept=".csv,text/csv"
                    file_label=Text::CampaignsCsvFile paste_label=Text::PasteCampaignsCsv
                    button_label=Text::ImportCampaigns on_text=on_text/>
                {move || error.get().map(|problem| view! {
                    <p class="field-error" role="alert">{describe_attribution_csv_error(state.lang.get(), &problem)}</p>
                })}
            </details>
        </section>
    }
}

#[component]
fn CampaignRow(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let key = StoredValue::new(id.clone());
    let campaign = Memo::new(move |_| {
        integration
            .campaigns
            .with(|all| all.iter().find(|c| c.id == key.get_value()).cloned())
    });
    let name = move || campaign.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let text = move |which: &'static str,
                     label: Text,
                     get: fn(&Campaign) -> String,
                     set: fn(&mut Campaign, String)| {
        let field = format!("campaign-{which}-{}", key.get_value());
        view! {
            <label class="visually-hidden" for=field.clone()>{move || t(label)}</label>
            <input id=field type="text" maxlength="200"
                prop:value=move || campaign.with(|c| c.as_ref().map(get).unwrap_or_default())
                on:input=move |event| {
                    let value = event_target_value(&event);
                    edit_campaign(state, &key.get_value(), |c| set(c, value));
                }/>
        }
    };
    view! {
        <tr>
            <td>{text("name", Text::Campaign, |c| c.name.clone(), |c, v| c.name = v)}</td>
            <td>{text("channel", Text::Channel, |c| c.channel.clone(), |c, v| c.channel = v)}</td>
            <td class="num">
                <NumberField id=format!("campaign-cost-{id}")
                    label=Signal::derive(move || fill(t(Text::CostOf), &[&name()]))
                    label_hidden=true
                    value=Signal::derive(move || campaign.with(|c| c.as_ref().map(|c| c.cost)))
                    on_change=Callback::new(move |cost: Option<f64>| {
                        edit_campaign(state, &key.get_value(), |c| c.cost = cost.unwrap_or(0.0));
                    })
                    bounds=limits::AMOUNT
                    class="narrow"/>
            </td>
            <td>
                <button type="button" class="icon danger"
                    aria-label=move || fill(t(Text::DeleteNamed), &[&name()])
                    on:click=move |_| super::remove_with_undo(state, name(), |round| round.remove_campaign(&key.get_value()))>"✕"</button>
            </td>
        </tr>
    }
}
