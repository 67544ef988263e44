//! The scorecards drawn: one panel per side, a bar per goal showing the share of its target
//! reached, coloured by status (the colours of style/main.css); the canvas carries the same
//! figures as its text.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::goals::{Scorecard, Status};

use super::super::use_app;
use crate::charts::{draw_bars, Axis, Bar, Panel};
use crate::i18n::{fill, percent, side_label, tr, Text};

/// The most goals a panel draws: more bars would not read on a wall (the tables hold them all).
const MOST_BARS: usize = 15;

fn colour(status: Status) -> RGBColor {
    match status {
        Status::OnTrack => RGBColor(0x0b, 0x6b, 0x3a),
        Status::AtRisk => RGBColor(0x8a, 0x4b, 0x00),
        Status::OffTrack => RGBColor(0xb4, 0x23, 0x18),
        Status::NoData => RGBColor(0x9a, 0xa1, 0xa9),
    }
}

#[component]
pub fn AttainmentChart(cards: Memo<[Scorecard; 2]>) -> impl IntoView {
    let (state, t) = use_app();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let failed = RwSignal::new(false);
    // Only what is drawn: an edit to a goal outside the first bars redraws nothing.
    let panels = Memo::new(move |_| {
        let lang = state.lang.get();
        cards.with(|cards| {
            cards
                .iter()
                .map(|card| Panel {
                    title: fill(
                        tr(lang, Text::SideScorecard),
                        &[side_label(lang, card.side)],
                    ),
                    bars: card
                        .lines
                        .iter()
                        .take(MOST_BARS)
                        .map(|line| Bar {
                            label: line.name.clone(),
                            // As a percent; a goal far past its target stops at 10x.
                            value: (line.attained.unwrap_or(0.0) * 100.0).min(1000.0),
                            colour: colour(line.status),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    Effect::new(move |_| {
        let drawn = panels.get();
        let label = t(Text::ShareOfTarget);
        let Some(canvas) = canvas.get() else { return };
        // Drawn in a task of its own, after the tables' frame: plotters measures its text in
        // the page, which would otherwise force the whole edited page's layout first.
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
        cards.with(|cards| {
            cards
                .iter()
                .map(|card| {
                    let lines: Vec<String> = card
                        .lines
                        .iter()
                        .take(MOST_BARS)
                        .map(|line| format!("{} {}", line.name, percent(line.attained)))
                        .collect();
                    format!("{}: {}.", side_label(lang, card.side), lines.join(", "))
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <figure class="chart">
            <canvas node_ref=canvas width="1200" height="440" role="img"
                aria-label=move || format!("{} {}", t(Text::AttainmentChart), description())></canvas>
            <figcaption>
                {move || t(Text::AttainmentChartCaption)}
                {move || {
                    let most = cards.with(|cards| cards.iter().map(|c| c.lines.len()).max().unwrap_or(0));
                    (most > MOST_BARS).then(|| format!(" {}", fill(t(Text::ChartFirstGoals), &[&MOST_BARS.to_string()])))
                }}
            </figcaption>
            <Show when=move || failed.get()>
                <p role="alert">{move || t(Text::ChartFailed)}</p>
            </Show>
        </figure>
    }
}
