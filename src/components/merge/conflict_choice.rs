//! One conflict: where it is, and this plan's value against the returned copy's as two
//! radio buttons (arrow keys move between them), ours until the user picks.

use leptos::prelude::*;
use six_rounds_plan::merge::{Merged, Pick};

use crate::components::use_app;
use crate::i18n::{conflict_place, fill, value_words, Text};

#[component]
pub fn ConflictChoice(
    index: usize,
    merged: Memo<Option<Merged>>,
    picks: RwSignal<Vec<Pick>>,
) -> impl IntoView {
    let (state, t) = use_app();
    let two_way = move || {
        state
            .incoming
            .with(|i| i.as_ref().is_some_and(|i| i.base.is_none()))
    };
    let words = move || {
        let lang = state.lang.get();
        let two_way = two_way();
        merged.with(|m| {
            let conflict = m.as_ref()?.conflicts.get(index)?;
            let ours = state.plan.with(|plan| {
                (
                    conflict_place(lang, conflict, plan),
                    value_words(lang, conflict.ours.as_ref(), plan, two_way),
                )
            });
            let theirs = state.incoming.with(|incoming| {
                let plan = &incoming.as_ref()?.theirs;
                Some(value_words(lang, conflict.theirs.as_ref(), plan, two_way))
            })?;
            Some((ours.0, ours.1, theirs))
        })
    };
    let picked = move || picks.with(|p| p.get(index).copied().unwrap_or(Pick::Ours));
    let choose = move |pick: Pick| {
        picks.update(|p| {
            if p.len() <= index {
                p.resize(index + 1, Pick::Ours);
            }
            p[index] = pick;
        });
    };
    let name = format!("conflict-{index}");
    view! {
        <li>
            <fieldset class="merge-conflict" id=format!("conflict-{index}")>
                <legend>{move || words().map(|w| w.0).unwrap_or_default()}</legend>
                <label class="merge-option">
                    <input type="radio" name=name.clone() id=format!("conflict-{index}-ours")
                        prop:checked=move || picked() == Pick::Ours
                        on:change=move |_| choose(Pick::Ours)/>
                    {move || fill(t(Text::MergeOurs), &[&words().map(|w| w.1).unwrap_or_default()])}
                </label>
                <label class="merge-option">
                    <input type="radio" name=name id=format!("conflict-{index}-theirs")
                        prop:checked=move || picked() == Pick::Theirs
                        on:change=move |_| choose(Pick::Theirs)/>
                    {move || fill(t(Text::MergeTheirs), &[&words().map(|w| w.2).unwrap_or_default()])}
                </label>
            </fieldset>
        </li>
    }
}
