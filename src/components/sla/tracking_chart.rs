//! Commitment against actual, drawn: each month's compliance for marketing (MQLs delivered
//! against the commitment) and sales (leads worked within the SLA), with a 100% line; the
//! canvas carries the same figures as its text.

use leptos::prelude::*;
use six_rounds_plan::goals::Status;
use six_rounds_plan::sla::MonthCompliance;

use crate::charts::{Bar, Panel};
use crate::components::chart_figure::{status_colour, ChartFigure, Scale};
use crate::components::use_app;
use crate::i18n::{month_name, percent, tr, Text};

/// The most months drawn: the latest ones (the table holds them all).
const MOST_MONTHS: usize = 12;

type Side = (
    Text,
    fn(&MonthCompliance) -> Option<f64>,
    fn(&MonthCompliance) -> Status,
);

const SIDES: [Side; 2] = [
    (
        Text::MarketingCompliance,
        |m| m.marketing,
        |m| m.marketing_status,
    ),
    (Text::SalesCompliance, |m| m.sales, |m| m.sales_status),
];

#[component]
pub fn TrackingChart(measured: Memo<Vec<MonthCompliance>>) -> impl IntoView {
    let (state, t) = use_app();
    let panels = Memo::new(move |_| {
        let lang = state.lang.get();
        measured.with(|months| {
            let latest = &months[months.len().saturating_sub(MOST_MONTHS)..];
            SIDES
                .iter()
                .map(|(title, share, status)| Panel {
                    title: tr(lang, *title).to_string(),
                    bars: latest
                        .iter()
                        .map(|m| Bar {
                            label: month_name(lang, m.month),
                            value: (share(m).unwrap_or(0.0) * 100.0).min(1000.0),
                            colour: status_colour(status(m)),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    let description = move || {
        let lang = state.lang.get();
        measured.with(|months| {
            SIDES
                .iter()
                .map(|(title, share, _)| {
                    let figures: Vec<String> = months
                        .iter()
                        .map(|m| format!("{} {}", month_name(lang, m.month), percent(share(m))))
                        .collect();
                    format!("{}: {}.", tr(lang, *title), figures.join(", "))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <ChartFigure panels=panels scale=Scale::Percent axis_label=Text::ShareOfCommitment
            label=Signal::derive(move || format!("{} {}", t(Text::TrackingChart), description()))
            caption=Signal::derive(move || t(Text::TrackingChartCaption).to_string())/>
    }
}
