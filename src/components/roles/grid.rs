//! The RACI matrix as a spreadsheet-like grid: arrow keys move, R/A/C/I toggle, a click cycles.

use leptos::prelude::*;
use six_rounds_plan::model::{Coded, FunnelStage, Raci};
use six_rounds_plan::raci::{cycle, display_order, step, Severity, Step};
use web_sys::KeyboardEvent;

use super::super::{focus_by_id, use_app};
use super::activity_header::{ActivityHeader, StageSelect};
use super::findings::RaciFindings;
use crate::i18n::{fill, side_label, stage_label, Text};

/// A row of the grid's body: a stage's heading or an activity.
#[derive(Clone, PartialEq)]
enum Row {
    Stage(FunnelStage),
    Activity(String),
}

fn cell_id(activity: &str, role: &str) -> String {
    format!("cell-{activity}-{role}")
}

#[component]
pub fn RaciGrid() -> impl IntoView {
    let (state, t) = use_app();
    let rows = Memo::new(move |_| {
        state.plan.with(|plan| {
            let mut rows = Vec::new();
            let mut last_stage = None;
            for index in display_order(&plan.roles) {
                let activity = &plan.roles.activities[index];
                if last_stage != Some(activity.stage) {
                    rows.push(Row::Stage(activity.stage));
                    last_stage = Some(activity.stage);
                }
                rows.push(Row::Activity(activity.id.clone()));
            }
            rows
        })
    });
    let role_ids = Memo::new(move |_| {
        state.plan.with(|plan| {
            plan.roles
                .roles
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let focused: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    // The one cell reachable by Tab: the last focused one while it exists, else the first.
    let tab_stop = Memo::new(move |_| {
        state.plan.with(|plan| {
            let round = &plan.roles;
            let exists = |(a, r): &(String, String)| {
                round.role(r).is_some() && round.activities.iter().any(|x| &x.id == a)
            };
            focused.get().filter(exists).or_else(|| {
                let first = display_order(round)
                    .first()
                    .map(|&i| round.activities[i].id.clone())?;
                Some((first, round.roles.first()?.id.clone()))
            })
        })
    });
    let columns = move || role_ids.with(Vec::len) + 1;
    view! {
        <section class="card" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{move || t(Text::MatrixHeading)}</h2>
            <p class="hint" id="grid-help">{move || t(Text::GridHelp)}</p>
            <Show when=move || !rows.with(Vec::is_empty)>
                <div class="table-scroll grid-wrap">
                    <table role="grid" class="raci-grid" aria-labelledby="matrix-heading" aria-describedby="grid-help">
                        <thead>
                            <tr>
                                <th scope="col" class="activity-col">{move || t(Text::Activity)}</th>
                                <For
                                    each=move || role_ids.get()
                                    key=|id| id.clone()
                                    children=move |id| {
                                        let id = StoredValue::new(id);
                                        let role = move || state.plan.with(|plan| plan.roles.role(&id.get_value()).cloned());
                                        view! {
                                            <th scope="col" class="role-col" data-side=move || role().map(|r| r.side.code())>
                                                <span>{move || role().map(|r| r.name).unwrap_or_default()}</span>
                                                <small>{move || role().map(|r| side_label(state.lang.get(), r.side)).unwrap_or_default()}</small>
                                            </th>
                                        }
                                    }
                                />
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || rows.get()
                                key=|row| match row {
                                    Row::Stage(stage) => format!("stage-{}", stage.code()),
                                    Row::Activity(id) => id.clone(),
                                }
                                children=move |row| match row {
                                    Row::Stage(stage) => view! {
                                        <tr class="stage-row">
                                            <th scope="colgroup" colspan=columns>{move || stage_label(state.lang.get(), stage)}</th>
                                        </tr>
                                    }.into_any(),
                                    Row::Activity(id) => view! {
                                        <ActivityRow id=id role_ids=role_ids focused=focused tab_stop=tab_stop/>
                                    }.into_any(),
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
            <AddActivity/>
        </section>
    }
}

#[component]
fn ActivityRow(
    id: String,
    role_ids: Memo<Vec<String>>,
    focused: RwSignal<Option<(String, String)>>,
    tab_stop: Memo<Option<(String, String)>>,
) -> impl IntoView {
    let findings = expect_context::<RaciFindings>().0;
    let blocking = {
        let id = id.clone();
        move || {
            findings.with(|all| {
                all.iter().any(|f| {
                    f.severity() == Severity::Blocking && f.activity() == Some(id.as_str())
                })
            })
        }
    };
    let activity = id.clone();
    view! {
        <tr class="activity-row" class:blocked=blocking>
            <th scope="row" class="activity-col">
                <ActivityHeader id=id.clone()/>
            </th>
            <For
                each=move || role_ids.get()
                key=|role| role.clone()
                children=move |role| view! {
                    <RaciCell activity=activity.clone() role=role focused=focused tab_stop=tab_stop/>
                }
            />
        </tr>
    }
}

#[component]
fn RaciCell(
    activity: String,
    role: String,
    focused: RwSignal<Option<(String, String)>>,
    tab_stop: Memo<Option<(String, String)>>,
) -> impl IntoView {
    let (state, t) = use_app();
    let here = StoredValue::new((activity.clone(), role.clone()));
    let cell = move || {
        let (activity, role) = here.get_value();
        state.plan.with(|plan| plan.roles.cell(&activity, &role))
    };
    let set = move |change: fn(&mut six_rounds_plan::model::RolesRound, &str, &str, Raci)| {
        let (activity, role) = here.get_value();
        let current = cell();
        state.edit(|plan| change(&mut plan.roles, &activity, &role, current));
    };
    let label = move || {
        let (activity, role) = here.get_value();
        state.plan.with(|plan| {
            let role_name = plan
                .roles
                .role(&role)
                .map(|r| r.name.clone())
                .unwrap_or_default();
            let activity_name = plan
                .roles
                .activities
                .iter()
                .find(|a| a.id == activity)
                .map(|a| a.name.clone())
                .unwrap_or_default();
            let letters = plan.roles.cell(&activity, &role).letters();
            let letters = if letters.is_empty() {
                t(Text::EmptyCell).to_string()
            } else {
                letters
                    .chars()
                    .map(String::from)
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            fill(t(Text::CellLabel), &[&role_name, &activity_name, &letters])
        })
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let key = event.key();
        let movement = match key.as_str() {
            "ArrowUp" => Some(Step::Up),
            "ArrowDown" => Some(Step::Down),
            "ArrowLeft" => Some(Step::Left),
            "ArrowRight" => Some(Step::Right),
            "Home" => Some(Step::RowStart),
            "End" => Some(Step::RowEnd),
            _ => None,
        };
        if let Some(movement) = movement {
            event.prevent_default();
            let (activity, role) = here.get_value();
            let target = state
                .plan
                .with_untracked(|plan| step(&plan.roles, &activity, &role, movement));
            if let Some((activity, role)) = target {
                focus_by_id(&cell_id(&activity, &role));
            }
            return;
        }
        match key.as_str() {
            "Delete" | "Backspace" => set(|round, a, r, _| round.set_cell(a, r, Raci::default())),
            "Enter" | " " => set(|round, a, r, current| round.set_cell(a, r, cycle(current))),
            letter if letter.len() == 1 && "rRaAcCiI".contains(letter) => {
                let (activity, role) = here.get_value();
                let letter = letter.chars().next().unwrap_or(' ');
                state.edit(|plan| plan.roles.toggle_letter(&activity, &role, letter));
            }
            _ => return,
        }
        event.prevent_default();
    };
    let is_tab_stop = move || tab_stop.with(|stop| stop.as_ref() == Some(&here.get_value()));
    view! {
        <td
            role="gridcell"
            class="raci"
            id=cell_id(&activity, &role)
            tabindex=move || if is_tab_stop() { "0" } else { "-1" }
            aria-label=label
            on:focus=move |_| focused.set(Some(here.get_value()))
            on:click=move |_| set(|round, a, r, current| round.set_cell(a, r, cycle(current)))
            on:keydown=on_keydown
        >
            {move || {
                cell()
                    .letters()
                    .chars()
                    .map(|letter| view! { <span class=format!("letter letter-{}", letter.to_ascii_lowercase())>{letter.to_string()}</span> })
                    .collect_view()
            }}
        </td>
    }
}

#[component]
fn AddActivity() -> impl IntoView {
    let (state, t) = use_app();
    let name = RwSignal::new(String::new());
    let stage = RwSignal::new(FunnelStage::Attract);
    let add = move || {
        let text = name.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        state.edit(|plan| {
            plan.roles.add_activity(&text, stage.get_untracked());
        });
        name.set(String::new());
    };
    view! {
        <form class="add-row" on:submit=move |event| {
            event.prevent_default();
            add();
        }>
            <div class="field">
                <label for="add-activity-name">{move || t(Text::NewActivityName)}</label>
                <input id="add-activity-name" type="text" maxlength="200"
                    prop:value=move || name.get()
                    on:input=move |event| name.set(event_target_value(&event))/>
            </div>
            <div class="field">
                <StageSelect id="add-activity-stage".into() value=stage.into() on_change=Callback::new(move |s| stage.set(s)) label_visible=true/>
            </div>
            <button type="submit">{move || t(Text::AddActivity)}</button>
        </form>
    }
}
