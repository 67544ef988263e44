//! The app's frame: state, start-up, routing, and the page layout.

use leptos::prelude::*;
use six_rounds_plan::link;
use six_rounds_plan::model::Coded;
use web_sys::DragEvent;

use crate::components::{
    reveal_when_shown, AgreementPage, DecisionPage, FacilitatorBar, Header, MergePage, Notices,
    PlansPage, RoundPage, SharePage, Stepper,
};
use crate::i18n::{tr, Text};
use crate::route::Route;
use crate::state::AppState;
use crate::{boot, facilitation, history, import, offline, session, share, storage, targets};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(boot::initial_language());
    provide_context(state);
    boot::start(state);
    session::install(state);
    history::install_keys(state);
    facilitation::install(state);
    offline::install(state);
    #[cfg(debug_assertions)]
    crate::panic_trigger::install(state);
    follow_the_hash(state);
    reflect_in_document(state);

    let on_drop = move |event: DragEvent| {
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            import::import_file(state, file);
        }
    };
    let t = move |key| tr(state.lang.get(), key);

    view! {
        <div class="app" on:dragover=|event: DragEvent| event.prevent_default() on:drop=on_drop>
            <a class="skip-link" href="#main-content" on:click=|event| {
                event.prevent_default();
                focus_main();
            }>{move || t(Text::SkipToContent)}</a>
            <Header/>
            <Notices/>
            {move || state.facilitating.get().then(|| view! { <FacilitatorBar/> })}
            <div class="layout">
                <Stepper/>
                <main id=targets::MAIN_CONTENT tabindex="-1">
                    {move || match state.route.get() {
                        Route::Plans => view! { <PlansPage/> }.into_any(),
                        Route::Share => view! { <SharePage/> }.into_any(),
                        Route::Decision => view! { <DecisionPage/> }.into_any(),
                        Route::Agreement => view! { <AgreementPage/> }.into_any(),
                        Route::Merge => view! { <MergePage/> }.into_any(),
                        Route::Round(round) => view! { <RoundPage round=round/> }.into_any(),
                    }}
                </main>
            </div>
        </div>
    }
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id(targets::MAIN_CONTENT)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Routes follow the location hash; a share link pasted into the address bar is opened.
fn follow_the_hash(state: AppState) {
    let listener = window_event_listener_untyped("hashchange", move |_| {
        let hash = share::current_hash();
        if link::is_share_fragment(&hash) {
            state.route.set(boot::follow_share_fragment(state, &hash));
        } else {
            state.route.set(Route::parse(&hash));
            match state
                .focus_after_route
                .try_update_value(Option::take)
                .flatten()
            {
                Some(target) => reveal_when_shown(target),
                None => focus_main(),
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// The page's language and title follow the app; the language is remembered.
fn reflect_in_document(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        storage::write_lang(lang);
    });
    Effect::new(move |_| {
        let app = tr(state.lang.get(), Text::AppName);
        let title = state.plan.with(|plan| plan.title.clone());
        document().set_title(&if title.is_empty() {
            app.to_string()
        } else {
            format!("{title} — {app}")
        });
    });
}
