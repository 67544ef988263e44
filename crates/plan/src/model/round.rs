//! The six rounds of the workshop, and whether a plan has begun each one.

use super::Plan;

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

    /// The name of the round's section: its field of `Plan` and its key in the document.
    pub fn section(self) -> &'static str {
        match self {
            Round::Roles => "roles",
            Round::Lead => "lead",
            Round::Goals => "goals",
            Round::Integration => "integration",
            Round::Sla => "sla",
            Round::Cadence => "cadence",
        }
    }
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
