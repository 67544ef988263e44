//! Notices: what happened (a shared plan added, an import that failed, storage trouble), in words.

use leptos::prelude::*;
use six_rounds_plan::format::round_of;
use six_rounds_plan::model::Lang;
use six_rounds_plan::model::Round;
use six_rounds_plan::Plan;

use super::use_app;
use crate::export::export_plan;
use crate::i18n::{
    describe_csv_error, describe_import_error, describe_link_error, describe_problem,
    describe_repair, fill, round_name, tr, Text,
};
use crate::route::Route;
use crate::state::{AppState, IntegrationChange, Notice};
use crate::{library, session};

/// The sentence and the detail lines of a notice.
fn describe(lang: Lang, notice: &Notice) -> (String, Vec<String>) {
    let plain = |key| (tr(lang, key).to_string(), Vec::new());
    match notice {
        Notice::SharedPlanAdded(title) => (
            fill(tr(lang, Text::NoticeSharedAdded), &[title]),
            Vec::new(),
        ),
        Notice::Imported(title) => (fill(tr(lang, Text::NoticeImported), &[title]), Vec::new()),
        Notice::LinkFailed(error) => {
            let (sentence, details) = describe_link_error(lang, error);
            (
                format!("{} {sentence}", tr(lang, Text::NoticeLinkFailed)),
                details,
            )
        }
        Notice::ImportFailed(error) => {
            let (sentence, details) = describe_import_error(lang, error);
            (
                format!("{} {sentence}", tr(lang, Text::NoticeImportFailed)),
                details,
            )
        }
        Notice::ExampleLoaded => plain(Text::NoticeExampleLoaded),
        Notice::StorageFull => plain(Text::NoticeStorageFull),
        Notice::StorageUnavailable => plain(Text::NoticeStorageUnavailable),
        Notice::StoredDataSetAside => plain(Text::NoticeSetAside),
        Notice::StoredPlanNewer => plain(Text::NoticeStoredPlanNewer),
        Notice::NewerInOtherTab => plain(Text::NoticeNewerInOtherTab),
        Notice::UpdatedFromOtherTab => plain(Text::NoticeUpdatedFromOtherTab),
        Notice::Copied => plain(Text::NoticeCopied),
        Notice::UpdateReady => plain(Text::NoticeUpdateReady),
        Notice::Merged { taken, settled } => (
            fill(
                tr(lang, Text::NoticeMerged),
                &[&taken.to_string(), &settled.to_string()],
            ),
            Vec::new(),
        ),
        Notice::SameAsOurs(title) => (fill(tr(lang, Text::NoticeSameAsOurs), &[title]), Vec::new()),
        Notice::CopyFailed => plain(Text::NoticeCopyFailed),
        Notice::RaciRemoved(name, _) | Notice::GoalsRemoved(name, _) => {
            (fill(tr(lang, Text::NoticeRemoved), &[name]), Vec::new())
        }
        Notice::MatrixImported(_) => plain(Text::NoticeMatrixImported),
        Notice::IntegrationChanged(change, _) => describe_integration_change(lang, change),
        Notice::CsvFailed(error) => (
            tr(lang, Text::NoticeCsvFailed).to_string(),
            vec![describe_csv_error(lang, error)],
        ),
        Notice::EditRefused(problems) => (
            tr(lang, Text::NoticeEditRefused).to_string(),
            problems
                .iter()
                .map(|problem| describe_problem(lang, problem))
                .collect(),
        ),
        Notice::Repaired {
            title,
            repairs,
            places,
            original_of,
        } => {
            let mut lines: Vec<String> = repairs
                .iter()
                .zip(places)
                .map(|(repair, place)| describe_repair(lang, repair, Some(place)))
                .collect();
            if original_of.is_some() {
                lines.push(tr(lang, Text::NoticeRepairedOriginal).to_string());
            }
            (fill(tr(lang, Text::NoticeRepaired), &[title]), lines)
        }
    }
}

