//! The first-run hint: three steps for someone who has not started a plan yet, until they
//! start one or put the hint away.

use leptos::prelude::*;
use six_rounds_plan::progress::Progress;

use super::use_app;
use crate::i18n::Text;
use crate::{library, storage};

#[component]
pub fn FirstRunHint() -> impl IntoView {
    let (state, t) = use_app();
    let dismissed = RwSignal::new(storage::hint_dismissed());
    let untouched = move || state.progress.get().iter().all(|p| *p == Progress::Empty);
    let load_example = move |_| library::load_example(state);
    let dismiss = move |_| {
        storage::dismiss_hint();
        dismissed.set(true);
    };
    move || {
        (!dismissed.get() && untouched()).then(|| {
            view! {
                <section class="card first-run" aria-labelledby="first-run-heading">
                    <h2 id="first-run-heading">{t(Text::FirstRunHeading)}</h2>
                    <ol>
                        <li>{t(Text::FirstRunExample)}</li>
                        <li>{t(Text::FirstRunRounds)}</li>
                        <li>{t(Text::FirstRunDecision)}</li>
                    </ol>
                    <div class="first-run-actions">
                        <button type="button" class="primary" on:click=load_example>{t(Text::LoadExample)}</button>
                        <button type="button" on:click=dismiss>{t(Text::FirstRunDismiss)}</button>
                    </div>
                </section>
            }
        })
    }
}
