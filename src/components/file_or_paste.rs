//! Bringing text in: a file picker, or a box to paste into and a button.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::use_app;
use crate::i18n::Text;
use crate::import;

/// Hands the text of a picked file, or of what was pasted, to `on_text`.
#[component]
pub fn FileOrPaste(
    id: &'static str,
    accept: &'static str,
    file_label: Text,
    paste_label: Text,
    button_label: Text,
    on_text: Callback<String>,
) -> impl IntoView {
    let (state, t) = use_app();
    let pasted = RwSignal::new(String::new());
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        let input: Option<HtmlInputElement> = file_input.get();
        let Some(input) = input else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            import::read_file(state, file, move |text| on_text.run(text));
        }
        input.set_value("");
    };
    view! {
        <div class="field">
            <label for=format!("{id}-file")>{move || t(file_label)}</label>
            <input id=format!("{id}-file") type="file" accept=accept node_ref=file_input on:change=on_file/>
        </div>
        <div class="field">
            <label for=format!("{id}-paste")>{move || t(paste_label)}</label>
            <textarea
                id=format!("{id}-paste")
                class="mono"
                rows="5"
                prop:value=move || pasted.get()
                on:input=move |event| pasted.set(event_target_value(&event))
            ></textarea>
        </div>
        <button type="button" on:click=move |_| {
            on_text.run(pasted.get_untracked());
            pasted.set(String::new());
        }>{move || t(button_label)}</button>
    }
}
