//! A side's proposal for one round: what marketing or sales would put in that round, kept
//! beside the plan until the room takes it, merges it with the other side's, or drops it.

use super::{
    CadenceRound, Coded, GoalsRound, IntegrationRound, LeadRound, Plan, RolesRound, Round, Side,
    SlaRound,
};

/// One round's whole content.
#[derive(Debug, Clone, PartialEq)]
pub enum RoundContent {
    Roles(RolesRound),
    Lead(LeadRound),
    Goals(GoalsRound),
    Integration(IntegrationRound),
    Sla(SlaRound),
    Cadence(CadenceRound),
}

impl RoundContent {
    /// What `plan` holds in `round` now.
    pub fn of(plan: &Plan, round: Round) -> RoundContent {
        match round {
            Round::Roles => RoundContent::Roles(plan.roles.clone()),
            Round::Lead => RoundContent::Lead(plan.lead.clone()),
            Round::Goals => RoundContent::Goals(plan.goals.clone()),
            Round::Integration => RoundContent::Integration(plan.integration.clone()),
            Round::Sla => RoundContent::Sla(plan.sla.clone()),
            Round::Cadence => RoundContent::Cadence(plan.cadence.clone()),
        }
    }

    pub fn round(&self) -> Round {
        match self {
            RoundContent::Roles(_) => Round::Roles,
            RoundContent::Lead(_) => Round::Lead,
            RoundContent::Goals(_) => Round::Goals,
            RoundContent::Integration(_) => Round::Integration,
            RoundContent::Sla(_) => Round::Sla,
            RoundContent::Cadence(_) => Round::Cadence,
        }
    }

    /// Puts this content in its round of `plan`, in place of what was there.
    pub fn put_into(self, plan: &mut Plan) {
        match self {
            RoundContent::Roles(round) => plan.roles = round,
            RoundContent::Lead(round) => plan.lead = round,
            RoundContent::Goals(round) => plan.goals = round,
            RoundContent::Integration(round) => plan.integration = round,
            RoundContent::Sla(round) => plan.sla = round,
            RoundContent::Cadence(round) => plan.cadence = round,
        }
    }
}

/// What one side proposes for one round.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Marketing or sales (the validator refuses "shared").
    pub side: Side,
    pub content: RoundContent,
}

impl Proposal {
    pub fn round(&self) -> Round {
        self.content.round()
    }

    /// `marketing-lead`: which side, which round; one proposal per key in a plan.
    pub fn key(&self) -> String {
        format!("{}-{}", self.side.code(), self.round().section())
    }
}
