//! The app's state: one signal holds the open plan; the rest is where the user is and what to tell.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use six_rounds_plan::format::{Place, Repair};
use six_rounds_plan::history::History;
use six_rounds_plan::library::LibraryIndex;
use six_rounds_plan::model::Round;
use six_rounds_plan::model::{Deal, GoalNode, IntegrationRound, Lang, RolesRound};
use six_rounds_plan::progress::{all_progress, Progress};
use six_rounds_plan::raci::{CsvError, Removed};
use six_rounds_plan::review::{findings, PlanFinding};
use six_rounds_plan::workshop::RoundClock;
use six_rounds_plan::{validate, LinkError, LoadError, Plan, Problem};

use crate::clock;
use crate::route::Route;

/// Whether the open plan is safely stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    /// Kept in this tab's memory only; a notice says why.
    InMemory,
}

/// Why an import did not produce a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    FileTooLarge,
    FileUnreadable,
    Link(LinkError),
    Document(LoadError),
}

/// What changed round 4 in one go.
#[derive(Debug, Clone, PartialEq)]
pub enum IntegrationChange {
    /// A system, field map, campaign or deal was deleted (and what pointed at it).
    Removed(String),
    CampaignsImported {
        added: usize,
        updated: usize,
    },
    /// The deals were replaced; the campaigns named that were new were added at cost 0.
    DealsImported {
        deals: usize,
        new_campaigns: Vec<String>,
    },
}

/// A copy of a plan in the library that came back (a link or a file), waiting to be merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub theirs: Plan,
    /// The version both copies started from, when it is known here (else two-way).
    pub base: Option<Plan>,
    /// What was repaired when the copy was read.
    pub repairs: Vec<Repair>,
}

/// Something the page tells the user, until it is dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    SharedPlanAdded(String),
    LinkFailed(LinkError),
    Imported(String),
    ImportFailed(ImportError),
    ExampleLoaded,
    StorageFull,
    StorageUnavailable,
    StoredDataSetAside,
    /// A stored plan was saved by a newer version; it is left untouched.
    StoredPlanNewer,
    NewerInOtherTab,
    UpdatedFromOtherTab,
    Copied,
    CopyFailed,
    /// An activity or role was deleted; Undo puts it back.
    RaciRemoved(String, Removed),
    /// A goal (and the goals under it) was deleted; Undo puts them back.
    GoalsRemoved(String, Vec<(usize, GoalNode)>),
    /// The matrix was replaced from CSV; Undo puts the previous one back.
    MatrixImported(Box<RolesRound>),
    /// Round 4 changed in one go; Undo puts the previous round back.
    IntegrationChanged(IntegrationChange, Box<IntegrationRound>),
    CsvFailed(CsvError),
    /// A returned copy was merged: changes taken, conflicts settled.
    Merged {
        taken: usize,
        settled: usize,
    },
    /// A new build of the app took over; it opens at the next load.
    UpdateReady,
    /// A returned copy says exactly what the plan says.
    SameAsOurs(String),
    /// An edit was not made: the plan would have broken these rules.
    EditRefused(Vec<Problem>),
    /// A plan opened with values that broke a rule, repaired; for a stored plan, its
    /// original text is kept aside (under the plan's id) until the notice is dismissed.
    Repaired {
        title: String,
        repairs: Vec<Repair>,
        /// Each repair's round, item and field, read from the repaired plan.
        places: Vec<Place>,
        original_of: Option<String>,
    },
}

impl Notice {
    /// The notice for a plan that opened repaired, with each repair's place in words.
    pub fn repaired(plan: &Plan, repairs: Vec<Repair>, original_of: Option<String>) -> Notice {
        let paths: Vec<&str> = repairs.iter().map(|r| r.problem.path.as_str()).collect();
        Notice::Repaired {
            title: plan.title.clone(),
            places: six_rounds_plan::format::places(plan, &paths),
            repairs,
            original_of,
        }
    }

    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            Notice::LinkFailed(_)
                | Notice::ImportFailed(_)
                | Notice::StorageFull
                | Notice::StorageUnavailable
                | Notice::StoredDataSetAside
                | Notice::StoredPlanNewer
                | Notice::NewerInOtherTab
                | Notice::CopyFailed
                | Notice::CsvFailed(_)
                | Notice::EditRefused(_)
                | Notice::Repaired { .. }
        )
    }
}

