//! Share and files: the share link with its length guide, JSON export, and import.

use leptos::prelude::*;
use six_rounds_plan::lineage::shared_copy;
use six_rounds_plan::link::{self, LinkReach};
use six_rounds_plan::merge::diff;

use super::file_or_paste::FileOrPaste;
use super::use_app;
use crate::export::export_plan;
use crate::i18n::{change_words, fill, number, Text};
use crate::state::Notice;
use crate::{import, lineage, share, storage};

#[component]
pub fn SharePage() -> impl IntoView {
    let (state, t) = use_app();
    let share_link = Memo::new(move |_| {
        let fragment = state.plan.with(|plan| link::encode_z(&shared_copy(plan)));
        format!("{}#{fragment}", share::page_address())
    });
    let length = move || share_link.with(|link| link.chars().count());
    let reach_text = move || {
        t(match link::reach(length()) {
            LinkReach::Everywhere => Text::LinkReachEverywhere,
            LinkReach::BrowsersOnly => Text::LinkReachBrowsers,
            LinkReach::TooLong => Text::LinkReachTooLong,
        })
    };
    // Whenever the link leaves the page (the button, or copied by hand), this version is
    // kept to merge what comes back.
    let last_sent = RwSignal::new(storage::latest_base(&state.plan_id.get_untracked()));
    let keep_base = move || last_sent.set(Some(lineage::copy_to_send(state)));
    let since_sent = move || {
        let lang = state.lang.get();
        last_sent.with(|sent| {
            let sent = sent.as_ref()?;
            Some(state.plan.with(|now| {
                diff(sent, now)
                    .iter()
                    .map(|change| change_words(lang, change, now))
                    .collect::<Vec<_>>()
            }))
        })
    };
    let copy = move |_| {
        keep_base();
        let text = share_link.get_untracked();
        leptos::task::spawn_local(async move {
            let notice = if share::copy_to_clipboard(&text).await {
                Notice::Copied
            } else {
                Notice::CopyFailed
            };
            state.notify(notice);
        });
    };
    view! {
        <h1>{move || t(Text::ShareHeading)}</h1>
        <section class="card" aria-labelledby="share-link-heading">
            <h2 id="share-link-heading">{move || t(Text::ShareLink)}</h2>
            <p class="hint">{move || t(Text::ShareLinkHint)}</p>
            <label for="share-link">{move || t(Text::ShareLinkLabel)}</label>
            <textarea id="share-link" class="mono" readonly rows="4" prop:value=move || share_link.get()
                on:copy=move |_| keep_base()></textarea>
            <p class="link-length" data-reach=move || format!("{:?}", link::reach(length())).to_lowercase()>
                <strong>{move || fill(t(Text::LinkLength), &[&number(state.lang.get(), length() as f64)])}</strong>
                " — " {reach_text}
            </p>
            <div class="button-row">
                <button type="button" class="primary" on:click=copy>{move || t(Text::CopyLink)}</button>
            </div>
        </section>
        <section class="card" aria-labelledby="since-sent-heading">
            <h2 id="since-sent-heading">{move || t(Text::ChangesSinceShared)}</h2>
            {move || match since_sent() {
                None => view! { <p class="hint">{t(Text::ChangesNeverShared)}</p> }.into_any(),
                Some(lines) if lines.is_empty() => view! { <p class="hint">{t(Text::ChangesSinceSharedNone)}</p> }.into_any(),
                Some(lines) => view! {
                    <ul class="since-sent">{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                }.into_any(),
            }}
        </section>
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || t(Text::ExportHeading)}</h2>
            <p class="hint">{move || t(Text::ExportHint)}</p>
            <button type="button" class="primary" on:click=move |_| {
                export_plan(state);
                last_sent.set(storage::latest_base(&state.plan_id.get_untracked()));
            }>{move || t(Text::ExportJson)}</button>
        </section>
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || t(Text::ImportHeading)}</h2>
            <p class="hint">{move || t(Text::ImportHint)}</p>
            <FileOrPaste
                id="import"
                accept=".json,application/json"
                file_label=Text::ImportFile
                paste_label=Text::ImportPaste
                button_label=Text::ImportPasted
                on_text=Callback::new(move |text: String| import::import_text(state, &text))
            />
        </section>
    }
}
