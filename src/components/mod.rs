//! The page's parts; each reads the state from context and emits edits.

mod cadence;
mod chart_figure;
mod coded_select;
mod decision_page;
mod file_or_paste;
mod funnel_inputs;
mod goals;
mod header;
mod integration;
mod lead;
mod notices;
mod number_field;
mod plan_row;
mod plans_page;
mod role_select;
mod roles;
mod round_page;
mod share_page;
mod sla;
mod status_chip;
mod stepper;

pub use decision_page::DecisionPage;
pub use header::Header;
pub use notices::Notices;
pub use plans_page::PlansPage;
pub use round_page::RoundPage;
pub use share_page::SharePage;
pub use stepper::Stepper;

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

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
