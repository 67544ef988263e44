//! The whole plan: its header fields and one section per round.

use chrono::{DateTime, Utc};

use super::{
    CadenceRound, GoalsRound, IntegrationRound, Lang, LeadRound, RolesRound, SlaRound, Workshop,
};

/// One workshop plan: everything the six rounds decide.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub title: String,
    pub organisation: String,
    pub facilitator: String,
    pub language: Lang,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub roles: RolesRound,
    pub lead: LeadRound,
    pub goals: GoalsRound,
    pub integration: IntegrationRound,
    pub sla: SlaRound,
    pub cadence: CadenceRound,
    /// The facilitator's notes from running the workshop.
    pub workshop: Workshop,
}

impl Plan {
    /// A new plan with the usual five roles and nothing decided yet.
    pub fn new(title: &str, language: Lang, now: DateTime<Utc>) -> Self {
        Plan {
            title: title.to_owned(),
            organisation: String::new(),
            facilitator: String::new(),
            language,
            created: now,
            updated: now,
            roles: RolesRound::with_default_roles(language),
            lead: LeadRound::default(),
            goals: GoalsRound::default(),
            integration: IntegrationRound::default(),
            sla: SlaRound::default(),
            cadence: CadenceRound::default(),
            workshop: Workshop::default(),
        }
    }
}
