//! Each side's scorecard (its goals, target, actual, share attained, status) with the
//! thresholds that set the status, and the chart of both.

use leptos::prelude::*;
use six_rounds_plan::goals::{scorecards, ScoreLine, Scorecard, Status};
use six_rounds_plan::model::Lang;

use super::chart::AttainmentChart;
use crate::components::number_field::{as_percent, from_percent, NumberField};
use crate::components::status_chip::status_chip;
use crate::components::use_app;
use crate::i18n::{decimal, fill, period_label, side_label, tr, Text};
use six_rounds_plan::limits;

#[component]
pub fn Scorecards() -> impl IntoView {
    let (state, t) = use_app();
    let goals = super::use_goals();
    let cards = Memo::new(move |_| {
        goals
            .round
            .with(|round| goals.values.with(|values| scorecards(round, values)))
    });
    let threshold =
        move |id: &'static str,
              label: Text,
              get: fn(&six_rounds_plan::model::GoalsRound) -> f64,
              set: fn(&mut six_rounds_plan::model::GoalsRound, f64)| {
            view! {
                <NumberField
                    id=id.to_string()
                    label=Signal::derive(move || t(label).to_string())
                    value=Signal::derive(move || goals.round.with(|r| as_percent(get(r))))
                    on_change=Callback::new(move |value: Option<f64>| {
                        state.edit(|plan| set(&mut plan.goals, from_percent(value)));
                    })
                    bounds=limits::PERCENT
                    class="narrow"
                />
            }
        };
    view! {
        <section class="card" aria-labelledby="scorecards-heading">
            <h2 id="scorecards-heading">{move || t(Text::ScorecardsHeading)}</h2>
            <p class="hint">{move || t(Text::ScorecardsHint)}</p>
            <div class="field-grid">
                {threshold("on-track", Text::OnTrackFrom, |r| r.on_track, |r, v| r.on_track = v)}
                {threshold("at-risk", Text::AtRiskFrom, |r| r.at_risk, |r, v| r.at_risk = v)}
            </div>
            <div class="scorecards">
                <ScorecardView cards=cards index=0/>
                <ScorecardView cards=cards index=1/>
            </div>
            <AttainmentChart cards=cards/>
        </section>
    }
}

/// One side's card; only the lines that changed are redrawn.
#[component]
fn ScorecardView(cards: Memo<[Scorecard; 2]>, index: usize) -> impl IntoView {
    let (state, _) = use_app();
    let side = move || cards.with(|cards| cards[index].side);
    let code = six_rounds_plan::model::Coded::code(side());
    let title = move || {
        fill(
            tr(state.lang.get(), Text::SideScorecard),
            &[side_label(state.lang.get(), side())],
        )
    };
    let summary = move || {
        cards.with(|cards| {
            let card = &cards[index];
            fill(
                tr(state.lang.get(), Text::ScorecardSummary),
                &[
                    &card.count(Status::OnTrack).to_string(),
                    &card.count(Status::AtRisk).to_string(),
                    &card.count(Status::OffTrack).to_string(),
                ],
            )
        })
    };
    let lines = move || {
        let lang = state.lang.get();
        cards.with(|cards| {
            cards[index]
                .lines
                .iter()
                .map(|line| (lang, line.clone()))
                .collect::<Vec<_>>()
        })
    };
    let head = move |key| tr(state.lang.get(), key);
    view! {
        <div class="scorecard" id=format!("scorecard-{code}") data-side=code>
            <h3 id=format!("scorecard-{code}-heading")>{title}</h3>
            <p class="summary">{summary}</p>
            // Focusable, so a table wider than its card can be scrolled from the keyboard.
            <div class="table-scroll" tabindex="0" role="group" aria-labelledby=format!("scorecard-{code}-heading")>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr>
                        <th scope="col">{move || head(Text::Goal)}</th>
                        <th scope="col">{move || head(Text::Period)}</th>
                        <th scope="col" class="num">{move || head(Text::Target)}</th>
                        <th scope="col" class="num">{move || head(Text::Actual)}</th>
                        <th scope="col">{move || head(Text::Status)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=lines key=|(lang, line)| format!("{lang:?}{line:?}")
                            children=|(lang, line)| score_line(lang, line)/>
                    </tbody>
                </table>
            </div>
        </div>
    }
}

fn score_line(lang: Lang, line: ScoreLine) -> impl IntoView {
    let amount = move |value: Option<f64>, unit: &str| {
        value.map_or("—".to_string(), |v| {
            format!("{} {unit}", decimal(lang, v, 2))
                .trim_end()
                .to_string()
        })
    };
    view! {
        <tr>
            <th scope="row">
                {line.name.clone()}
                {line.shared.then(|| view! { <span class="tag">{tr(lang, Text::SharedGoal)}</span> })}
            </th>
            <td>{period_label(lang, line.period)}</td>
            <td class="num">{amount(line.target, &line.unit)}</td>
            <td class="num">{amount(line.actual, &line.unit)}</td>
            <td>{status_chip(lang, line.attained, line.status)}</td>
        </tr>
    }
}
