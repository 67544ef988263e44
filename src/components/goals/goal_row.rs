//! One goal of the tree: its fields, its computed numbers and status, and the buttons (and
//! Alt+arrow keys) that move, indent, outdent, add under and delete it.

use leptos::prelude::*;
use six_rounds_plan::goals::{status, OutlineRow, Rolled};
use six_rounds_plan::model::{Formula, GoalNode, Period, Side};

use crate::components::coded_select::CodedSelect;
use crate::components::number_field::NumberField;
use crate::components::role_select::RoleSelect;
use crate::components::status_chip::status_chip;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{
    decimal, describe_formula_problem, fill, formula_label, period_label, side_label, Text,
};
use crate::state::Notice;
use crate::targets;
use six_rounds_plan::limits;

/// Puts the keyboard back on a goal's name after the row was moved or added (next frame,
/// once the row is in its new place).
pub fn focus_name(id: &str) {
    let id = format!("goal-name-{id}");
    request_animation_frame(move || focus_by_id(&id));
}

#[component]
pub fn GoalRow(
    row: OutlineRow,
    collapsed: RwSignal<std::collections::HashSet<String>>,
) -> impl IntoView {
    let (state, t) = use_app();
    let goals = super::use_goals();
    let key = row.id.clone();
    let id = StoredValue::new(row.id.clone());
    let node = Memo::new(move |_| {
        let place = goals
            .places
            .with(|places| places.get(&id.get_value()).copied())?;
        goals.round.with(|round| round.nodes.get(place).cloned())
    });
    let computed = Memo::new(move |_| {
        goals
            .values
            .with(|values| values.get(&id.get_value()).cloned())
    });
    let get = move |read: fn(&GoalNode) -> String| {
        move || node.with(|n| n.as_ref().map(read).unwrap_or_default())
    };
    let edit = move |change: Box<dyn FnOnce(&mut GoalNode)>| {
        state.edit(|plan| {
            if let Some(node) = plan.goals.node_mut(&id.get_value()) {
                change(node);
            }
        });
    };
    let manual = move || node.with(|n| n.as_ref().is_none_or(|n| n.formula == Formula::Manual));
    let name = move || node.with(|n| n.as_ref().map(|n| n.name.clone()).unwrap_or_default());
    let reshape = move |change: fn(&mut six_rounds_plan::model::GoalsRound, &str) -> bool| {
        let mut changed = false;
        state.edit(|plan| changed = change(&mut plan.goals, &id.get_value()));
        if changed {
            focus_name(&id.get_value());
        }
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        if !event.alt_key() {
            return;
        }
        let change: fn(&mut six_rounds_plan::model::GoalsRound, &str) -> bool =
            match event.key().as_str() {
                "ArrowUp" => |g, id| g.move_goal(id, -1),
                "ArrowDown" => |g, id| g.move_goal(id, 1),
                "ArrowRight" => |g, id| g.indent_goal(id),
                "ArrowLeft" => |g, id| g.outdent_goal(id),
                _ => return,
            };
        event.prevent_default();
        reshape(change);
    };
    let add_child = move |_| {
        let name = t(Text::NewGoal).to_string();
        let mut added = String::new();
        state.edit(|plan| added = plan.goals.add_goal(Some(&id.get_value()), name));
        collapsed.update(|c| {
            c.remove(&id.get_value());
        });
        focus_name(&added);
    };
    let delete = move |_| {
        let label = name();
        let mut removed = Vec::new();
        state.edit(|plan| removed = plan.goals.remove_goal(&id.get_value()));
        state.notify(Notice::GoalsRemoved(label, removed));
    };
    let value_cell = move |rolled: fn(&six_rounds_plan::goals::NodeValues) -> Rolled| {
        move || {
            let lang = state.lang.get();
            match computed.with(|c| c.as_ref().map(rolled)) {
                Some(Ok(Some(value))) => decimal(lang, value, 2),
                Some(Err(problem)) => describe_formula_problem(lang, problem).to_string(),
                _ => "—".to_string(),
            }
        }
    };
    let number_field = move |which: &'static str,
                             label: Text,
                             read: fn(&GoalNode) -> Option<f64>,
                             write: fn(&mut GoalNode, Option<f64>)| {
        view! {
            <NumberField
                id=format!("goal-{which}-{}", id.get_value())
                label=Signal::derive(move || fill(t(label), &[&name()]))
                label_hidden=true
                value=Signal::derive(move || node.with(|n| n.as_ref().and_then(read)))
                on_change=Callback::new(move |value| edit(Box::new(move |n| write(n, value))))
                bounds=limits::AMOUNT
                class="narrow"
            />
        }
    };
    // A target or an actual: typed for a manual goal, computed from the goals under it otherwise.
    let figure = move |which: &'static str,
                       label: Text,
                       read: fn(&GoalNode) -> Option<f64>,
                       write: fn(&mut GoalNode, Option<f64>),
                       rolled: fn(&six_rounds_plan::goals::NodeValues) -> Rolled| {
        move || {
            if manual() {
                number_field(which, label, read, write).into_any()
            } else {
                view! { <output class="computed">{value_cell(rolled)}</output> }.into_any()
            }
        }
    };
    let text_field = move |which: &'static str,
                           label: Text,
                           class: &'static str,
                           most: u32,
                           read: fn(&GoalNode) -> String,
                           write: fn(&mut GoalNode, String)| {
        let field_id = format!("goal-{which}-{}", id.get_value());
        view! {
            <label class="visually-hidden" for=field_id.clone()>{move || t(label)}</label>
            <input id=field_id type="text" maxlength=most class=class
                prop:value=get(read)
                on:input=move |event| {
                    let value = event_target_value(&event);
                    edit(Box::new(move |n| write(n, value)));
                }/>
        }
    };
    let status_cell = move || {
        let lang = state.lang.get();
        let attained = computed.with(|c| c.as_ref().and_then(|c| c.attained()));
        let current = goals
            .thresholds
            .with(|&(on_track, at_risk)| status(attained, on_track, at_risk));
        status_chip(lang, attained, current)
    };
    let has_children = row.children > 0;
    let expanded = move || !collapsed.with(|c| c.contains(&id.get_value()));
    view! {
        <tr role="row" class=format!("depth-{}", row.depth.min(9))>
            <td role="cell" class="goal-name">
                {has_children.then(|| view! {
                    <button type="button" class="icon" aria-expanded=move || expanded().to_string()
                        aria-label=move || fill(t(Text::ShowGoalsUnder), &[&name()])
                        on:click=move |_| collapsed.update(|c| {
                            if !c.remove(&id.get_value()) {
                                c.insert(id.get_value());
                            }
                        })>{move || if expanded() { "▾" } else { "▸" }}</button>
                })}
                <label class="visually-hidden" for=format!("goal-name-{key}")>{move || t(Text::GoalName)}</label>
                <input id=format!("goal-name-{key}") type="text" maxlength="200"
                    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
                    prop:value=get(|n| n.name.clone())
                    on:keydown=on_key
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        edit(Box::new(move |n| n.name = value));
                    }/>
            </td>
            <td role="cell" class="num">
                {figure("target", Text::TargetOf, |n| n.target, |n, v| n.target = v, |v| v.target)}
            </td>
            <td role="cell" class="num">
                {figure("actual", Text::ActualOf, |n| n.actual, |n, v| n.actual = v, |v| v.actual)}
            </td>
            <td role="cell">{status_cell}</td>
            <td role="cell">
                <CodedSelect id=format!("goal-side-{key}") label=Text::Side name_of=side_label
                    value=Signal::derive(move || node.with(|n| n.as_ref().map_or(Side::Shared, |n| n.side)))
                    on_change=Callback::new(move |side| edit(Box::new(move |n| n.side = side)))/>
            </td>
            <td role="cell">
                <RoleSelect id=targets::goal_owner(&key)
                    label=Signal::derive(move || t(Text::Owner).to_string())
                    label_hidden=true
                    value=Signal::derive(move || node.with(|n| n.as_ref().and_then(|n| n.owner.clone())))
                    on_change=Callback::new(move |owner| edit(Box::new(move |n| n.owner = owner)))/>
            </td>
            <td role="cell" class="metric">
                {text_field("metric", Text::Metric, "medium", 200, |n| n.metric.clone(), |n, v| n.metric = v)}
                {text_field("unit", Text::Unit, "tiny", 20, |n| n.unit.clone(), |n, v| n.unit = v)}
            </td>
            <td role="cell">
                <CodedSelect id=format!("goal-period-{key}") label=Text::Period name_of=period_label
                    value=Signal::derive(move || node.with(|n| n.as_ref().map_or(Period::Quarter, |n| n.period)))
                    on_change=Callback::new(move |period| edit(Box::new(move |n| n.period = period)))/>
            </td>
            <td role="cell">
                <CodedSelect id=format!("goal-formula-{key}") label=Text::Formula name_of=formula_label
                    value=Signal::derive(move || node.with(|n| n.as_ref().map_or(Formula::Manual, |n| n.formula)))
                    on_change=Callback::new(move |formula| edit(Box::new(move |n| n.formula = formula)))/>
            </td>
            <td role="cell" class="row-actions">
                <button type="button" class="icon" aria-label=move || fill(t(Text::MoveGoalUp), &[&name()])
                    on:click=move |_| reshape(|g, id| g.move_goal(id, -1))>"↑"</button>
                <button type="button" class="icon" aria-label=move || fill(t(Text::MoveGoalDown), &[&name()])
                    on:click=move |_| reshape(|g, id| g.move_goal(id, 1))>"↓"</button>
                <button type="button" class="icon" aria-label=move || fill(t(Text::OutdentNamed), &[&name()])
                    on:click=move |_| reshape(|g, id| g.outdent_goal(id))>"←"</button>
                <button type="button" class="icon" aria-label=move || fill(t(Text::IndentNamed), &[&name()])
                    on:click=move |_| reshape(|g, id| g.indent_goal(id))>"→"</button>
                <button type="button" class="icon" aria-label=move || fill(t(Text::AddUnderNamed), &[&name()])
                    on:click=add_child>"+"</button>
                <button type="button" class="icon danger" aria-label=move || fill(t(Text::DeleteNamed), &[&name()])
                    on:click=delete>"✕"</button>
            </td>
        </tr>
    }
}
