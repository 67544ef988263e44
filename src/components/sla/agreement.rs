//! The agreement: its version and dates, the text generated from the numbers, and each
//! leader's sign-off, marked as needing a new one when a number changed after signing.

use leptos::prelude::*;
use six_rounds_plan::model::{Agreement as AgreementData, Coded, Side, SignOff};
use six_rounds_plan::sla::{agreement_text, sign_off_state, SignOffState};

use crate::clock;
use crate::components::use_app;
use crate::i18n::{fill, short_date, Text};
use crate::targets;

type Signature = fn(&mut AgreementData) -> &mut Option<SignOff>;

#[component]
pub fn Agreement() -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let agreement = move || sla.round.with(|r| r.agreement.clone());
    let text = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| agreement_text(plan, lang))
    };
    let date_field =
        move |id: &'static str,
              label: Text,
              get: fn(&AgreementData) -> Option<chrono::NaiveDate>,
              set: fn(&mut AgreementData, Option<chrono::NaiveDate>)| {
            view! {
                <div class="field">
                    <label for=id>{move || t(label)}</label>
                    <input id=id type="date" prop:value=move || get(&agreement()).map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |event| {
                            let date = event_target_value(&event).parse().ok();
                            state.edit(|plan| set(&mut plan.sla.agreement, date));
                        }/>
                </div>
            }
        };
    view! {
        <section class="card agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{move || t(Text::AgreementHeading)}</h2>
            <div class="field-grid">
                <div class="field">
                    <label for="agreement-version">{move || t(Text::Version)}</label>
                    <input id="agreement-version" type="text" maxlength="200"
                        prop:value=move || agreement().version
                        on:input=move |event| {
                            let version = event_target_value(&event);
                            state.edit(|plan| plan.sla.agreement.version = version);
                        }/>
                </div>
                {date_field("agreement-effective", Text::EffectiveFrom, |a| a.effective, |a, d| a.effective = d)}
                {date_field("agreement-review", Text::ReviewBy, |a| a.review, |a, d| a.review = d)}
            </div>
            <div class="agreement-text" data-testid="agreement-text">
                {move || text().into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
            </div>
            <div class="signoffs">
                <SignOffBox title=Text::MarketingLeader side=Side::Marketing signature=|a| &mut a.marketing_signoff/>
                <SignOffBox title=Text::SalesLeader side=Side::Sales signature=|a| &mut a.sales_signoff/>
            </div>
        </section>
    }
}

#[component]
fn SignOffBox(title: Text, side: Side, signature: Signature) -> impl IntoView {
    let (state, t) = use_app();
    let sla = super::use_sla();
    let current = move || {
        sla.round.with(|r| {
            let mut agreement = r.agreement.clone();
            signature(&mut agreement).clone()
        })
    };
    let name = RwSignal::new(current().map(|s| s.name).unwrap_or_default());
    let refused = RwSignal::new(false);
    let standing = move || {
        let signed = current();
        sla.terms
            .with(|terms| sign_off_state(signed.as_ref(), terms))
    };
    let sign = move |_| {
        let who = name.get_untracked().trim().to_string();
        refused.set(who.is_empty());
        if who.is_empty() {
            return;
        }
        let terms = sla.terms.get_untracked();
        state.edit(|plan| {
            *signature(&mut plan.sla.agreement) = Some(SignOff {
                name: who,
                date: clock::today(),
                terms,
            });
        });
    };
    let status = move || {
        let lang = state.lang.get();
        let signed = current();
        let at = |s: &SignOff| [s.name.clone(), short_date(lang, s.date)];
        match (standing(), signed) {
            (SignOffState::Signed, Some(s)) => {
                fill(t(Text::SignedBy), &at(&s).each_ref().map(String::as_str))
            }
            (SignOffState::Stale, Some(s)) => fill(
                t(Text::SignOffStale),
                &at(&s).each_ref().map(String::as_str),
            ),
            _ => t(Text::NotSigned).to_string(),
        }
    };
    view! {
        <div class="signoff" data-state=move || format!("{:?}", standing()).to_lowercase() data-testid=format!("signoff-{}", side.code())>
            <h3>{move || t(title)}</h3>
            <p role="status" class="signoff-status">{status}</p>
            <div class="field">
                <label for=targets::signoff_name(side)>{move || t(Text::SignerName)}</label>
                <input id=targets::signoff_name(side) type="text" maxlength="200"
                    aria-invalid=move || refused.get().then_some("true")
                    prop:value=move || name.get()
                    on:input=move |event| name.set(event_target_value(&event))/>
            </div>
            <Show when=move || refused.get()>
                <p class="field-error" role="alert">{move || t(Text::SignerNameNeeded)}</p>
            </Show>
            <Show when=move || standing() != SignOffState::Signed>
                <button type="button" class="primary" on:click=sign>
                    {move || if standing() == SignOffState::Unsigned { t(Text::SignNow) } else { t(Text::SignAgain) }}
                </button>
            </Show>
        </div>
    }
}
