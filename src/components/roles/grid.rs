//! The RACI matrix as a spreadsheet-like grid: arrow keys move, R/A/C/I toggle, a click cycles.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use six_rounds_plan::model::{Activity, Coded, FunnelStage, Raci, RolesRound};
use six_rounds_plan::raci::{cycle, display_order, step, Severity, Step};
use web_sys::KeyboardEvent;

use super::activity_header::ActivityHeader;
use super::findings::RaciFindings;
use crate::components::coded_select::CodedSelect;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{fill, side_label, stage_label, Text};
use crate::targets;

/// A row of the grid's body: a stage's heading or an activity.
#[derive(Clone, PartialEq)]
enum Row {
    Stage(FunnelStage),
    Activity(String),
}

fn set_tab_index(cell: Option<&(String, String)>, value: &str) {
    if let Some(element) =
        cell.and_then(|(activity, role)| document().get_element_by_id(&cell_id(activity, role)))
    {
        let _ = element.set_attribute("tabindex", value);
    }
}

/// The activities with a blocking finding: a row's highlight follows this set, not every
/// change of the findings.
#[derive(Clone, Copy)]
struct Blocked(Memo<HashSet<String>>);

/// Each activity as a signal of its own, set only when that activity changed: a letter typed
/// notifies one row's cells instead of every cell of a large matrix checking its row. The
/// signals belong to the grid, so a row that goes and comes back (Undo) finds its own again.
#[derive(Clone, Copy)]
struct Rows {
    matrix: Memo<RolesRound>,
    owner: StoredValue<Owner>,
    signals: StoredValue<HashMap<String, RwSignal<Option<Activity>>>>,
}

impl Rows {
    fn new(matrix: Memo<RolesRound>) -> Self {
        let rows = Rows {
            matrix,
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            signals: StoredValue::new(HashMap::new()),
        };
        // One pass per edit: each row's signal is set only if its activity is not as it was.
        Effect::new(move |_| {
            matrix.with(|roles| {
                let now: HashMap<&str, &Activity> = roles
                    .activities
                    .iter()
                    .map(|a| (a.id.as_str(), a))
                    .collect();
                rows.signals.with_value(|signals| {
                    for (id, signal) in signals {
                        let current = now.get(id.as_str()).copied();
                        if signal.with_untracked(|old| old.as_ref() != current) {
                            signal.set(current.cloned());
                        }
                    }
                });
            });
        });
        rows
    }

    fn row(self, id: &str) -> ReadSignal<Option<Activity>> {
        let existing = self.signals.with_value(|signals| signals.get(id).copied());
        let signal = existing.unwrap_or_else(|| {
            let current = self
                .matrix
                .with_untracked(|roles| roles.activities.iter().find(|a| a.id == id).cloned());
            let signal = self
                .owner
                .with_value(|owner| owner.with(|| RwSignal::new(current)));
            self.signals.update_value(|signals| {
                signals.insert(id.to_string(), signal);
            });
            signal
        });
        signal.read_only()
    }
}

fn cell_id(activity: &str, role: &str) -> String {
    format!("cell-{activity}-{role}")
}

