//! The review's findings in words, each naming the item it is about.

use six_rounds_plan::model::{Lang, Plan, Side};
use six_rounds_plan::review::Issue;

use super::{decimal, describe_finding, describe_integration_finding, fill, short_date, tr, Text};

/// One sentence: what is open and, where it helps, what to decide.
pub fn describe_issue(lang: Lang, plan: &Plan, issue: &Issue) -> String {
    let t = |key| tr(lang, key);
    let leader = |side: &Side| match side {
        Side::Marketing => t(Text::MarketingLeader),
        Side::Sales | Side::Shared => t(Text::SalesLeader),
    };
    let goal = |id: &str| {
        plan.goals
            .node(id)
            .map_or(id, |g| g.name.as_str())
            .to_string()
    };
    let action = |id: &str| {
        plan.cadence
            .actions
            .iter()
            .find(|a| a.id == id)
            .map(|a| (a.text.clone(), a.due))
    };
    match issue {
        Issue::NoActivities => t(Text::IssueNoActivities).to_string(),
        Issue::Roles(finding) => describe_finding(lang, &plan.roles, finding).0,
        Issue::NoCriteria => t(Text::IssueNoCriteria).to_string(),
        Issue::NoMqlThreshold => t(Text::IssueNoMqlThreshold).to_string(),
        Issue::NoSqlThreshold => t(Text::IssueNoSqlThreshold).to_string(),
        Issue::NoAcceptor => t(Text::IssueNoAcceptor).to_string(),
        Issue::NoGoals => t(Text::IssueNoGoals).to_string(),
        Issue::NoRevenueGoal => t(Text::IssueNoRevenueGoal).to_string(),
        Issue::GoalWithoutOwner(id) => fill(t(Text::IssueGoalWithoutOwner), &[&goal(id)]),
        Issue::NoSystems => t(Text::IssueNoSystems).to_string(),
        Issue::NoAttributionModel => t(Text::IssueNoAttributionModel).to_string(),
        Issue::Integration(finding) => {
            describe_integration_finding(lang, &plan.integration, finding)
        }
        Issue::NoMqlCommitment => t(Text::IssueNoMqlCommitment).to_string(),
        Issue::Unsigned(side) => fill(t(Text::IssueUnsigned), &[leader(side)]),
        Issue::StaleSignOff(side) => fill(t(Text::IssueStaleSignOff), &[leader(side)]),
        Issue::TooFewReps { needed, reps } => fill(
            t(Text::IssueTooFewReps),
            &[&decimal(lang, *needed, 1), &reps.to_string()],
        ),
        Issue::NoMeetingDate => t(Text::IssueNoMeetingDate).to_string(),
        Issue::NoAttendees => t(Text::IssueNoAttendees).to_string(),
        Issue::NoActions => t(Text::IssueNoActions).to_string(),
        Issue::ActionOverdue(id) => {
            let (text, due) = action(id).unwrap_or_default();
            let due = due.map(|d| short_date(lang, d)).unwrap_or_default();
            fill(t(Text::IssueActionOverdue), &[&text, &due])
        }
        Issue::ActionWithoutOwner(id) => {
            let (text, _) = action(id).unwrap_or_default();
            fill(t(Text::IssueActionWithoutOwner), &[&text])
        }
        Issue::TwoProposals => t(Text::IssueTwoProposals).to_string(),
        Issue::ProposalWaiting(side) => fill(t(Text::IssueProposalWaiting), &[leader(side)]),
    }
}
