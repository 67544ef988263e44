//! The whole plan: its header fields and one section per round.

use chrono::{DateTime, Utc};

use super::{
    CadenceRound, GoalsRound, IntegrationRound, Lang, LeadRound, Proposal, RolesRound, SlaRound,
    Workshop,
};

/// Where a copy of a plan came from: the plan's id and the digest of the version that was
/// shared (`format::digest`), so a copy that comes back can be merged against that version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub plan: String,
    pub digest: String,
}

/// One workshop plan: everything the six rounds decide.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The plan's stable id: every copy of it, wherever it travels, keeps it.
    pub id: String,
    /// The shared version this copy started from, if it came as a link or file.
    pub origin: Option<Origin>,
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
    /// Each side's proposals for rounds, waiting to be taken or merged (one per side and
    /// round).
    pub proposals: Vec<Proposal>,
}

impl Plan {
    /// A new plan with the usual five roles and nothing decided yet.
    /// Its id comes from `now`; the app gives each new plan a random one (`lineage::new_id`).
    pub fn new(title: &str, language: Lang, now: DateTime<Utc>) -> Self {
        Plan {
            id: format!("p{:x}", now.timestamp_millis().max(0)),
            origin: None,
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
            proposals: Vec::new(),
        }
    }
}
