//! One list of what is still open in the plan, round by round. Each round's detailed rules
//! stay in that round's module; this file only gathers their results and adds the few
//! "not decided yet" gaps that make a round incomplete.

use chrono::NaiveDate;

use crate::goals::reverse_funnel;
use crate::integration::{self, stages_to_map};
use crate::model::Round;
use crate::model::{Plan, Side};
use crate::proposals::pending;
use crate::raci;
use crate::sla::{sign_off_state, terms, SignOffState};

use super::Severity;

/// Something the plan leaves open; ids refer to the items in the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// Round 1 lists no activity.
    NoActivities,
    /// A finding of the RACI matrix's own checks.
    Roles(raci::Finding),
    /// Round 2 scores no criterion, so an MQL is not defined.
    NoCriteria,
    NoMqlThreshold,
    NoSqlThreshold,
    /// Nobody on the sales side accepts a handed-over lead.
    NoAcceptor,
    /// Round 3 has no goal.
    NoGoals,
    NoRevenueGoal,
    /// A goal nobody owns (goal id).
    GoalWithoutOwner(String),
    /// Round 4 lists no system.
    NoSystems,
    NoAttributionModel,
    /// A finding of the integration's own checks.
    Integration(integration::Finding),
    /// Marketing has not committed to a number of MQLs a month.
    NoMqlCommitment,
    /// A leader has not signed the SLA.
    Unsigned(Side),
    /// A leader signed other numbers than today's.
    StaleSignOff(Side),
    /// The funnel needs more reps than the team has.
    TooFewReps {
        needed: f64,
        reps: u32,
    },
    /// Round 6 has no first meeting date.
    NoMeetingDate,
    NoAttendees,
    NoActions,
    /// An open action item due before today (action id).
    ActionOverdue(String),
    /// An open action item nobody owns (action id).
    ActionWithoutOwner(String),
    /// Both sides proposed this round and the two are not merged yet.
    TwoProposals,
    /// One side's proposal for this round waits to be taken or dropped.
    ProposalWaiting(Side),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanFinding {
    pub round: Round,
    pub severity: Severity,
    pub issue: Issue,
}

impl Issue {
    /// Blocking issues keep their round from being complete.
    pub fn severity(&self) -> Severity {
        match self {
            Issue::Roles(finding) => finding.severity(),
            Issue::NoActivities
            | Issue::NoCriteria
            | Issue::NoMqlThreshold
            | Issue::NoSqlThreshold
            | Issue::NoGoals
            | Issue::NoRevenueGoal
            | Issue::NoSystems
            | Issue::NoAttributionModel
            | Issue::NoMqlCommitment
            | Issue::Unsigned(_)
            | Issue::StaleSignOff(_)
            | Issue::NoMeetingDate
            | Issue::NoAttendees
            | Issue::NoActions
            | Issue::TwoProposals => Severity::Blocking,
            Issue::NoAcceptor
            | Issue::GoalWithoutOwner(_)
            | Issue::Integration(_)
            | Issue::TooFewReps { .. }
            | Issue::ActionOverdue(_)
            | Issue::ActionWithoutOwner(_)
            | Issue::ProposalWaiting(_) => Severity::Warning,
        }
    }
}

/// Every open finding of the plan, round by round, blocking ones first within a round.
pub fn findings(plan: &Plan, today: NaiveDate) -> Vec<PlanFinding> {
    Round::ALL
        .iter()
        .flat_map(|round| round_findings(plan, *round, today))
        .collect()
}

/// The open findings of one round, blocking ones first.
pub fn round_findings(plan: &Plan, round: Round, today: NaiveDate) -> Vec<PlanFinding> {
    let mut issues = match round {
        Round::Roles => roles(plan),
        Round::Lead => lead(plan),
        Round::Goals => goals(plan),
        Round::Integration => integration_issues(plan),
        Round::Sla => sla(plan),
        Round::Cadence => cadence(plan, today),
    };
    issues.extend(proposal_issues(plan, round));
    issues.sort_by_key(Issue::severity);
    issues
        .into_iter()
        .map(|issue| PlanFinding {
            round,
            severity: issue.severity(),
            issue,
        })
        .collect()
}

