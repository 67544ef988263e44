//! A labelled number input that refuses what is not a number in range, with a message.

use leptos::prelude::*;

use super::use_app;
use crate::i18n::{fill, Text};

/// Parses a typed number: empty is `None`; a comma works as the decimal point.
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<Option<f64>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.replace(',', ".").parse::<f64>() {
        Ok(value) if value.is_finite() && (min..=max).contains(&value) => Ok(Some(value)),
        _ => Err(()),
    }
}

/// A share (0 to 1) as a percent field shows it, to one decimal.
pub fn as_percent(share: f64) -> Option<f64> {
    Some((share * 1000.0).round() / 10.0)
}

/// A percent field's number as a share; emptied counts as zero.
pub fn from_percent(value: Option<f64>) -> f64 {
    value.unwrap_or(0.0) / 100.0
}

/// `value` shows the stored number; `on_change` gets a valid one (or `None` when emptied).
#[component]
pub fn NumberField(
    id: String,
    label: Signal<String>,
    value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
    #[prop(default = 0.0)] min: f64,
    #[prop(default = 1e12)] max: f64,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] label_hidden: bool,
) -> impl IntoView {
    let (state, t) = use_app();
    let error = RwSignal::new(false);
    let error_id = format!("{id}-error");
    let shown = move || value.get().map(|v| v.to_string()).unwrap_or_default();
    view! {
        <div class=format!("number-field {class}")>
            <label for=id.clone() class:visually-hidden=label_hidden>{move || label.get()}</label>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                prop:value=shown
                aria-invalid=move || error.get().then_some("true")
                aria-describedby=move || error.get().then(|| error_id.clone())
                on:change=move |event| match parse_number(&event_target_value(&event), min, max) {
                    Ok(number) => {
                        error.set(false);
                        on_change.run(number);
                    }
                    Err(()) => error.set(true),
                }
            />
            <Show when=move || error.get()>
                <span class="field-error" id=format!("{id}-error") role="alert">
                    {move || {
                        let _ = state.lang.get();
                        fill(t(Text::NumberOutOfRange), &[&min.to_string(), &max.to_string()])
                    }}
                </span>
            </Show>
        </div>
    }
}
