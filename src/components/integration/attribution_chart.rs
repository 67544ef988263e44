//! The strongest campaigns under the agreed model, drawn: revenue per campaign, coloured by
//! whether it paid back its cost; the canvas carries the same figures as its text.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::integration::{model_index, roi};

use crate::charts::{Bar, Panel};
use crate::components::chart_figure::{ChartFigure, Scale};
use crate::components::use_app;
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
    let panels = Memo::new(move |_| {
        let lang = state.lang.get();
        let model = integration.ranked_by.get();
        vec![Panel {
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
        }]
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
        <ChartFigure panels=panels scale=Scale::Amount axis_label=Text::AttributedRevenue
            label=Signal::derive(move || format!("{} {}", t(Text::AttributionChart), description()))
            caption=Signal::derive(move || fill(t(Text::AttributionChartCaption), &[&MOST_BARS.to_string()]))/>
        </section>
    }
}
