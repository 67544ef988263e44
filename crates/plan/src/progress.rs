//! How far each round has got: nothing yet, started, or complete (started, with no blocking
//! finding left in the review).

use chrono::NaiveDate;

use crate::model::Plan;
use crate::review::{round_findings, PlanFinding, Severity};

/// The six rounds, in workshop order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Round {
    Roles,
    Lead,
    Goals,
    Integration,
    Sla,
    Cadence,
}

impl Round {
    pub const ALL: [Round; 6] = [
        Round::Roles,
        Round::Lead,
        Round::Goals,
        Round::Integration,
        Round::Sla,
        Round::Cadence,
    ];

    /// 1 to 6.
    pub fn number(self) -> usize {
        Round::ALL.iter().position(|r| *r == self).unwrap_or(0) + 1
    }

    pub fn from_number(number: usize) -> Option<Round> {
        Round::ALL.get(number.checked_sub(1)?).copied()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Empty,
    Started,
    Complete,
}

/// Whether anything is decided in the round yet.
pub fn started(plan: &Plan, round: Round) -> bool {
    match round {
        Round::Roles => !plan.roles.activities.is_empty(),
        Round::Lead => {
            let lead = &plan.lead;
            !lead.criteria.is_empty()
                || lead.mql_threshold.is_some()
                || lead.sql_threshold.is_some()
        }
        Round::Goals => !plan.goals.nodes.is_empty() || plan.goals.funnel.revenue_goal.is_some(),
        Round::Integration => {
            let integration = &plan.integration;
            !integration.systems.is_empty()
                || !integration.campaigns.is_empty()
                || !integration.deals.is_empty()
        }
        Round::Sla => {
            let sla = &plan.sla;
            sla.commitments.mqls_per_month.is_some()
                || sla.agreement.marketing_signoff.is_some()
                || sla.agreement.sales_signoff.is_some()
        }
        Round::Cadence => {
            let cadence = &plan.cadence;
            cadence.meeting.starts.is_some()
                || !cadence.meeting.attendees.is_empty()
                || !cadence.actions.is_empty()
        }
    }
}

/// The progress of one round of `plan` on `today`.
pub fn progress(plan: &Plan, round: Round, today: NaiveDate) -> Progress {
    progress_with(plan, round, &round_findings(plan, round, today))
}

/// Every round's progress, given the plan's findings (from `review::findings`).
pub fn all_progress(plan: &Plan, findings: &[PlanFinding]) -> [Progress; 6] {
    Round::ALL.map(|round| progress_with(plan, round, findings))
}

fn progress_with(plan: &Plan, round: Round, findings: &[PlanFinding]) -> Progress {
    let blocked = findings
        .iter()
        .any(|f| f.round == round && f.severity == Severity::Blocking);
    match (started(plan, round), blocked) {
        (false, _) => Progress::Empty,
        (true, true) => Progress::Started,
        (true, false) => Progress::Complete,
    }
}
