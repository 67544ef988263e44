//! Share links at the edge: the page's own address, the fragment, and the clipboard.

use leptos::prelude::window;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The page address without its fragment, the base of every share link.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// The current fragment, with its `#`.
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the fragment without a new history entry (a shared plan leaves no trace).
pub fn replace_hash(hash: &str) {
    if let Ok(history) = window().history() {
        let url = format!("{}{}", page_address(), hash);
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
