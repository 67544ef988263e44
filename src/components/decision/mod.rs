//! The Decision: the whole plan at a glance — its health, what is still open in each round
//! with a way to fix it, and the key numbers both sides agreed.

mod health_card;
mod key_numbers;
mod open_findings;

use leptos::prelude::*;

use super::use_app;
use crate::i18n::Text;
use crate::route::Route;
use health_card::HealthCard;
use key_numbers::KeyNumbers;
use open_findings::OpenFindings;

#[component]
pub fn DecisionPage() -> impl IntoView {
    let (_, t) = use_app();
    view! {
        <h1>{move || t(Text::Decision)}</h1>
        <p class="lead">{move || t(Text::DecisionLead)}</p>
        <p><a class="button-link" href=Route::Agreement.href()>{move || t(Text::OpenAgreement)}</a></p>
        <div class="decision-top">
            <HealthCard/>
            <KeyNumbers/>
        </div>
        <OpenFindings/>
    }
}
