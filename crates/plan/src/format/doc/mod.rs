//! The current schema (2) of the plan document: the serializable mirror of the model, and
//! the conversions. Schema 1 differs only in having no `id` and `origin`; `migrate` lifts it.
//!
//! Field names are readable words; values equal to their default are left out, so files
//! stay readable and links stay short.

mod cadence;
mod goals;
mod integration;
mod lead;
mod proposal;
mod roles;
mod sla;
mod workshop;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::code;
use crate::model::{self as m, Lang};
pub use cadence::CadenceDoc;
pub use goals::GoalsDoc;
pub use integration::{deal_docs, DealDoc, IntegrationDoc};
pub use lead::LeadDoc;
pub use proposal::ProposalDoc;
pub use roles::RolesDoc;
pub use sla::SlaDoc;
pub use workshop::WorkshopDoc;

fn is_false(value: &bool) -> bool {
    !value
}

/// Where this copy came from: `{"plan": "<id>", "digest": "<16 hex digits>"}`.
#[derive(Serialize, Deserialize)]
pub struct OriginDoc {
    pub plan: String,
    pub digest: String,
}

#[derive(Serialize, Deserialize)]
pub struct PlanDoc {
    pub format: String,
    pub schema: u32,
    /// The plan's stable id, the same in every copy.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<OriginDoc>,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub facilitator: String,
    #[serde(with = "code")]
    pub language: Lang,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default)]
    pub roles: RolesDoc,
    #[serde(default)]
    pub lead: LeadDoc,
    #[serde(default)]
    pub goals: GoalsDoc,
    #[serde(default)]
    pub integration: IntegrationDoc,
    #[serde(default)]
    pub sla: SlaDoc,
    #[serde(default)]
    pub cadence: CadenceDoc,
    #[serde(default, skip_serializing_if = "WorkshopDoc::is_default")]
    pub workshop: WorkshopDoc,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<ProposalDoc>,
}

impl PlanDoc {
    pub fn from_plan(plan: &m::Plan) -> Self {
        PlanDoc {
            integration: IntegrationDoc::from(&plan.integration),
            ..PlanDoc::without_deals(plan)
        }
    }

    /// The document with `integration.deals` left out.
    pub fn without_deals(plan: &m::Plan) -> Self {
        PlanDoc {
            format: super::FORMAT.to_string(),
            schema: super::CURRENT_SCHEMA,
            id: plan.id.clone(),
            origin: plan.origin.as_ref().map(|origin| OriginDoc {
                plan: origin.plan.clone(),
                digest: origin.digest.clone(),
            }),
            title: plan.title.clone(),
            organisation: plan.organisation.clone(),
            facilitator: plan.facilitator.clone(),
            language: plan.language,
            created: plan.created,
            updated: plan.updated,
            roles: RolesDoc::from(&plan.roles),
            lead: LeadDoc::from(&plan.lead),
            goals: GoalsDoc::from(&plan.goals),
            integration: IntegrationDoc::without_deals(&plan.integration),
            sla: SlaDoc::from(&plan.sla),
            cadence: CadenceDoc::from(&plan.cadence),
            workshop: WorkshopDoc::from(&plan.workshop),
            proposals: plan.proposals.iter().map(ProposalDoc::from).collect(),
        }
    }

    pub fn into_plan(self) -> m::Plan {
        m::Plan {
            id: self.id,
            origin: self.origin.map(|origin| m::Origin {
                plan: origin.plan,
                digest: origin.digest,
            }),
            title: self.title,
            organisation: self.organisation,
            facilitator: self.facilitator,
            language: self.language,
            created: self.created,
            updated: self.updated,
            roles: self.roles.into(),
            lead: self.lead.into(),
            goals: self.goals.into(),
            integration: self.integration.into(),
            sla: self.sla.into(),
            cadence: self.cadence.into(),
            workshop: self.workshop.into(),
            proposals: self.proposals.into_iter().map(Into::into).collect(),
        }
    }
}
