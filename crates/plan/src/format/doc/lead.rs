//! Round 2 in schema 1: criteria, thresholds, stages and hand-off.

use serde::{Deserialize, Serialize};

use super::super::code;
use crate::model::{self as m};

#[derive(Serialize, Deserialize, Default)]
pub struct LeadDoc {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<CriterionDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit_cap: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_cap: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mql_threshold: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql_threshold: Option<i32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<StageRuleDoc>,
    #[serde(default)]
    pub handoff: HandoffDoc,
    #[serde(default, skip_serializing_if = "ProposalsDoc::is_empty")]
    pub proposals: ProposalsDoc,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sales_ready: Vec<String>,
}

#[derive(Serialize, Deserialize, Default, PartialEq)]
pub struct ProposalsDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketing_mql: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketing_sql: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_mql: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_sql: Option<i32>,
}

impl ProposalsDoc {
    fn is_empty(&self) -> bool {
        *self == ProposalsDoc::default()
    }
}

#[derive(Serialize, Deserialize)]
pub struct CriterionDoc {
    pub id: String,
    #[serde(with = "code")]
    pub group: m::CriterionGroup,
    pub field: String,
    #[serde(with = "code")]
    pub operator: m::Operator,
    #[serde(default)]
    pub value: String,
    pub points: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decay_days: Option<u32>,
}

#[derive(Serialize, Deserialize)]
pub struct StageRuleDoc {
    #[serde(with = "code")]
    pub stage: m::Lifecycle,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub entry: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct HandoffDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptor: Option<String>,
    pub accept_within_hours: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejection_reasons: Vec<String>,
    pub recycle_after_days: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reentry: String,
}

impl Default for HandoffDoc {
    fn default() -> Self {
        HandoffDoc::from(&m::Handoff::default())
    }
}

impl From<&m::Handoff> for HandoffDoc {
    fn from(handoff: &m::Handoff) -> Self {
        HandoffDoc {
            acceptor: handoff.acceptor.clone(),
            accept_within_hours: handoff.accept_within_hours,
            rejection_reasons: handoff.rejection_reasons.clone(),
            recycle_after_days: handoff.recycle_after_days,
            reentry: handoff.reentry.clone(),
        }
    }
}

impl From<&m::LeadRound> for LeadDoc {
    fn from(round: &m::LeadRound) -> Self {
        LeadDoc {
            criteria: round
                .criteria
                .iter()
                .map(|criterion| CriterionDoc {
                    id: criterion.id.clone(),
                    group: criterion.group,
                    field: criterion.field.clone(),
                    operator: criterion.operator,
                    value: criterion.value.clone(),
                    points: criterion.points,
                    decay_days: criterion.decay_days,
                })
                .collect(),
            fit_cap: round.fit_cap,
            engagement_cap: round.engagement_cap,
            mql_threshold: round.mql_threshold,
            sql_threshold: round.sql_threshold,
            stages: round
                .stages
                .iter()
                .map(|rule| StageRuleDoc {
                    stage: rule.stage,
                    entry: rule.entry.clone(),
                    owner: rule.owner.clone(),
                })
                .collect(),
            handoff: HandoffDoc::from(&round.handoff),
            proposals: ProposalsDoc {
                marketing_mql: round.proposals.marketing_mql,
                marketing_sql: round.proposals.marketing_sql,
                sales_mql: round.proposals.sales_mql,
                sales_sql: round.proposals.sales_sql,
            },
            sales_ready: round.sales_ready.clone(),
        }
    }
}

impl From<LeadDoc> for m::LeadRound {
    fn from(doc: LeadDoc) -> Self {
        m::LeadRound {
            criteria: doc
                .criteria
                .into_iter()
                .map(|criterion| m::Criterion {
                    id: criterion.id,
                    group: criterion.group,
                    field: criterion.field,
                    operator: criterion.operator,
                    value: criterion.value,
                    points: criterion.points,
                    decay_days: criterion.decay_days,
                })
                .collect(),
            fit_cap: doc.fit_cap,
            engagement_cap: doc.engagement_cap,
            mql_threshold: doc.mql_threshold,
            sql_threshold: doc.sql_threshold,
            stages: doc
                .stages
                .into_iter()
                .map(|rule| m::StageRule {
                    stage: rule.stage,
                    entry: rule.entry,
                    owner: rule.owner,
                })
                .collect(),
            handoff: m::Handoff {
                acceptor: doc.handoff.acceptor,
                accept_within_hours: doc.handoff.accept_within_hours,
                rejection_reasons: doc.handoff.rejection_reasons,
                recycle_after_days: doc.handoff.recycle_after_days,
                reentry: doc.handoff.reentry,
            },
            proposals: m::Proposals {
                marketing_mql: doc.proposals.marketing_mql,
                marketing_sql: doc.proposals.marketing_sql,
                sales_mql: doc.proposals.sales_mql,
                sales_sql: doc.proposals.sales_sql,
            },
            sales_ready: doc.sales_ready,
        }
    }
}
