//! Moving the reader's attention: focusing a control by id, or revealing it once drawn.

use leptos::prelude::*;

/// Once the page has drawn, scrolls the element with this id to the middle of the view and
/// focuses it (a heading becomes focusable for this); falls back to the main region.
pub fn reveal_when_shown(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let element = document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(element) = element else {
            focus_by_id(crate::targets::MAIN_CONTENT);
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
