//! Six Rounds in the browser: mounts the app.

mod app;
mod boot;
mod charts;
mod clock;
mod components;
mod crash;
mod export;
mod facilitation;
mod files;
mod history;
mod i18n;
mod import;
mod library;
mod lineage;
#[cfg(test)]
mod module_graph;
mod offline;
#[cfg(debug_assertions)]
mod panic_trigger;
mod route;
mod session;
mod share;
mod state;
mod storage;
mod targets;
mod zones;

fn main() {
    crash::install();
    leptos::mount::mount_to_body(app::App);
}
