//! Files at the edge: downloading text as a file and reading a picked or dropped file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// The largest file read for import, in bytes.
pub const MAX_IMPORT_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// A `blob:` URL holding `text`; it lives until revoked.
pub fn blob_url(mime: &str, text: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    Url::create_object_url_with_blob(&blob)
}

/// Offers `text` to the user as a download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let url = blob_url(mime, text)?;
    let document = leptos::prelude::document();
    let anchor: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    Url::revoke_object_url(&url)
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge,
    Unreadable,
}

/// The text of a file the user picked or dropped.
pub async fn read_text(file: File) -> Result<String, ReadError> {
    if file.size() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}
