//! A side's proposal for a round in the document: `{"id": "marketing-lead", "side":
//! "marketing", "lead": {…}}`, the round's content under its section's own name and in its
//! own shape, so its JSON paths read like the plan's (`proposals[0].lead.criteria[1].value`).

use serde::{Deserialize, Serialize};

use super::super::code;
use super::{CadenceDoc, GoalsDoc, IntegrationDoc, LeadDoc, RolesDoc, SlaDoc};
use crate::model as m;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentDoc {
    Roles(RolesDoc),
    Lead(LeadDoc),
    Goals(GoalsDoc),
    Integration(IntegrationDoc),
    Sla(SlaDoc),
    Cadence(CadenceDoc),
}

#[derive(Serialize, Deserialize)]
pub struct ProposalDoc {
    /// `<side>-<section>`, written for the merge to match a side's proposal for a round
    /// across copies; read from the side and the section, never from here.
    #[serde(default)]
    pub id: String,
    #[serde(with = "code")]
    pub side: m::Side,
    #[serde(flatten)]
    pub content: ContentDoc,
}

impl From<&m::Proposal> for ProposalDoc {
    fn from(proposal: &m::Proposal) -> Self {
        use m::RoundContent as C;
        ProposalDoc {
            id: proposal.key(),
            side: proposal.side,
            content: match &proposal.content {
                C::Roles(round) => ContentDoc::Roles(round.into()),
                C::Lead(round) => ContentDoc::Lead(round.into()),
                C::Goals(round) => ContentDoc::Goals(round.into()),
                C::Integration(round) => ContentDoc::Integration(round.into()),
                C::Sla(round) => ContentDoc::Sla(round.into()),
                C::Cadence(round) => ContentDoc::Cadence(round.into()),
            },
        }
    }
}

impl From<ProposalDoc> for m::Proposal {
    fn from(doc: ProposalDoc) -> Self {
        use m::RoundContent as C;
        m::Proposal {
            side: doc.side,
            content: match doc.content {
                ContentDoc::Roles(round) => C::Roles(round.into()),
                ContentDoc::Lead(round) => C::Lead(round.into()),
                ContentDoc::Goals(round) => C::Goals(round.into()),
                ContentDoc::Integration(round) => C::Integration(round.into()),
                ContentDoc::Sla(round) => C::Sla(round.into()),
                ContentDoc::Cadence(round) => C::Cadence(round.into()),
            },
        }
    }
}
