//! How far each round has got: nothing yet, started, or complete.

use crate::model::Plan;
use crate::raci::{self, Severity};

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

impl Progress {
    fn of(started: bool, complete: bool) -> Progress {
        match (started, complete) {
            (_, true) => Progress::Complete,
            (true, false) => Progress::Started,
            (false, false) => Progress::Empty,
        }
    }
}

/// The progress of one round of `plan`.
pub fn progress(plan: &Plan, round: Round) -> Progress {
    match round {
        Round::Roles => {
            let started = !plan.roles.activities.is_empty();
            let blocked = raci::check(&plan.roles)
                .iter()
                .any(|finding| finding.severity() == Severity::Blocking);
            Progress::of(started, started && !blocked)
        }
        Round::Lead => {
            let lead = &plan.lead;
            let thresholds = lead.mql_threshold.is_some() && lead.sql_threshold.is_some();
            Progress::of(
                !lead.criteria.is_empty() || thresholds,
                !lead.criteria.is_empty() && thresholds,
            )
        }
        Round::Goals => {
            let goals = &plan.goals;
            let revenue = goals.funnel.revenue_goal.is_some();
            Progress::of(
                !goals.nodes.is_empty() || revenue,
                !goals.nodes.is_empty() && revenue,
            )
        }
        Round::Integration => {
            let integration = &plan.integration;
            let used = !integration.systems.is_empty()
                || !integration.campaigns.is_empty()
                || !integration.deals.is_empty();
            Progress::of(
                used,
                !integration.systems.is_empty() && integration.model.is_some(),
            )
        }
        Round::Sla => {
            let sla = &plan.sla;
            let signed =
                sla.agreement.marketing_signoff.is_some() && sla.agreement.sales_signoff.is_some();
            let committed = sla.commitments.mqls_per_month.is_some();
            Progress::of(committed || signed, committed && signed)
        }
        Round::Cadence => {
            let cadence = &plan.cadence;
            let scheduled =
                cadence.meeting.starts.is_some() && !cadence.meeting.attendees.is_empty();
            Progress::of(
                scheduled || !cadence.actions.is_empty(),
                scheduled && !cadence.actions.is_empty(),
            )
        }
    }
}
