//! A labelled number input that refuses what is not a number in range, with a message.

use leptos::prelude::*;

use six_rounds_plan::limits::Bounds;
use six_rounds_plan::spreadsheet::decimal;

use super::use_app;
use crate::i18n::{self, fill, Text};

/// Parses a typed number (the domain's one reader: `1 234,5` with a no-break space works):
/// empty is `None`; out of `bounds` or not a number is refused.
fn parse_number(text: &str, bounds: Bounds) -> Result<Option<f64>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match decimal(text) {
        Some(value) if bounds.contains(value) => Ok(Some(value)),
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
/// `bounds` come from the domain's `limits`, the same the loader checks.
#[component]
pub fn NumberField(
    id: String,
    label: Signal<String>,
    value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
    bounds: Bounds,
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
                on:change=move |event| match parse_number(&event_target_value(&event), bounds) {
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
                        let lang = state.lang.get();
                        let (min, max) = (
                            i18n::decimal(lang, bounds.min, 2),
                            i18n::decimal(lang, bounds.max, 2),
                        );
                        fill(t(Text::NumberOutOfRange), &[&min, &max])
                    }}
                </span>
            </Show>
        </div>
    }
}
