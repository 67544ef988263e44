//! The DOM id of every control a finding points at, one function or constant per control:
//! the control takes its id from here, and so does every link that takes the user to it
//! (the Decision's "fix it", a round's "show me", a focus after adding a row).

use six_rounds_plan::integration::{self, StatusSystem};
use six_rounds_plan::model::{Coded, Lifecycle, Side};
use six_rounds_plan::raci;
use six_rounds_plan::review::Issue;

/// The page's main region.
pub const MAIN_CONTENT: &str = "main-content";

/// The name field of a role of round 1.
pub fn role_name(role: &str) -> String {
    format!("role-name-{role}")
}

/// The name field of an activity of round 1.
pub fn activity_name(activity: &str) -> String {
    format!("activity-name-{activity}")
}

/// Round 1's field for a new activity's name.
pub const NEW_ACTIVITY_NAME: &str = "add-activity-name";
/// Round 2's criteria, by their heading.
pub const CRITERIA_HEADING: &str = "criteria-heading";
pub const MQL_THRESHOLD: &str = "mql-threshold";
pub const SQL_THRESHOLD: &str = "sql-threshold";
/// Who accepts a lead handed to sales (round 2).
pub const HANDOFF_ACCEPTOR: &str = "handoff-acceptor";
/// Round 3's goal tree, by its heading.
pub const GOAL_TREE_HEADING: &str = "tree-heading";

/// The owner picker of a goal.
pub fn goal_owner(goal: &str) -> String {
    format!("goal-owner-{goal}")
}

/// The reverse funnel's inputs in round 3 and in the SLA calculator of round 5.
#[derive(Clone, Copy)]
pub enum FunnelGrid {
    Goals,
    Sla,
}

/// The funnel input of the revenue goal, and of the number of reps.
pub const FUNNEL_REVENUE: &str = "revenue";
pub const FUNNEL_REPS: &str = "reps";

/// One input of a funnel grid (`input` as the grid names it: "revenue", "reps", …).
pub fn funnel_input(grid: FunnelGrid, input: &str) -> String {
    let prefix = match grid {
        FunnelGrid::Goals => "funnel",
        FunnelGrid::Sla => "sla",
    };
    format!("{prefix}-{input}")
}

/// Round 4's systems, by their heading.
pub const SYSTEMS_HEADING: &str = "systems-heading";
pub const AGREED_MODEL: &str = "agreed-model";
/// The stage-to-status table, by its heading.
pub const STAGE_MAP_HEADING: &str = "stage-map-heading";

/// The owner picker of a system.
pub fn system_owner(system: &str) -> String {
    format!("system-owner-{system}")
}

/// A control of one row of the field maps.
#[derive(Clone, Copy)]
pub enum MapControl {
    FromSystem,
    FromField,
    ToSystem,
    ToField,
    Record,
    Direction,
    Required,
    Note,
}

/// That control of the field map `map`.
pub fn map_control(map: &str, control: MapControl) -> String {
    let which = match control {
        MapControl::FromSystem => "from-system",
        MapControl::FromField => "from-field",
        MapControl::ToSystem => "to-system",
        MapControl::ToField => "to-field",
        MapControl::Record => "record",
        MapControl::Direction => "direction",
        MapControl::Required => "required",
        MapControl::Note => "note",
    };
    format!("map-{which}-{map}")
}

/// The status a stage has in one system.
pub fn stage_status(stage: Lifecycle, system: StatusSystem) -> String {
    let which = match system {
        StatusSystem::Automation => "automation",
        StatusSystem::Crm => "crm",
    };
    format!("stage-{which}-{}", stage.code())
}

/// Round 5's monthly MQL commitment.
pub const MQL_COMMITMENT: &str = "commit-mqls";

/// The signer's name field of one side's sign-off.
pub fn signoff_name(side: Side) -> String {
    let side = match side {
        Side::Marketing => "marketing",
        Side::Sales | Side::Shared => "sales",
    };
    format!("signoff-name-{side}")
}

/// Round 6's first meeting date.
pub const MEETING_STARTS: &str = "meeting-starts";
/// Round 6's meeting, by its heading.
pub const MEETING_HEADING: &str = "meeting-heading";
/// Round 6's action items, by their heading.
pub const ACTIONS_HEADING: &str = "actions-heading";

/// The due date of an action item.
pub fn action_due(action: &str) -> String {
    format!("action-due-{action}")
}

/// The owner picker of an action item.
pub fn action_owner(action: &str) -> String {
    format!("action-owner-{action}")
}

/// The control that settles a finding of the RACI matrix.
pub fn raci_target(finding: &raci::Finding) -> String {
    match finding {
        raci::Finding::Overloaded { role, .. } | raci::Finding::Unused { role } => role_name(role),
        other => activity_name(other.activity().unwrap_or_default()),
    }
}

fn integration_target(finding: &integration::Finding) -> String {
    use integration::Finding as F;
    match finding {
        F::SystemWithoutOwner(id) => system_owner(id),
        F::RequiredUnmapped(map) => map_control(map, MapControl::FromField),
        F::TwoWayWithoutRecord(map) | F::RecordOutsideMap(map) => {
            map_control(map, MapControl::Record)
        }
        F::SameSystem(map) => map_control(map, MapControl::ToSystem),
        F::FieldWrittenTwice { maps, .. } => {
            map_control(maps.first().map_or("", String::as_str), MapControl::ToField)
        }
        F::StageWithoutStatus(stage, system) => stage_status(*stage, *system),
        F::StatusShared { system, stages, .. } => stages.first().map_or_else(
            || STAGE_MAP_HEADING.to_string(),
            |stage| stage_status(*stage, *system),
        ),
    }
}

/// The control that settles an issue of the plan's review.
pub fn issue_target(issue: &Issue) -> String {
    match issue {
        Issue::NoActivities => NEW_ACTIVITY_NAME.into(),
        Issue::Roles(finding) => raci_target(finding),
        Issue::NoCriteria => CRITERIA_HEADING.into(),
        Issue::NoMqlThreshold => MQL_THRESHOLD.into(),
        Issue::NoSqlThreshold => SQL_THRESHOLD.into(),
        Issue::NoAcceptor => HANDOFF_ACCEPTOR.into(),
        Issue::NoGoals => GOAL_TREE_HEADING.into(),
        Issue::NoRevenueGoal => funnel_input(FunnelGrid::Goals, FUNNEL_REVENUE),
        Issue::GoalWithoutOwner(id) => goal_owner(id),
        Issue::NoSystems => SYSTEMS_HEADING.into(),
        Issue::NoAttributionModel => AGREED_MODEL.into(),
        Issue::Integration(finding) => integration_target(finding),
        Issue::NoMqlCommitment => MQL_COMMITMENT.into(),
        Issue::Unsigned(side) | Issue::StaleSignOff(side) => signoff_name(*side),
        Issue::TooFewReps { .. } => funnel_input(FunnelGrid::Sla, FUNNEL_REPS),
        Issue::NoMeetingDate => MEETING_STARTS.into(),
        Issue::NoAttendees => MEETING_HEADING.into(),
        Issue::NoActions => ACTIONS_HEADING.into(),
        Issue::ActionOverdue(id) => action_due(id),
        Issue::ActionWithoutOwner(id) => action_owner(id),
        // Proposals are settled on the round's page as a whole.
        Issue::TwoProposals | Issue::ProposalWaiting(_) => MAIN_CONTENT.into(),
    }
}
