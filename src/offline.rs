//! Offline glue: the service worker (`sw.js`, written by the build with every file in it) is
//! registered at start where the browser has one; when a new build takes over, the page says
//! the new version opens at the next load. Nothing in localStorage is touched by an update.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{AppState, Notice};

pub fn install(state: AppState) {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    // A page already served by a worker hears of the next one taking over; a first visit does not.
    if container.controller().is_some() {
        let on_change = Closure::<dyn Fn()>::new(move || {
            state.notify(Notice::UpdateReady);
        });
        let _ = container.add_event_listener_with_callback(
            "controllerchange",
            on_change.as_ref().unchecked_ref(),
        );
        on_change.forget();
    }
    let registering = container.register("sw.js");
    leptos::task::spawn_local(async move {
        // Refused (private mode, a file: address): the app works as before, online.
        let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
    });
}
