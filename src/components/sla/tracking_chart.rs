//! Commitment against actual, drawn: each month's compliance for marketing (MQLs delivered
//! against the commitment) and sales (leads worked within the SLA), with a 100% line; the
//! canvas carries the same figures as its text.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::goals::Status;
use six_rounds_plan::sla::MonthCompliance;

use super::super::use_app;
use crate::charts::{draw_bars, Axis, Bar, Panel};
use crate::i18n::{month_name, percent, tr, Text};

/// The most months drawn: the latest ones (the table holds them all).
const MOST_MONTHS: usize = 12;

fn colour(status: Status) -> RGBColor {
    match status {
        Status::OnTrack => RGBColor(0x0b, 0x6b, 0x3a),
        Status::AtRisk => RGBColor(0x8a, 0x4b, 0x00),
        Status::OffTrack => RGBColor(0xb4, 0x23, 0x18),
        Status::NoData => RGBColor(0x9a, 0xa1, 0xa9),
    }
}

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
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let failed = RwSignal::new(false);
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
                            colour: colour(status(m)),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    Effect::new(move |_| {
        let drawn = panels.get();
        let label = t(Text::ShareOfCommitment);
        let Some(canvas) = canvas.get() else { return };
        // Its own task, after the table's frame (see the goals chart).
        set_timeout(
            move || {
                let axis = Axis {
                    label,
                    format: &|v| format!("{v:.0}%"),
                    line_at: Some(100.0),
                    at_least: 120.0,
                };
                failed.try_set(draw_bars(&canvas, &drawn, &axis).is_err());
            },
            std::time::Duration::ZERO,
        );
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
        <figure class="chart">
            <canvas node_ref=canvas width="1200" height="440" role="img"
                aria-label=move || format!("{} {}", t(Text::TrackingChart), description())></canvas>
            <figcaption>{move || t(Text::TrackingChartCaption)}</figcaption>
            <Show when=move || failed.get()>
                <p role="alert">{move || t(Text::ChartFailed)}</p>
            </Show>
        </figure>
    }
}
