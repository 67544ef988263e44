//! Campaign revenue and ROI under all six models side by side, ranked by the agreed model;
//! the agreed model and the time-decay half-life are chosen here.

use leptos::prelude::*;
use six_rounds_plan::integration::{roi, MODELS};
use six_rounds_plan::model::{AttributionModel, Coded};

use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::{fill, model_label, number, roi_text, Text};
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn AttributionTable() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let agreed = move || state.plan.with(|plan| plan.integration.model);
    let rows = move || {
        let lang = state.lang.get();
        let ranked_by = integration.ranked_by.get();
        integration.attribution.with(|attribution| {
            integration.campaigns.with(|campaigns| {
                attribution
                    .ranking(ranked_by)
                    .into_iter()
                    .enumerate()
                    .map(|(rank, i)| {
                        let campaign = &campaigns[i];
                        let credit = &attribution.campaigns[i];
                        let cells = MODELS
                            .iter()
                            .enumerate()
                            .map(|(at, model)| {
                                let revenue = credit.revenue[at];
                                let roi = roi_text(lang, roi(revenue, campaign));
                                view! {
                                    <td class="num" class:chosen=*model == ranked_by>
                                        <span class="revenue">{number(lang, revenue.round())}</span>
                                        <span class="roi">{roi}</span>
                                    </td>
                                }
                            })
                            .collect_view();
                        view! {
                            <tr>
                                <td class="num">{rank + 1}</td>
                                <th scope="row">{campaign.name.clone()}</th>
                                <td class="num">{number(lang, campaign.cost)}</td>
                                {cells}
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let unattributed = move || {
        let lang = state.lang.get();
        let amount = integration.attribution.with(|a| a.unattributed);
        (amount > 0.0).then(|| view! { <p class="hint">{fill(t(Text::Unattributed), &[&number(lang, amount)])}</p> })
    };
    view! {
        <section class="card" aria-labelledby="attribution-heading">
            <h2 id="attribution-heading">{move || t(Text::AttributionHeading)}</h2>
            <p class="hint">{move || t(Text::AttributionHint)}</p>
            <div class="field-grid">
                <div class="field">
                    <label for=targets::AGREED_MODEL>{move || t(Text::AgreedModel)}</label>
                    <select id=targets::AGREED_MODEL prop:value=move || agreed().map_or("", |m| m.code())
                        on:change=move |event| {
                            let model = AttributionModel::from_code(&event_target_value(&event));
                            state.edit(|plan| plan.integration.model = model);
                        }>
                        <option value="">{move || t(Text::NotAgreedYet)}</option>
                        {MODELS.iter().map(|model| view! {
                            <option value=model.code()>{move || model_label(state.lang.get(), *model)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <NumberField id="half-life".to_string()
                    label=Signal::derive(move || t(Text::HalfLifeDays).to_string())
                    value=Signal::derive(move || state.plan.with(|plan| Some(plan.integration.half_life_days)))
                    on_change=Callback::new(move |days: Option<f64>| state.edit(|plan| plan.integration.half_life_days = days.unwrap_or(7.0)))
                    bounds=limits::HALF_LIFE_DAYS/>
            </div>
            <p class="hint">{move || fill(t(Text::RankedBy), &[model_label(state.lang.get(), integration.ranked_by.get())])}</p>
            <Show when=move || !integration.campaigns.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{move || t(Text::NoCampaignsYet)}</p> }>
                <div class="table-scroll" tabindex="0" role="group" aria-labelledby="attribution-heading">
                    <table class="attribution" data-ranked-by=move || integration.ranked_by.get().code()>
                        <caption class="visually-hidden">{move || t(Text::AttributionHeading)}</caption>
                        <thead><tr>
                            <th scope="col" class="num">{move || t(Text::Rank)}</th>
                            <th scope="col">{move || t(Text::Campaign)}</th>
                            <th scope="col" class="num">{move || t(Text::Cost)}</th>
                            {MODELS.iter().map(|model| view! {
                                <th scope="col" class="num" class:chosen=move || integration.ranked_by.get() == *model>
                                    {move || model_label(state.lang.get(), *model)}
                                </th>
                            }).collect_view()}
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            {unattributed}
        </section>
    }
}
