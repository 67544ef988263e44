//! After a panic: storage is never written again, and a screen offers the plan as a file.
//!
//! A panic in wasm aborts in the middle of whatever ran: a signal may stay locked and the plan
//! may be half-edited. So nothing here reads app state. The screen is built with plain DOM
//! calls; its export is a link to a copy of the plan taken when the plan was last whole
//! (opened or saved), written out when the screen shows; its reload is a link. Storage asks
//! [`panicked`] before every write.

use std::cell::RefCell;
use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicBool, Ordering};

use six_rounds_plan::library::export_file_name;
use six_rounds_plan::model::{Coded, Lang};
use six_rounds_plan::{to_json_pretty, Plan};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::i18n::{tr, Text};
use crate::{clock, files};

static PANICKED: AtomicBool = AtomicBool::new(false);

/// The open plan when it was last whole, and the export file's name.
struct WholePlan {
    file_name: String,
    plan: Plan,
}

thread_local! {
    static LAST_WHOLE: RefCell<Option<WholePlan>> = const { RefCell::new(None) };
}

/// Whether the app has panicked; from then on nothing may be written to storage.
pub fn panicked() -> bool {
    PANICKED.load(Ordering::SeqCst)
}

/// Keeps a copy of `plan`, just saved or opened, for the crash screen's export (the deals
/// are shared, not copied).
pub fn remember(plan: &Plan) {
    let file_name = export_file_name(&plan.title, clock::today());
    LAST_WHOLE.with(|cell| {
        if let Ok(mut slot) = cell.try_borrow_mut() {
            *slot = Some(WholePlan {
                file_name,
                plan: plan.clone(),
            });
        }
    });
}

/// Logs every panic to the console; the first one also shows the crash screen.
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        if !PANICKED.swap(true, Ordering::SeqCst) {
            let _ = show_screen(&info.to_string());
        }
    }));
}

fn show_screen(details: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let body = document.body().ok_or(JsValue::NULL)?;
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::En);
    let text = |key| tr(lang, key);

    // The broken app stays visible behind the screen but can no longer be used.
    let children = body.children();
    for index in 0..children.length() {
        if let Some(child) = children.item(index) {
            child.set_attribute("inert", "")?;
        }
    }

    let screen = element(
        &document,
        "section",
        &[
            ("class", "crash"),
            ("role", "alertdialog"),
            ("aria-modal", "true"),
            ("aria-labelledby", "crash-title"),
            ("aria-describedby", "crash-body"),
        ],
    )?;
    let title = element(&document, "h1", &[("id", "crash-title")])?;
    title.set_text_content(Some(text(Text::CrashTitle)));
    let explanation = element(&document, "p", &[("id", "crash-body")])?;
    explanation.set_text_content(Some(text(Text::CrashBody)));
    screen.append_child(&title)?;
    screen.append_child(&explanation)?;

    let actions = element(&document, "p", &[("class", "crash-actions")])?;
    let export = LAST_WHOLE.with(|cell| {
        let slot = cell.try_borrow().ok()?;
        let plan = slot.as_ref()?;
        export_link(&document, plan, text(Text::CrashExport)).ok()
    });
    match export {
        Some(link) => {
            actions.append_child(&link)?;
        }
        None => explanation.set_text_content(Some(text(Text::CrashNothingToExport))),
    }
    // A link without the fragment loads the app afresh from what storage holds.
    let reload = element(
        &document,
        "a",
        &[("class", "button-link secondary"), ("href", "./")],
    )?;
    reload.set_text_content(Some(text(Text::CrashReload)));
    actions.append_child(&reload)?;
    screen.append_child(&actions)?;

    let more = element(&document, "details", &[])?;
    let summary = element(&document, "summary", &[])?;
    summary.set_text_content(Some(text(Text::CrashDetails)));
    let message = element(&document, "pre", &[])?;
    message.set_text_content(Some(details));
    more.append_child(&summary)?;
    more.append_child(&message)?;
    screen.append_child(&more)?;

    body.append_child(&screen)?;
    if let Some(first) = actions.first_element_child() {
        first.unchecked_into::<HtmlElement>().focus()?;
    }
    Ok(())
}

/// A download link for the plan's JSON; the blob URL lives as long as the page.
fn export_link(document: &Document, plan: &WholePlan, label: &str) -> Result<Element, JsValue> {
    let url = files::blob_url("application/json", &to_json_pretty(&plan.plan))?;
    let link = element(
        document,
        "a",
        &[
            ("class", "button-link"),
            ("href", &url),
            ("download", &plan.file_name),
        ],
    )?;
    link.set_text_content(Some(label));
    Ok(link)
}

fn element(
    document: &Document,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(element)
}
