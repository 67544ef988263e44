//! The plan's health score, and each round's share of it explained in one line.

use leptos::prelude::*;
use six_rounds_plan::review::{health, BLOCKING_COST, WARNING_COST};

use crate::components::use_app;
use crate::i18n::{fill, round_name, Text};

#[component]
pub fn HealthCard() -> impl IntoView {
    let (state, t) = use_app();
    let score = Memo::new(move |_| {
        state
            .findings
            .with(|findings| state.plan.with(|plan| health(plan, findings)))
    });
    let rows = move || {
        let lang = state.lang.get();
        score
            .get()
            .rounds
            .into_iter()
            .map(|line| {
                let why = if !line.started {
                    t(Text::HealthNotStarted).to_string()
                } else if line.blocking + line.warnings == 0 {
                    t(Text::HealthFull).to_string()
                } else {
                    fill(
                        t(Text::HealthLosses),
                        &[&line.blocking.to_string(), &line.warnings.to_string()],
                    )
                };
                view! {
                    <tr>
                        <th scope="row">{line.round.number()} ". " {round_name(lang, line.round)}</th>
                        <td class="number">{fill(t(Text::HealthRoundLine), &[&line.points.to_string(), &line.max.to_string()])}</td>
                        <td>{why}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card health" aria-labelledby="decision-health">
            <h2 id="decision-health">{move || t(Text::HealthHeading)}</h2>
            <p class="health-score" data-testid="health-score">
                {move || fill(t(Text::HealthScore), &[&score.with(|s| s.score).to_string()])}
            </p>
            <table class="health-lines">
                <caption class="visually-hidden">{move || t(Text::HealthHeading)}</caption>
                <tbody>{rows}</tbody>
            </table>
            <p class="quiet">{move || fill(t(Text::HealthRule), &[&BLOCKING_COST.to_string(), &WARNING_COST.to_string()])}</p>
        </section>
    }
}
