//! The page's parts; each reads the state from context and emits edits.

mod agreement;
mod cadence;
mod chart_figure;
mod coded_select;
mod decision;
mod facilitator;
mod file_or_paste;
mod first_run;
mod funnel_inputs;
mod goals;
mod header;
mod integration;
mod lead;
mod merge;
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

pub use agreement::AgreementPage;
pub use decision::DecisionPage;
pub use facilitator::FacilitatorBar;
pub use header::Header;
pub use merge::MergePage;
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

/// Once the page has drawn, scrolls the element with this id to the middle of the view and
/// focuses it (a heading becomes focusable for this); falls back to the main region.
pub fn reveal_when_shown(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let element = document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(element) = element else {
            focus_by_id("main-content");
            return;
        };
        if element.tab_index() < 0 && !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
        let position = web_sys::ScrollIntoViewOptions::new();
        position.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&position);
    });
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
