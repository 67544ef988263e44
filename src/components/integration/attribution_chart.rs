//! The strongest campaigns under the agreed model, drawn: revenue per campaign, coloured by
//! whether it paid back its cost; the canvas carries the same figures as its text.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::integration::{model_index, roi};

use super::super::use_app;
use crate::charts::{draw_bars, Axis, Bar, Panel};
use crate::i18n::{fill, model_label, number, roi_text, tr, Text};

/// The most campaigns drawn (the table ranks all of them).
const MOST_BARS: usize = 10;

/// Paid back (ROI of 0 or more), did not, or cost nothing: the status colours of the CSS.
fn colour(roi: Option<f64>) -> RGBColor {
    match roi {
        Some(roi) if roi >= 0.0 => RGBColor(0x0b, 0x6b, 0x3a),
        Some(_) => RGBColor(0xb4, 0x23, 0x18),
        None => RGBColor(0x9a, 0xa1, 0xa9),
    }
}

#[component]
pub fn AttributionChart() -> impl IntoView {
    let (state, t) = use_app();
    let integration = super::use_integration();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let failed = RwSignal::new(false);
    // (name, revenue, ROI) of the campaigns drawn, strongest first.
    let strongest = Memo::new(move |_| {
        let model = integration.ranked_by.get();
        let at = model_index(model);
        integration.attribution.with(|attribution| {
            integration.campaigns.with(|campaigns| {
                attribution
                    .ranking(model)
                    .into_iter()
                    .take(MOST_BARS)
                    .map(|i| {
                        let revenue = attribution.campaigns[i].revenue[at];
                        (
                            campaigns[i].name.clone(),
                            revenue,
                            roi(revenue, &campaigns[i]),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        let model = integration.ranked_by.get();
        let panel = Panel {
            title: fill(
                tr(lang, Text::RevenueByCampaign),
                &[model_label(lang, model)],
            ),
            bars: strongest
                .get()
                .into_iter()
                .map(|(label, value, roi)| Bar {
                    label,
                    value,
                    colour: colour(roi),
                })
                .collect(),
        };
        let Some(canvas) = canvas.get() else { return };
        // Its own task, after the tables' frame (see the goals chart).
        set_timeout(
            move || {
                let format = |v: f64| number(lang, v);
                let axis = Axis {
                    label: tr(lang, Text::AttributedRevenue),
                    format: &format,
                    line_at: None,
                    at_least: 1.0,
                };
                failed.try_set(draw_bars(&canvas, &[panel], &axis).is_err());
            },
            std::time::Duration::ZERO,
        );
    });
    let description = move || {
        let lang = state.lang.get();
        strongest.with(|bars| {
            bars.iter()
                .map(|(name, revenue, roi)| {
                    format!(
                        "{name} {} ({})",
                        number(lang, revenue.round()),
                        roi_text(lang, *roi)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="card" aria-labelledby="strongest-heading">
        <h2 id="strongest-heading">{move || t(Text::StrongestCampaigns)}</h2>
        <figure class="chart">
            <canvas node_ref=canvas width="1200" height="440" role="img"
                aria-label=move || format!("{} {}", t(Text::AttributionChart), description())></canvas>
            <figcaption>{move || fill(t(Text::AttributionChartCaption), &[&MOST_BARS.to_string()])}</figcaption>
            <Show when=move || failed.get()>
                <p role="alert">{move || t(Text::ChartFailed)}</p>
            </Show>
        </figure>
        </section>
    }
}