/// Bookkeeping for saving the open plan; not shown, so not reactive.
#[derive(Default)]
pub struct Session {
    /// The stored revision this tab's plan is based on.
    pub base_rev: u64,
    /// Edits made since the last successful save.
    pub dirty: bool,
    /// The open plan's deals as storage holds them; while the plan still shares them, a save
    /// leaves them alone.
    pub stored_deals: Option<Arc<Vec<Deal>>>,
    /// Plans that could not be written, kept so that nothing is lost.
    pub unsaved: HashMap<String, Plan>,
    pub timer: Option<TimeoutHandle>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub plan: RwSignal<Plan>,
    pub plan_id: RwSignal<String>,
    pub library: RwSignal<LibraryIndex>,
    pub notices: RwSignal<Vec<(u32, Notice)>>,
    pub save_status: RwSignal<SaveStatus>,
    /// Every open finding of the plan, from the rounds' own checks, once per edit.
    pub findings: Memo<Vec<PlanFinding>>,
    /// Each round's progress, computed once per edit for every view that shows it.
    pub progress: Memo<[Progress; 6]>,
    /// (id, name) of round 1's roles, for every owner picker and every RACI cell's label
    /// (500 goals need not each follow the whole plan).
    pub role_names: Memo<Vec<(String, String)>>,
    pub session: StoredValue<Session, LocalStorage>,
    pub history: StoredValue<History, LocalStorage>,
    /// How many steps can be undone and redone, for the buttons.
    pub history_len: RwSignal<(usize, usize)>,
    /// Facilitator mode: large type, one round at a time, the round's clock and notes.
    pub facilitating: RwSignal<bool>,
    /// Each round's countdown, for this session.
    pub clocks: RwSignal<[RoundClock; 6]>,
    /// The time the clocks show (ms); it ticks while a clock runs.
    pub now_ms: RwSignal<f64>,
    /// A returned copy waiting on the merge page.
    pub incoming: RwSignal<Option<Incoming>>,
    /// The control to focus once the next route is shown (a finding's "fix it" link).
    pub focus_after_route: StoredValue<Option<String>>,
    next_notice: StoredValue<u32>,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        let plan = RwSignal::new(Plan::new("", lang, clock::now()));
        let findings = Memo::new(move |_| plan.with(|plan| findings(plan, clock::today())));
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::Round(Round::Roles)),
            plan,
            findings,
            progress: Memo::new(move |_| {
                findings.with(|findings| plan.with(|plan| all_progress(plan, findings)))
            }),
            role_names: Memo::new(move |_| {
                plan.with(|plan| {
                    plan.roles
                        .roles
                        .iter()
                        .map(|role| (role.id.clone(), role.name.clone()))
                        .collect()
                })
            }),
            plan_id: RwSignal::new(String::new()),
            library: RwSignal::new(LibraryIndex::default()),
            notices: RwSignal::new(Vec::new()),
            save_status: RwSignal::new(SaveStatus::Saved),
            session: StoredValue::new_local(Session::default()),
            history: StoredValue::new_local(History::default()),
            history_len: RwSignal::new((0, 0)),
            focus_after_route: StoredValue::new(None),
            incoming: RwSignal::new(None),
            facilitating: RwSignal::new(false),
            clocks: RwSignal::new(Default::default()),
            now_ms: RwSignal::new(js_sys::Date::now()),
            next_notice: StoredValue::new(0),
        }
    }

    /// The name of the role with this id (empty when there is none), tracked.
    pub fn role_name(&self, id: &str) -> String {
        self.role_names.with(|names| {
            names
                .iter()
                .find(|(role, _)| role == id)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        })
    }

    /// Applies a user's edit to the open plan; the session saves it ~300 ms later. An edit that would
    /// leave a plan the loader refuses is not made: the plan stays as it was, nothing is
    /// saved, and a notice says which rule it broke.
    pub fn edit(&self, change: impl FnOnce(&mut Plan)) {
        let mut next = self.plan.get_untracked();
        change(&mut next);
        next.updated = clock::now().max(next.created);
        let problems = validate(&next);
        if !problems.is_empty() {
            self.notify(Notice::EditRefused(problems));
            return;
        }
        let now = js_sys::Date::now();
        self.plan
            .with_untracked(|plan| self.history.update_value(|h| h.before_edit(plan, now)));
        self.history_len.set(self.history.with_value(|h| h.steps()));
        self.mark_edited();
        self.plan.set(next);
    }

    /// The open plan is about to change by the user's hand (an edit, an undo, a merge): the
    /// session's effect saves it once the plan has changed.
    pub fn mark_edited(&self) {
        self.session.update_value(|session| session.dirty = true);
        self.save_status.set(SaveStatus::Pending);
    }

    /// An edit that is one undo step of its own, however soon after another it comes (a
    /// merge): Undo takes back exactly it.
    pub fn edit_as_one_step(&self, change: impl FnOnce(&mut Plan)) {
        self.history.update_value(History::end_step);
        self.edit(change);
        self.history.update_value(History::end_step);
    }

    /// Shows a notice, replacing an older one of the same kind.
    pub fn notify(&self, notice: Notice) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|notices| {
            notices
                .retain(|(_, old)| std::mem::discriminant(old) != std::mem::discriminant(&notice));
            notices.push((id, notice));
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|(other, _)| *other != id));
    }
}
