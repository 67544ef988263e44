//! Where each finding is fixed: the id of the control that fixes it, so a finding can take
//! the user there.

use six_rounds_plan::integration::{self, StatusSystem};
use six_rounds_plan::model::{Coded, Lifecycle, Side};
use six_rounds_plan::raci;
use six_rounds_plan::review::Issue;

/// The control that settles a finding of the RACI matrix.
pub fn raci_target(finding: &raci::Finding) -> String {
    match finding {
        raci::Finding::Overloaded { role, .. } | raci::Finding::Unused { role } => {
            format!("role-name-{role}")
        }
        other => format!("activity-name-{}", other.activity().unwrap_or_default()),
    }
}

fn stage_status_target(stage: Lifecycle, system: StatusSystem) -> String {
    let which = match system {
        StatusSystem::Automation => "automation",
        StatusSystem::Crm => "crm",
    };
    format!("stage-{which}-{}", stage.code())
}

fn integration_target(finding: &integration::Finding) -> String {
    use integration::Finding as F;
    match finding {
        F::SystemWithoutOwner(id) => format!("system-owner-{id}"),
        F::RequiredUnmapped(map) => format!("map-from-field-{map}"),
        F::TwoWayWithoutRecord(map) | F::RecordOutsideMap(map) => format!("map-record-{map}"),
        F::SameSystem(map) => format!("map-to-system-{map}"),
        F::FieldWrittenTwice { maps, .. } => {
            format!("map-to-field-{}", maps.first().map_or("", String::as_str))
        }
        F::StageWithoutStatus(stage, system) => stage_status_target(*stage, *system),
        F::StatusShared { system, stages, .. } => stages.first().map_or_else(
            || "stage-map-heading".to_string(),
            |stage| stage_status_target(*stage, *system),
        ),
    }
}

/// The control that settles an issue of the plan's review.
pub fn issue_target(issue: &Issue) -> String {
    let side = |side: &Side| match side {
        Side::Marketing => "marketing",
        Side::Sales | Side::Shared => "sales",
    };
    match issue {
        Issue::NoActivities => "add-activity-name".into(),
        Issue::Roles(finding) => raci_target(finding),
        Issue::NoCriteria => "criteria-heading".into(),
        Issue::NoMqlThreshold => "mql-threshold".into(),
        Issue::NoSqlThreshold => "sql-threshold".into(),
        Issue::NoAcceptor => "handoff-acceptor".into(),
        Issue::NoGoals => "tree-heading".into(),
        Issue::NoRevenueGoal => "funnel-revenue".into(),
        Issue::GoalWithoutOwner(id) => format!("goal-owner-{id}"),
        Issue::NoSystems => "systems-heading".into(),
        Issue::NoAttributionModel => "agreed-model".into(),
        Issue::Integration(finding) => integration_target(finding),
        Issue::NoMqlCommitment => "commit-mqls".into(),
        Issue::Unsigned(s) | Issue::StaleSignOff(s) => format!("signoff-name-{}", side(s)),
        Issue::TooFewReps { .. } => "sla-reps".into(),
        Issue::NoMeetingDate => "meeting-starts".into(),
        Issue::NoAttendees => "meeting-heading".into(),
        Issue::NoActions => "actions-heading".into(),
        Issue::ActionOverdue(id) => format!("action-due-{id}"),
        Issue::ActionWithoutOwner(id) => format!("action-owner-{id}"),
    }
}
