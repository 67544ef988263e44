//! Importing a plan from pasted text, a link, or a file: always as a new plan, never a replacement.

use leptos::prelude::*;
use six_rounds_plan::format::{self, Opened};
use six_rounds_plan::link;
use web_sys::File;

use crate::files::{self, ReadError};
use crate::state::{AppState, ImportError, Notice};
use crate::{lineage, share};

/// Adds the plan in `text` (JSON, or a share link) to the library and opens it.
pub fn import_text(state: AppState, text: &str) {
    match parse(text) {
        Ok(opened) => {
            if let Some(route) = lineage::receive(state, opened, Notice::Imported) {
                share::replace_hash(&route.href());
                state.route.set(route);
            }
        }
        Err(error) => state.notify(Notice::ImportFailed(error)),
    }
}

fn parse(text: &str) -> Result<Opened, ImportError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    if !text.starts_with('{') {
        let fragment = text.split_once('#').map_or(text, |(_, fragment)| fragment);
        if link::is_share_fragment(fragment) {
            return link::open(fragment).map_err(ImportError::Link);
        }
    }
    format::open(text.as_bytes()).map_err(ImportError::Document)
}

/// Reads a picked or dropped file, then hands its text on; a file that cannot be read
/// becomes a notice.
pub fn read_file(state: AppState, file: File, then: impl FnOnce(String) + 'static) {
    leptos::task::spawn_local(async move {
        match files::read_text(file).await {
            Ok(text) => then(text),
            Err(ReadError::TooLarge) => {
                state.notify(Notice::ImportFailed(ImportError::FileTooLarge))
            }
            Err(ReadError::Unreadable) => {
                state.notify(Notice::ImportFailed(ImportError::FileUnreadable))
            }
        }
    });
}

/// Reads a picked or dropped file and imports it as a new plan.
pub fn import_file(state: AppState, file: File) {
    read_file(state, file, move |text| import_text(state, &text));
}
