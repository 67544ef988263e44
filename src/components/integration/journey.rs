//! One deal's journey worked through: its touch points in date order and the credit each
//! model gives each of them, so the room sees how the models differ.

use leptos::prelude::*;
use six_rounds_plan::integration::{journey, MODELS};

use crate::components::use_app;
use crate::i18n::{fill, model_label, number, short_date, Text};

/// How many deals the journey can be picked from.
const PICKABLE: usize = 100;

#[component]
pub fn Journey() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    // (id, name) of the deals with touch points, among the first ones.
    let deals = Memo::new(move |_| {
        integration.deals.with(|deals| {
            deals
                .0
                .iter()
                .take(PICKABLE)
                .filter(|d| !d.touches.is_empty())
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let picked = RwSignal::new(None::<String>);
    // The picked deal, or the one with the most touch points.
    let deal_id = Memo::new(move |_| {
        let chosen = picked.get();
        integration.deals.with(|deals| {
            let listed = deals.0.iter().take(PICKABLE);
            match chosen {
                Some(id) if deals.0.iter().any(|d| d.id == id) => Some(id),
                _ => listed
                    .max_by_key(|d| d.touches.len())
                    .filter(|d| !d.touches.is_empty())
                    .map(|d| d.id.clone()),
            }
        })
    });
    let table = move || {
        let lang = state.lang.get();
        let id = deal_id.get()?;
        integration.deals.with(|deals| {
            let deal = deals.0.iter().find(|d| d.id == id)?;
            let campaign = |id: &str| {
                integration
                    .campaigns
                    .with(|all| all.iter().find(|c| c.id == id).map(|c| c.name.clone()))
                    .unwrap_or_default()
            };
            let steps = journey(deal, integration.half_life.get());
            let rows = steps
                .iter()
                .map(|step| {
                    let days = (deal.close_date - step.date).num_days().to_string();
                    view! {
                        <tr>
                            <th scope="row">{campaign(&step.campaign)}</th>
                            <td>{short_date(lang, step.date)}</td>
                            <td class="num">{days}</td>
                            {step.credit.iter().map(|credit| view! {
                                <td class="num">{number(lang, credit.round())}</td>
                            }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <p>{fill(t(Text::JourneyOf), &[&deal.name, &number(lang, deal.amount), &short_date(lang, deal.close_date)])}</p>
                <div class="table-scroll" tabindex="0" role="group" aria-labelledby="journey-heading">
                    <table class="compact-table journey">
                        <caption class="visually-hidden">{t(Text::JourneyHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{t(Text::Campaign)}</th>
                            <th scope="col">{t(Text::TouchDate)}</th>
                            <th scope="col" class="num">{t(Text::DaysBeforeClose)}</th>
                            {MODELS.iter().map(|m| view! { <th scope="col" class="num">{model_label(lang, *m)}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="journey-heading">
            <h2 id="journey-heading">{move || t(Text::JourneyHeading)}</h2>
            <p class="hint">{move || t(Text::JourneyHint)}</p>
            <Show when=move || !deals.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{move || t(Text::NoJourneyYet)}</p> }>
                <div class="field">
                    <label for="journey-deal">{move || t(Text::JourneyDeal)}</label>
                    <select id="journey-deal" prop:value=move || deal_id.get().unwrap_or_default()
                        on:change=move |event| picked.set(Some(event_target_value(&event)))>
                        {move || deals.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                {table}
            </Show>
        </section>
    }
}
