//! The merge page: a returned copy reviewed before it joins its plan — what is taken from
//! it, every conflict with both values in words and a choice, what had to be fixed — then
//! applied as one undo step, opened as a separate plan, or declined.

mod conflict_choice;

use leptos::prelude::*;
use six_rounds_plan::merge::{merge, Merged, Pick};

use super::use_app;
use crate::i18n::{change_words, describe_repair, fill, Text};
use crate::route::Route;
use crate::state::{AppState, Notice};
use crate::{library, share};
use conflict_choice::ConflictChoice;

/// How many taken changes the summary lists before "… and N more".
const SHOWN_CHANGES: usize = 40;

fn go(state: AppState, route: Route) {
    share::replace_hash(&route.href());
    state.route.set(route);
}

#[component]
pub fn MergePage() -> impl IntoView {
    let (state, t) = use_app();
    let picks = RwSignal::new(Vec::<Pick>::new());
    let merged: Memo<Option<Merged>> = Memo::new(move |_| {
        let picks = picks.get();
        state.incoming.with(|incoming| {
            let incoming = incoming.as_ref()?;
            state
                .plan
                .with(|ours| merge(incoming.base.as_ref(), ours, &incoming.theirs, &picks).ok())
        })
    });
    let two_way = move || {
        state
            .incoming
            .with(|i| i.as_ref().is_some_and(|i| i.base.is_none()))
    };
    let set_all = move |pick: Pick| {
        let count = merged.with(|m| m.as_ref().map_or(0, |m| m.conflicts.len()));
        picks.set(vec![pick; count]);
    };
    let apply = move |_| {
        let Some(result) = merged.get_untracked() else {
            return;
        };
        let (taken, settled) = (result.changes.len(), result.conflicts.len());
        state.edit_as_one_step(move |plan| *plan = result.plan);
        state.incoming.set(None);
        state.notify(Notice::Merged { taken, settled });
        go(state, Route::Decision);
    };
    let open_as_new = move |_| {
        if let Some(incoming) = state.incoming.get_untracked() {
            state.incoming.set(None);
            let title = incoming.theirs.title.clone();
            library::add_new_and_open(state, incoming.theirs);
            state.notify(Notice::Imported(title));
            go(state, Route::Round(six_rounds_plan::model::Round::Roles));
        }
    };
    let cancel = move |_| {
        state.incoming.set(None);
        go(state, Route::Round(six_rounds_plan::model::Round::Roles));
    };
    let changes = move || {
        let lang = state.lang.get();
        merged.with(|m| {
            let Some(m) = m else { return Vec::new() };
            let mut lines: Vec<String> = state.plan.with(|ours| {
                m.changes
                    .iter()
                    .take(SHOWN_CHANGES)
                    .map(|change| change_words(lang, change, ours))
                    .collect()
            });
            if m.changes.len() > SHOWN_CHANGES {
                let more = (m.changes.len() - SHOWN_CHANGES).to_string();
                lines.push(fill(t(Text::MergeMore), &[&more]));
            }
            lines
        })
    };
    let count = move |of: fn(&Merged) -> usize| merged.with(|m| m.as_ref().map_or(0, of));
    let conflict_indices = move || (0..count(|m| m.conflicts.len())).collect::<Vec<_>>();
    let repairs = move || {
        let lang = state.lang.get();
        merged.with(|m| {
            m.as_ref().map_or_else(Vec::new, |m| {
                let paths: Vec<&str> = m.repairs.iter().map(|r| r.problem.path.as_str()).collect();
                let places = six_rounds_plan::format::places(&m.plan, &paths);
                m.repairs
                    .iter()
                    .zip(&places)
                    .map(|(r, place)| describe_repair(lang, r, Some(place)))
                    .collect()
            })
        })
    };
    let title = move || state.plan.with(|plan| plan.title.clone());
    view! {
        <Show when=move || state.incoming.with(Option::is_some)
            fallback=move || view! {
                <h1>{move || t(Text::MergeCancel)}</h1>
                <p class="hint">{move || t(Text::MergeNothing)}</p>
            }>
            <h1>{move || fill(t(Text::MergeHeading), &[&title()])}</h1>
            <p>{move || t(Text::MergeIntro)}</p>
            <p class="hint" data-testid="merge-kind">
                {move || t(if two_way() { Text::MergeTwoWay } else { Text::MergeThreeWay })}
            </p>
            <section class="card" aria-labelledby="merge-conflicts-heading">
                <h2 id="merge-conflicts-heading">
                    {move || fill(t(Text::MergeConflictsHeading), &[&count(|m| m.conflicts.len()).to_string()])}
                </h2>
                <Show when=move || { count(|m| m.conflicts.len()) > 0 }
                    fallback=move || view! { <p class="hint">{move || t(Text::MergeNoConflicts)}</p> }>
                    <div class="button-row">
                        <button type="button" on:click=move |_| set_all(Pick::Ours)>{move || t(Text::MergeAllOurs)}</button>
                        <button type="button" on:click=move |_| set_all(Pick::Theirs)>{move || t(Text::MergeAllTheirs)}</button>
                    </div>
                    <ol class="merge-conflicts">
                        <For each=conflict_indices key=|index| *index
                            children=move |index| view! { <ConflictChoice index=index merged=merged picks=picks/> }/>
                    </ol>
                </Show>
            </section>
            <section class="card" aria-labelledby="merge-taken-heading">
                <h2 id="merge-taken-heading">
                    {move || fill(t(Text::MergeTakenHeading), &[&count(|m| m.changes.len()).to_string()])}
                </h2>
                <Show when=move || { count(|m| m.changes.len()) > 0 }
                    fallback=move || view! { <p class="hint">{move || t(Text::MergeNothingTaken)}</p> }>
                    <ul class="merge-taken">
                        {move || changes().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </Show>
            </section>
            <Show when=move || !repairs().is_empty()>
                <section class="card" aria-labelledby="merge-repairs-heading">
                    <h2 id="merge-repairs-heading">{move || t(Text::MergeRepairsHeading)}</h2>
                    <ul>{move || repairs().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                </section>
            </Show>
            <div class="button-row merge-actions">
                <button type="button" class="primary" on:click=apply>{move || t(Text::MergeApply)}</button>
                <button type="button" on:click=open_as_new>{move || t(Text::MergeOpenAsNew)}</button>
                <button type="button" on:click=cancel>{move || t(Text::MergeCancel)}</button>
            </div>
        </Show>
    }
}