#[component]
pub fn RaciGrid() -> impl IntoView {
    let (state, t) = use_app();
    let matrix = super::use_matrix();
    let rows = Memo::new(move |_| {
        matrix.with(|roles| {
            let mut rows = Vec::new();
            let mut last_stage = None;
            for index in display_order(roles) {
                let activity = &roles.activities[index];
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
        matrix.with(|roles| roles.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    provide_context(Rows::new(matrix));
    let findings = expect_context::<RaciFindings>().0;
    provide_context(Blocked(Memo::new(move |_| {
        findings.with(|all| {
            all.iter()
                .filter(|f| f.severity() == Severity::Blocking)
                .filter_map(|f| f.activity().map(str::to_string))
                .collect()
        })
    })));
    let focused: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    // The one cell reachable by Tab: the last focused one while it exists, else the first.
    let tab_stop = Memo::new(move |_| {
        matrix.with(|roles| {
            let round = &roles;
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
    // Exactly one cell is reachable by Tab. Moving that one attribute by hand keeps a focus
    // change from re-running a reactive effect in every cell of a large matrix.
    Effect::new(move |previous: Option<Option<(String, String)>>| {
        let stop = tab_stop.get();
        set_tab_index(previous.flatten().as_ref(), "-1");
        set_tab_index(stop.as_ref(), "0");
        stop
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
                                        let role = move || matrix.with(|roles| roles.role(&id.get_value()).cloned());
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
                                        <ActivityRow id=id role_ids=role_ids focused=focused/>
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
) -> impl IntoView {
    let blocked = expect_context::<Blocked>().0;
    let blocking = {
        let id = id.clone();
        move || blocked.with(|ids| ids.contains(&id))
    };
    let row = expect_context::<Rows>().row(&id);
    let activity = id.clone();
    view! {
        <tr class="activity-row" class:blocked=blocking>
            <th scope="row" class="activity-col">
                <ActivityHeader id=id.clone() row=row/>
            </th>
            <For
                each=move || role_ids.get()
                key=|role| role.clone()
                children=move |role| view! {
                    <RaciCell activity=activity.clone() role=role row=row focused=focused/>
                }
            />
        </tr>
    }
}

#[component]
fn RaciCell(
    activity: String,
    role: String,
    row: ReadSignal<Option<Activity>>,
    focused: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    let (state, t) = use_app();
    let here = StoredValue::new((activity.clone(), role.clone()));
    let set = move |change: fn(&mut RolesRound, &str, &str, Raci)| {
        let (activity, role) = here.get_value();
        let current = state
            .plan
            .with_untracked(|plan| plan.roles.cell(&activity, &role));
        state.edit(|plan| change(&mut plan.roles, &activity, &role, current));
    };
    let letters = move || {
        let (_, role) = here.get_value();
        row.with(|activity| {
            activity
                .as_ref()
                .and_then(|activity| activity.cells.get(&role).copied())
                .unwrap_or_default()
        })
    };
    let label = move || {
        let (_, role) = here.get_value();
        let activity_name = row.with(|a| a.as_ref().map(|a| a.name.clone()).unwrap_or_default());
        let role_name = state.role_name(&role);
        let letters = letters().letters();
        // The letters as shown (the name contains the visible text), then one by one.
        let spoken = match letters.chars().count() {
            0 => t(Text::EmptyCell).to_string(),
            1 => letters.to_string(),
            _ => {
                let each: Vec<String> = letters.chars().map(String::from).collect();
                format!("{letters} ({})", each.join(", "))
            }
        };
        fill(t(Text::CellLabel), &[&role_name, &activity_name, &spoken])
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
    view! {
        <td
            role="gridcell"
            class="raci"
            id=cell_id(&activity, &role)
            tabindex="-1"
            aria-label=label
            on:focus=move |_| focused.set(Some(here.get_value()))
            on:click=move |_| set(|round, a, r, current| round.set_cell(a, r, cycle(current)))
            on:keydown=on_keydown
        >
            {move || {
                letters()
                    .letters()
                    .chars()
                    .map(|letter| {
                        let class = format!("letter letter-{}", letter.to_ascii_lowercase());
                        view! { <span class=class>{letter.to_string()}</span> }
                    })
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
                <label for=targets::NEW_ACTIVITY_NAME>{move || t(Text::NewActivityName)}</label>
                <input id=targets::NEW_ACTIVITY_NAME type="text" maxlength="200"
                    prop:value=move || name.get()
                    on:input=move |event| name.set(event_target_value(&event))/>
            </div>
            <div class="field">
                <CodedSelect label=Text::Stage name_of=stage_label id="add-activity-stage".into() value=stage.into() on_change=Callback::new(move |s| stage.set(s)) label_visible=true/>
            </div>
            <button type="submit">{move || t(Text::AddActivity)}</button>
        </form>
    }
}
