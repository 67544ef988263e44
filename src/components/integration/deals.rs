//! The deals of the sandbox: brought in as CSV (a row per touch point) or typed, each with
//! its touch points. Only the first deals are shown for editing; all of them are attributed.

use leptos::prelude::*;
use six_rounds_plan::integration::{deals_from_csv, CsvError};
use six_rounds_plan::model::{Deal, Lang};

use crate::clock;
use crate::components::file_or_paste::FileOrPaste;
use crate::components::number_field::NumberField;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{describe_attribution_csv_error, fill, number, Text};
use crate::state::{AppState, IntegrationChange, Notice};
use six_rounds_plan::limits;

/// How many deals the editor shows.
const SHOWN: usize = 20;

/// Applies `change` to a deal; false when the change refused (or the deal is gone).
fn edit_deal(state: AppState, id: &str, change: impl FnOnce(&mut Deal) -> bool) -> bool {
    let mut done = false;
    state.edit(|plan| {
        if let Some(deal) = plan.integration.deal_mut(id) {
            done = change(deal);
        }
    });
    done
}

#[component]
pub fn Deals() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let error = RwSignal::new(None::<CsvError>);
    let shown = Memo::new(move |_| {
        integration.deals.with(|deals| {
            deals
                .0
                .iter()
                .take(SHOWN)
                .map(|d| d.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| {
        integration.deals.with(|deals| {
            let deals = &deals.0;
            (
                deals.len(),
                deals.iter().map(|d| d.touches.len()).sum::<usize>(),
            )
        })
    });
    let on_text = Callback::new(move |text: String| match deals_from_csv(&text) {
        Ok(rows) => {
            error.set(None);
            let previous = state.plan.with_untracked(|plan| plan.integration.clone());
            let deals = rows.len();
            let mut new_campaigns = Vec::new();
            state.edit(|plan| new_campaigns = plan.integration.replace_deals(rows));
            state.notify(Notice::IntegrationChanged(
                IntegrationChange::DealsImported {
                    deals,
                    new_campaigns,
                },
                Box::new(previous),
            ));
        }
        Err(problem) => error.set(Some(problem)),
    });
    let add = move |_| {
        let name = t(Text::NewDeal).to_string();
        let mut id = String::new();
        state.edit(|plan| id = plan.integration.add_deal(name, clock::today()));
        let field = format!("deal-name-{id}");
        request_animation_frame(move || focus_by_id(&field));
    };
    let summary = move || {
        let lang = state.lang.get();
        let (deals, touches) = counts.get();
        let revenue = integration.attribution.with(|a| a.total);
        fill(
            t(Text::DealsSummary),
            &[
                &number(lang, deals as f64),
                &number(lang, touches as f64),
                &number(lang, revenue),
            ],
        )
    };
    view! {
        <section class="card" aria-labelledby="deals-heading">
            <h2 id="deals-heading">{move || t(Text::DealsHeading)}</h2>
            <p class="hint">{move || t(Text::DealsHint)}</p>
            <p role="status" data-testid="deals-summary">{summary}</p>
            <details class="csv-import" open=counts.get_untracked().0 == 0>
                <summary>{move || t(Text::DealsCsvSummary)}</summary>
                <p class="hint">{move || t(Text::DealsCsvHint)}</p>
                <pre class="csv-sample">"deal,amount,close_date,campaign,touch_date\nAcme,24000,2027-03-31,Webinar,2027-02-10\nAcme,24000,2027-03-31,Google Ads,2027-03-02"</pre>
                <FileOrPaste id="deals-csv" accept=".csv,text/csv"
                    file_label=Text::DealsCsvFile paste_label=Text::PasteDealsCsv
                    button_label=Text::ImportDeals on_text=on_text/>
                {move || error.get().map(|problem| view! {
                    <p class="field-error" role="alert">{describe_attribution_csv_error(state.lang.get(), &problem)}</p>
                })}
            </details>
            <Show when=move || { counts.get().0 > SHOWN }>
                <p class="hint">{move || fill(t(Text::DealsShownOf), &[&SHOWN.to_string(), &counts.get().0.to_string()])}</p>
            </Show>
            <ul class="deal-list">
                <For each=move || shown.get() key=|id| id.clone()
                    children=move |id| view! { <DealEditor id=id/> }/>
            </ul>
            <button type="button" on:click=add>{move || t(Text::AddDeal)}</button>
        </section>
    }
}

#[component]
fn DealEditor(id: String) -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let key = StoredValue::new(id.clone());
    let deal = Memo::new(move |_| {
        integration
            .deals
            .with(|deals| deals.0.iter().find(|d| d.id == key.get_value()).cloned())
    });
    let refused = RwSignal::new(None::<Text>);
    let name = move || deal.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    let close = move || {
        deal.with(|d| {
            d.as_ref()
                .map(|d| d.close_date.to_string())
                .unwrap_or_default()
        })
    };
    let touches = move || deal.with(|d| d.as_ref().map(|d| d.touches.len()).unwrap_or(0));
    let set_close = move |text: String| {
        let Ok(date) = text.parse() else { return };
        let done = edit_deal(state, &key.get_value(), |d| d.set_close_date(date));
        refused.set((!done).then_some(Text::CloseBeforeTouch));
    };
    let add_touch = move |_| {
        let mut added = false;
        state.edit(|plan| added = plan.integration.add_touch(&key.get_value()));
        refused.set((!added).then_some(Text::AddCampaignFirst));
    };
    view! {
        <li class="deal">
            <div class="deal-fields">
                <div class="field">
                    <label for=format!("deal-name-{id}")>{move || t(Text::DealName)}</label>
                    <input id=format!("deal-name-{id}") type="text" maxlength="200" prop:value=name
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            edit_deal(state, &key.get_value(), |d| { d.name = value; true });
                        }/>
                </div>
                <NumberField id=format!("deal-amount-{id}")
                    label=Signal::derive(move || t(Text::DealAmount).to_string())
                    value=Signal::derive(move || deal.with(|d| d.as_ref().map(|d| d.amount)))
                    on_change=Callback::new(move |amount: Option<f64>| {
                        edit_deal(state, &key.get_value(), |d| { d.amount = amount.unwrap_or(0.0); true });
                    })
                    bounds=limits::AMOUNT/>
                <div class="field">
                    <label for=format!("deal-close-{id}")>{move || t(Text::CloseDate)}</label>
                    <input id=format!("deal-close-{id}") type="date" prop:value=close
                        on:change=move |event| set_close(event_target_value(&event))/>
                </div>
                <button type="button" class="icon danger"
                    aria-label=move || fill(t(Text::DeleteNamed), &[&name()])
                    on:click=move |_| super::remove_with_undo(state, name(), |round| round.remove_deal(&key.get_value()))>"✕"</button>
            </div>
            {move || refused.get().map(|why| view! { <p class="field-error" role="alert">{move || t(why)}</p> })}
            <ol class="touches" aria-label=move || fill(t(Text::TouchesOf), &[&name()])>
                {move || (0..touches()).map(|index| view! { <TouchEditor deal=key.get_value() index=index refused=refused/> }).collect_view()}
            </ol>
            <button type="button" on:click=add_touch disabled=move || integration.campaigns.with(Vec::is_empty)>
                {move || t(Text::AddTouch)}
            </button>
        </li>
    }
}

#[component]
fn TouchEditor(deal: String, index: usize, refused: RwSignal<Option<Text>>) -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let key = StoredValue::new(deal.clone());
    let touch = Memo::new(move |_| {
        integration.deals.with(|deals| {
            deals
                .0
                .iter()
                .find(|d| d.id == key.get_value())
                .and_then(|d| d.touches.get(index).cloned())
        })
    });
    let ordinal = move |lang: Lang| {
        fill(
            crate::i18n::tr(lang, Text::TouchN),
            &[&(index + 1).to_string()],
        )
    };
    let set = move |change: Box<dyn FnOnce(&mut Deal) -> bool>| {
        let done = edit_deal(state, &key.get_value(), change);
        refused.set((!done).then_some(Text::TouchAfterCloseRefused));
    };
    view! {
        <li class="touch">
            <label class="visually-hidden" for=format!("touch-campaign-{deal}-{index}")>
                {move || format!("{} — {}", ordinal(state.lang.get()), t(Text::Campaign))}
            </label>
            <select id=format!("touch-campaign-{deal}-{index}")
                prop:value=move || touch.with(|t| t.as_ref().map(|t| t.campaign.clone()).unwrap_or_default())
                on:change=move |event| {
                    let campaign = event_target_value(&event);
                    set(Box::new(move |d| {
                        if let Some(touch) = d.touches.get_mut(index) {
                            touch.campaign = campaign;
                        }
                        true
                    }));
                }>
                {move || integration.campaign_names.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            <label class="visually-hidden" for=format!("touch-date-{deal}-{index}")>
                {move || format!("{} — {}", ordinal(state.lang.get()), t(Text::TouchDate))}
            </label>
            <input id=format!("touch-date-{deal}-{index}") type="date"
                prop:value=move || touch.with(|t| t.as_ref().map(|t| t.date.to_string()).unwrap_or_default())
                on:change=move |event| {
                    if let Ok(date) = event_target_value(&event).parse() {
                        set(Box::new(move |d| d.set_touch_date(index, date)));
                    }
                }/>
            <button type="button" class="icon danger"
                aria-label=move || fill(t(Text::RemoveTouchN), &[&(index + 1).to_string()])
                on:click=move |_| set(Box::new(move |d| {
                    if index < d.touches.len() {
                        d.touches.remove(index);
                    }
                    true
                }))>"✕"</button>
        </li>
    }
}
