//! One chart figure for every round: a canvas drawn from panels of bars (in a task of its
//! own, after the frame that shows the tables), its figures as the canvas's text, a caption,
//! and a message if drawing failed.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::goals::Status;

use super::use_app;
use crate::charts::{draw_bars, Axis, Panel};
use crate::i18n::{number, Text};

/// How the value axis reads.
#[derive(Clone, Copy, PartialEq)]
pub enum Scale {
    /// A share in percent, with a line at 100%.
    Percent,
    /// An amount of money or a count, grouped as the language writes numbers.
    Amount,
    /// A score from 1 to 5.
    Score,
}

/// The colours of style/main.css's status chips, for bars.
pub fn status_colour(status: Status) -> RGBColor {
    match status {
        Status::OnTrack => RGBColor(0x0b, 0x6b, 0x3a),
        Status::AtRisk => RGBColor(0x8a, 0x4b, 0x00),
        Status::OffTrack => RGBColor(0xb4, 0x23, 0x18),
        Status::NoData => RGBColor(0x9a, 0xa1, 0xa9),
    }
}

#[component]
pub fn ChartFigure(
    panels: Memo<Vec<Panel>>,
    scale: Scale,
    axis_label: Text,
    /// What the chart shows, with its figures: the canvas's accessible name.
    label: Signal<String>,
    caption: Signal<String>,
) -> impl IntoView {
    let (state, t) = use_app();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let drawn = panels.get();
        let lang = state.lang.get();
        let label = t(axis_label);
        let Some(canvas) = canvas.get() else { return };
        // Drawn in a task of its own, after the tables' frame: plotters measures its text in
        // the page, which would otherwise force the whole edited page's layout first.
        set_timeout(
            move || {
                let percent = |v: f64| format!("{v:.0}%");
                let amount = |v: f64| number(lang, v);
                let axis = match scale {
                    Scale::Percent => Axis {
                        label,
                        format: &percent,
                        line_at: Some(100.0),
                        at_least: 120.0,
                    },
                    Scale::Amount => Axis {
                        label,
                        format: &amount,
                        line_at: None,
                        at_least: 1.0,
                    },
                    Scale::Score => Axis {
                        label,
                        format: &amount,
                        line_at: None,
                        at_least: 5.0,
                    },
                };
                failed.try_set(draw_bars(&canvas, &drawn, &axis).is_err());
            },
            std::time::Duration::ZERO,
        );
    });
    view! {
        <figure class="chart">
            <canvas node_ref=canvas width="1200" height="440" role="img" aria-label=move || label.get()></canvas>
            <figcaption>{move || caption.get()}</figcaption>
            <Show when=move || failed.get()>
                <p role="alert">{move || t(Text::ChartFailed)}</p>
            </Show>
        </figure>
    }
}
