//! The scorecards drawn: one panel per side, a bar per goal showing the share of its target
//! reached, coloured by status (the colours of style/main.css); the canvas carries the same
//! figures as its text.

use leptos::prelude::*;
use six_rounds_plan::goals::Scorecard;

use crate::charts::{Bar, Panel};
use crate::components::chart_figure::{status_colour, ChartFigure, Scale};
use crate::components::use_app;
use crate::i18n::{fill, percent, side_label, tr, Text};

/// The most goals a panel draws: more bars would not read on a wall (the tables hold them all).
const MOST_BARS: usize = 15;

#[component]
pub fn AttainmentChart(cards: Memo<[Scorecard; 2]>) -> impl IntoView {
    let (state, t) = use_app();
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
                            colour: status_colour(line.status),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
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
    let caption = move || {
        let most = cards.with(|cards| cards.iter().map(|c| c.lines.len()).max().unwrap_or(0));
        let more = (most > MOST_BARS).then(|| {
            format!(
                " {}",
                fill(t(Text::ChartFirstGoals), &[&MOST_BARS.to_string()])
            )
        });
        format!(
            "{}{}",
            t(Text::AttainmentChartCaption),
            more.unwrap_or_default()
        )
    };
    view! {
        <ChartFigure panels=panels scale=Scale::Percent axis_label=Text::ShareOfTarget
            label=Signal::derive(move || format!("{} {}", t(Text::AttainmentChart), description()))
            caption=Signal::derive(caption)/>
    }
}