fn describe_integration_change(lang: Lang, change: &IntegrationChange) -> (String, Vec<String>) {
    match change {
        IntegrationChange::Removed(name) => {
            (fill(tr(lang, Text::NoticeRemoved), &[name]), Vec::new())
        }
        IntegrationChange::CampaignsImported { added, updated } => (
            fill(
                tr(lang, Text::NoticeCampaignsImported),
                &[&added.to_string(), &updated.to_string()],
            ),
            Vec::new(),
        ),
        IntegrationChange::DealsImported {
            deals,
            new_campaigns,
        } => {
            let details = if new_campaigns.is_empty() {
                Vec::new()
            } else {
                vec![fill(
                    tr(lang, Text::NoticeNewCampaigns),
                    &[&new_campaigns.join(", ")],
                )]
            };
            (
                fill(tr(lang, Text::NoticeDealsImported), &[&deals.to_string()]),
                details,
            )
        }
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let (state, _) = use_app();
    view! {
        <section class="notices" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|(id, _)| *id
                children=move |(id, notice)| view! { <NoticeCard id=id notice=notice state=state/> }
            />
        </section>
    }
}

/// An Undo button that puts the plan back with `restore` and closes the notice.
fn undo_button(
    state: AppState,
    id: u32,
    restore: impl Fn(&mut Plan) + Send + Sync + 'static,
) -> AnyView {
    view! {
        <button type="button" on:click=move |_| {
            state.edit(&restore);
            state.dismiss(id);
        }>{move || tr(state.lang.get(), Text::Undo)}</button>
    }
    .into_any()
}

#[component]
fn NoticeCard(id: u32, notice: Notice, state: AppState) -> impl IntoView {
    let t = move |key| tr(state.lang.get(), key);
    let problem = notice.is_problem();
    let actions = match notice.clone() {
        Notice::NewerInOtherTab => view! {
            <button type="button" on:click=move |_| {
                session::reload_open_plan(state);
                state.dismiss(id);
            }>{move || t(Text::LoadNewerVersion)}</button>
            <button type="button" on:click=move |_| {
                library::keep_mine_as_copy(state, t(Text::CopySuffix));
                state.dismiss(id);
            }>{move || t(Text::KeepMineAsCopy)}</button>
        }
        .into_any(),
        Notice::RaciRemoved(_, removed) => {
            undo_button(state, id, move |plan| plan.restore(removed.clone()))
        }
        Notice::GoalsRemoved(_, removed) => {
            undo_button(state, id, move |plan| plan.goals.restore_goals(removed.clone()))
        }
        Notice::MatrixImported(previous) => {
            undo_button(state, id, move |plan| plan.roles = (*previous).clone())
        }
        Notice::IntegrationChanged(_, previous) => {
            undo_button(state, id, move |plan| plan.integration = (*previous).clone())
        }
        Notice::StorageFull | Notice::StorageUnavailable => view! {
            <button type="button" on:click=move |_| export_plan(state)>{move || t(Text::ExportJson)}</button>
        }
        .into_any(),
        _ => ().into_any(),
    };
    let text = {
        let notice = notice.clone();
        move || describe(state.lang.get(), &notice)
    };
    // Each repair's round, as a link that opens it.
    let repaired_rounds: Vec<Round> = match &notice {
        Notice::Repaired { repairs, .. } => {
            let mut rounds: Vec<Round> = repairs
                .iter()
                .filter_map(|repair| round_of(&repair.problem.path))
                .collect();
            rounds.sort_by_key(|round| round.number());
            rounds.dedup();
            rounds
        }
        _ => Vec::new(),
    };
    let original_of = match &notice {
        Notice::Repaired { original_of, .. } => original_of.clone(),
        _ => None,
    };
    let dismiss = move |_| {
        if let Some(id) = &original_of {
            crate::storage::drop_original(id);
        }
        state.dismiss(id);
    };
    view! {
        <div class="notice" class:notice--problem=problem role=if problem { "alert" } else { "status" }>
            <div class="notice-body">
                <p class="notice-text">{
                    let text = text.clone();
                    move || text().0
                }</p>
                <ul class="notice-details">
                    {move || text().1.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <div class="notice-actions">
                    {actions}
                    {repaired_rounds.into_iter().map(|round| view! {
                        <a class="button-link" href=Route::Round(round).href()>
                            {move || round_name(state.lang.get(), round)}
                        </a>
                    }).collect_view()}
                </div>
            </div>
            <button type="button" class="notice-dismiss" on:click=dismiss>
                {move || t(Text::Dismiss)}
            </button>
        </div>
    }
}
