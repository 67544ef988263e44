//! The goal tree: an outline of goals, each row editable, with collapse and a root to add.

use std::collections::HashSet;

use leptos::prelude::*;
use six_rounds_plan::goals::outline;

use super::goal_row::GoalRow;
use crate::components::use_app;
use crate::i18n::Text;
use crate::targets;

#[component]
pub fn GoalTree() -> impl IntoView {
    let (state, t) = use_app();
    let goals = super::use_goals();
    let collapsed = RwSignal::new(HashSet::<String>::new());
    let rows = Memo::new(move |_| collapsed.with(|c| goals.round.with(|round| outline(round, c))));
    let add_root = move |_| {
        let name = t(Text::NewGoal).to_string();
        let mut added = String::new();
        state.edit(|plan| added = plan.goals.add_goal(None, name));
        super::goal_row::focus_name(&added);
    };
    view! {
        <section class="card" aria-labelledby=targets::GOAL_TREE_HEADING>
            <h2 id=targets::GOAL_TREE_HEADING>{move || t(Text::GoalTreeHeading)}</h2>
            <p class="hint">{move || t(Text::GoalTreeHint)}</p>
            <div class="table-scroll">
                <table class="grid-table goal-tree" role="table">
                    <caption class="visually-hidden">{move || t(Text::GoalTreeHeading)}</caption>
                    <thead role="rowgroup"><tr role="row">
                        <th scope="col" role="columnheader">{move || t(Text::Goal)}</th>
                        <th scope="col" role="columnheader" class="num">{move || t(Text::Target)}</th>
                        <th scope="col" role="columnheader" class="num">{move || t(Text::Actual)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::Status)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::Side)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::Owner)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::MetricAndUnit)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::Period)}</th>
                        <th scope="col" role="columnheader">{move || t(Text::Formula)}</th>
                        <th scope="col" role="columnheader"><span class="visually-hidden">{move || t(Text::Actions)}</span></th>
                    </tr></thead>
                    <tbody role="rowgroup">
                        <For each=move || rows.get() key=|row| (row.id.clone(), row.depth, row.children)
                            children=move |row| view! { <GoalRow row=row collapsed=collapsed/> }/>
                    </tbody>
                </table>
            </div>
            <button type="button" on:click=add_root>{move || t(Text::AddRootGoal)}</button>
        </section>
    }
}
