//! Monthly tracking: each month's actuals for both sides, typed in, with each side's
//! compliance and status beside them.

use chrono::NaiveDate;
use leptos::prelude::*;
use six_rounds_plan::model::MonthActuals;
use six_rounds_plan::sla::{compliance, MonthCompliance};

use super::tracking_chart::TrackingChart;
use crate::clock;
use crate::components::number_field::NumberField;
use crate::components::status_chip::status_chip;
use crate::components::use_app;
use crate::i18n::{fill, month_name, percent, Text};
use six_rounds_plan::limits;

type Read = fn(&MonthActuals) -> u32;
type Write = fn(&mut MonthActuals, u32);

#[component]
pub fn Tracking() -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let measured = Memo::new(move |_| {
        let (on_track, at_risk) = state
            .plan
            .with(|plan| (plan.goals.on_track, plan.goals.at_risk));
        sla.round
            .with(|round| compliance(&round.commitments, &round.actuals, on_track, at_risk))
    });
    let add = move |_| {
        state.edit(|plan| {
            plan.sla.add_month(clock::today());
        })
    };
    view! {
        <section class="card" aria-labelledby="tracking-heading">
            <h2 id="tracking-heading">{move || t(Text::TrackingHeading)}</h2>
            <p class="hint">{move || t(Text::TrackingHint)}</p>
            <Show when=move || !measured.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{move || t(Text::NoMonthsYet)}</p> }>
                <div class="table-scroll">
                    <table class="compact-table tracking">
                        <caption class="visually-hidden">{move || t(Text::TrackingHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(Text::Month)}</th>
                            <th scope="col" class="num">{move || t(Text::MqlsDelivered)}</th>
                            <th scope="col" class="num">{move || t(Text::Accepted)}</th>
                            <th scope="col" class="num">{move || t(Text::WorkedWithinSla)}</th>
                            <th scope="col" class="num">{move || t(Text::Closed)}</th>
                            <th scope="col">{move || t(Text::MarketingCompliance)}</th>
                            <th scope="col">{move || t(Text::SalesCompliance)}</th>
                        </tr></thead>
                        <tbody>
                            <For each=move || measured.get() key=|m| m.month
                                children=move |m| view! { <MonthRow month=m.month measured=measured/> }/>
                        </tbody>
                    </table>
                </div>
                <TrackingChart measured=measured/>
            </Show>
            <button type="button" on:click=add>{move || t(Text::AddMonth)}</button>
        </section>
    }
}

#[component]
fn MonthRow(month: NaiveDate, measured: Memo<Vec<MonthCompliance>>) -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let row = Memo::new(move |_| {
        sla.round
            .with(|r| r.actuals.iter().find(|m| m.month == month).cloned())
    });
    let this =
        Memo::new(move |_| measured.with(|all| all.iter().find(|m| m.month == month).cloned()));
    let label = move || month_name(state.lang.get(), month);
    let cell = move |which: &'static str, name: Text, get: Read, set: Write| {
        view! {
            <td class="num">
                <NumberField id=format!("actual-{which}-{month}")
                    label=Signal::derive(move || fill(t(name), &[&label()]))
                    label_hidden=true
                    value=Signal::derive(move || row.with(|r| r.as_ref().map(|r| f64::from(get(r)))))
                    on_change=Callback::new(move |value: Option<f64>| state.edit(|plan| {
                        if let Some(row) = plan.sla.month_mut(month) {
                            set(row, value.unwrap_or(0.0).round() as u32);
                        }
                    }))
                    bounds=limits::MONTHLY_COUNT class="narrow"/>
            </td>
        }
    };
    let side =
        move |share: fn(&MonthCompliance) -> Option<f64>,
              status: fn(&MonthCompliance) -> six_rounds_plan::goals::Status| {
            move || {
                this.with(|m| {
                    m.as_ref().map(|m| {
                        view! { {status_chip(state.lang.get(), share(m), status(m))} }
                    })
                })
            }
        };
    view! {
        <tr>
            <th scope="row">{label}</th>
            {cell("delivered", Text::MqlsDeliveredIn, |r| r.mqls_delivered, |r, v| r.mqls_delivered = v)}
            {cell("accepted", Text::AcceptedIn, |r| r.accepted, |r, v| r.accepted = v)}
            {cell("worked", Text::WorkedWithinSlaIn, |r| r.worked_within_sla, |r, v| r.worked_within_sla = v)}
            {cell("closed", Text::ClosedIn, |r| r.closed, |r, v| r.closed = v)}
            <td>{side(|m| m.marketing, |m| m.marketing_status)}</td>
            <td>
                {side(|m| m.sales, |m| m.sales_status)}
                <span class="hint">{move || this.with(|m| m.as_ref().map(|m| fill(t(Text::ClosingShare), &[&percent(m.closing)])))}</span>
            </td>
        </tr>
    }
}
