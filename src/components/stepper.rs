//! The rounds in order, with each one's progress, and the Decision at the end.

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use six_rounds_plan::progress::Progress;

use super::use_app;
use crate::i18n::{progress_label, round_name, Text};
use crate::route::Route;

#[component]
pub fn Stepper() -> impl IntoView {
    let (state, t) = use_app();
    let progress_of = state.progress;
    let steps = Round::ALL
        .iter()
        .enumerate()
        .map(|(index, round)| {
            let round = *round;
            let route = Route::Round(round);
            let mark = move || match progress_of.get()[index] {
                Progress::Complete => "✓".to_string(),
                _ => round.number().to_string(),
            };
            let status = move || progress_of.get()[index];
            view! {
                <li>
                    <a
                        href=route.href()
                        aria-current=move || (state.route.get() == route).then_some("page")
                        data-progress=move || format!("{:?}", status()).to_lowercase()
                    >
                        <span class="step-mark" aria-hidden="true">{mark}</span>
                        <span class="step-text">
                            <span class="step-number">{move || t(Text::RoundN).replace("{}", &round.number().to_string())}</span>
                            <span class="step-name">{move || round_name(state.lang.get(), round)}</span>
                            <span class="step-progress">{move || progress_label(state.lang.get(), status())}</span>
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="stepper" aria-label=move || t(Text::RoundsNav)>
            <ol>
                {steps}
                <li>
                    <a
                        href=Route::Decision.href()
                        aria-current=move || (state.route.get() == Route::Decision).then_some("page")
                    >
                        <span class="step-mark" aria-hidden="true">"★"</span>
                        <span class="step-text">
                            <span class="step-name">{move || t(Text::Decision)}</span>
                        </span>
                    </a>
                </li>
            </ol>
        </nav>
    }
}
