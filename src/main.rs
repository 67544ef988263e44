//! Six Rounds in the browser: mounts the app.

mod app;
mod autosave;
mod boot;
mod charts;
mod clock;
mod components;
mod export;
mod facilitation;
mod files;
mod history;
mod i18n;
mod import;
mod library;
mod route;
mod share;
mod state;
mod storage;
mod targets;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
