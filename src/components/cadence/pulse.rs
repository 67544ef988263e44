//! The partner-satisfaction pulse: at each meeting each side rates how well the other side
//! worked with it (1-5, with why); the trend per side is drawn, and a falling score puts the
//! side on the next agenda.

use leptos::prelude::*;
use plotters::style::RGBColor;
use six_rounds_plan::model::Side;

use crate::charts::{Bar, Panel};
use crate::clock;
use crate::components::chart_figure::{ChartFigure, Scale};
use crate::components::coded_select::CodedSelect;
use crate::components::use_app;
use crate::i18n::{fill, long_date, short_date, side_label, tr, Text};

/// The most ratings drawn per side: the latest.
const MOST: usize = 8;

#[component]
pub fn PulseCard() -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let side = RwSignal::new(Side::Marketing);
    let score = RwSignal::new(4u8);
    let why = RwSignal::new(String::new());
    let record = move |_| {
        let (side, score, why_text) = (
            side.get_untracked(),
            score.get_untracked(),
            why.get_untracked(),
        );
        state.edit(|plan| {
            plan.cadence
                .record_pulse(clock::today(), side, score, why_text.trim().to_string())
        });
        why.set(String::new());
    };
    let panels = Memo::new(move |_| {
        let lang = state.lang.get();
        cadence.round.with(|r| {
            [Side::Marketing, Side::Sales]
                .into_iter()
                .map(|s| {
                    let mut scores: Vec<_> = r.pulses.iter().filter(|p| p.side == s).collect();
                    scores.sort_by_key(|p| p.date);
                    let latest = &scores[scores.len().saturating_sub(MOST)..];
                    Panel {
                        title: fill(tr(lang, Text::PulseOf), &[side_label(lang, s)]),
                        bars: latest
                            .iter()
                            .map(|p| Bar {
                                label: short_date(lang, p.date),
                                value: f64::from(p.score),
                                colour: if p.score >= 4 {
                                    RGBColor(0x0b, 0x6b, 0x3a)
                                } else if p.score == 3 {
                                    RGBColor(0x8a, 0x4b, 0x00)
                                } else {
                                    RGBColor(0xb4, 0x23, 0x18)
                                },
                            })
                            .collect(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let history = move || {
        let lang = state.lang.get();
        cadence.round.with(|r| {
            let mut pulses = r.pulses.clone();
            pulses.sort_by_key(|p| std::cmp::Reverse(p.date));
            pulses
                .into_iter()
                .map(|p| {
                    view! {
                        <tr>
                            <td>{long_date(lang, p.date)}</td>
                            <td>{side_label(lang, p.side)}</td>
                            <td class="num">{p.score}</td>
                            <td>{p.why}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let description = move || {
        panels.with(|panels| {
            panels
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}.",
                        p.title,
                        p.bars
                            .iter()
                            .map(|b| format!("{} {}", b.label, b.value))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <section class="card" aria-labelledby="pulse-heading">
            <h2 id="pulse-heading">{move || t(Text::PulseHeading)}</h2>
            <p class="hint">{move || t(Text::PulseHint)}</p>
            <div class="field-grid">
                <div class="field">
                    <CodedSelect id="pulse-side".to_string() label=Text::PulseSide name_of=side_label label_visible=true
                        value=Signal::derive(move || side.get())
                        on_change=Callback::new(move |s: Side| side.set(s))/>
                </div>
                <div class="field">
                    <label for="pulse-score">{move || t(Text::PulseScore)}</label>
                    <select id="pulse-score" prop:value=move || score.get().to_string()
                        on:change=move |event| if let Ok(v) = event_target_value(&event).parse() { score.set(v) }>
                        {(1u8..=5).map(|v| view! { <option value=v.to_string()>{v}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="pulse-why">{move || t(Text::PulseWhy)}</label>
                    <input id="pulse-why" type="text" maxlength="200" prop:value=move || why.get()
                        on:input=move |event| why.set(event_target_value(&event))/>
                </div>
            </div>
            <button type="button" on:click=record>{move || t(Text::RecordPulse)}</button>
            <Show when=move || cadence.round.with(|r| !r.pulses.is_empty())>
                <ChartFigure panels=panels scale=Scale::Score axis_label=Text::PulseScore
                    label=Signal::derive(move || format!("{} {}", t(Text::PulseChart), description()))
                    caption=Signal::derive(move || t(Text::PulseChartCaption).to_string())/>
                <div class="table-scroll">
                    <table class="pulses">
                        <caption class="visually-hidden">{move || t(Text::PulseHeading)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(Text::TouchDate)}</th>
                            <th scope="col">{move || t(Text::Side)}</th>
                            <th scope="col" class="num">{move || t(Text::PulseScore)}</th>
                            <th scope="col">{move || t(Text::PulseWhy)}</th>
                        </tr></thead>
                        <tbody>{history}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
