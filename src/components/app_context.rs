//! What every part reads first: the app's state from context and a translator bound to
//! its language.

use leptos::prelude::*;
use six_rounds_plan::model::Lang;

use crate::i18n::{tr, Text};
use crate::state::AppState;

/// The state and a translator bound to the current language.
pub fn use_app() -> (
    AppState,
    impl Fn(Text) -> &'static str + Copy + Send + Sync + 'static,
) {
    let state = expect_context::<AppState>();
    (state, move |key| tr(state.lang.get(), key))
}

/// The current language without tracking, for event handlers.
pub fn lang_now(state: AppState) -> Lang {
    state.lang.get_untracked()
}