/// Proposals for the round still apart: two to merge, or one to take or drop.
fn proposal_issues(plan: &Plan, round: Round) -> Vec<Issue> {
    match pending(plan).into_iter().find(|p| p.round == round) {
        Some(waiting) if waiting.both() => vec![Issue::TwoProposals],
        Some(waiting) => waiting
            .sides
            .into_iter()
            .map(Issue::ProposalWaiting)
            .collect(),
        None => Vec::new(),
    }
}

fn roles(plan: &Plan) -> Vec<Issue> {
    if plan.roles.activities.is_empty() {
        return vec![Issue::NoActivities];
    }
    raci::check(&plan.roles)
        .into_iter()
        .map(Issue::Roles)
        .collect()
}

fn lead(plan: &Plan) -> Vec<Issue> {
    let lead = &plan.lead;
    let mut issues = Vec::new();
    if lead.criteria.is_empty() {
        issues.push(Issue::NoCriteria);
    }
    if lead.mql_threshold.is_none() {
        issues.push(Issue::NoMqlThreshold);
    }
    if lead.sql_threshold.is_none() {
        issues.push(Issue::NoSqlThreshold);
    }
    if lead.handoff.acceptor.is_none() {
        issues.push(Issue::NoAcceptor);
    }
    issues
}

fn goals(plan: &Plan) -> Vec<Issue> {
    let goals = &plan.goals;
    let mut issues = Vec::new();
    if goals.nodes.is_empty() {
        issues.push(Issue::NoGoals);
    }
    if goals.funnel.revenue_goal.is_none() {
        issues.push(Issue::NoRevenueGoal);
    }
    issues.extend(
        goals
            .nodes
            .iter()
            .filter(|goal| goal.owner.is_none())
            .map(|goal| Issue::GoalWithoutOwner(goal.id.clone())),
    );
    issues
}

fn integration_issues(plan: &Plan) -> Vec<Issue> {
    let round = &plan.integration;
    let mut issues = Vec::new();
    if round.systems.is_empty() {
        issues.push(Issue::NoSystems);
    }
    if round.model.is_none() {
        issues.push(Issue::NoAttributionModel);
    }
    let stages = stages_to_map(&plan.lead);
    issues.extend(
        integration::check(round, &stages)
            .into_iter()
            .map(Issue::Integration),
    );
    issues
}

fn sla(plan: &Plan) -> Vec<Issue> {
    let sla = &plan.sla;
    let mut issues = Vec::new();
    if sla.commitments.mqls_per_month.is_none() {
        issues.push(Issue::NoMqlCommitment);
    }
    let current = terms(plan);
    let agreement = &sla.agreement;
    for (side, sign_off) in [
        (Side::Marketing, agreement.marketing_signoff.as_ref()),
        (Side::Sales, agreement.sales_signoff.as_ref()),
    ] {
        match sign_off_state(sign_off, &current) {
            SignOffState::Unsigned => issues.push(Issue::Unsigned(side)),
            SignOffState::Stale => issues.push(Issue::StaleSignOff(side)),
            SignOffState::Signed => {}
        }
    }
    if let Ok(funnel) = reverse_funnel(&plan.goals.funnel) {
        if funnel.over_capacity {
            issues.push(Issue::TooFewReps {
                needed: funnel.reps_needed,
                reps: plan.goals.funnel.reps,
            });
        }
    }
    issues
}

fn cadence(plan: &Plan, today: NaiveDate) -> Vec<Issue> {
    let cadence = &plan.cadence;
    let mut issues = Vec::new();
    if cadence.meeting.starts.is_none() {
        issues.push(Issue::NoMeetingDate);
    }
    if cadence.meeting.attendees.is_empty() {
        issues.push(Issue::NoAttendees);
    }
    if cadence.actions.is_empty() {
        issues.push(Issue::NoActions);
    }
    for action in cadence.actions.iter().filter(|action| !action.done) {
        if action.is_overdue(today) {
            issues.push(Issue::ActionOverdue(action.id.clone()));
        }
        if action.owner.is_none() {
            issues.push(Issue::ActionWithoutOwner(action.id.clone()));
        }
    }
    issues
}
