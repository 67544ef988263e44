//! Round 5 in schema 1: commitments, actuals and the agreement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{self as m};

#[derive(Serialize, Deserialize, Default)]
pub struct SlaDoc {
    #[serde(default)]
    pub commitments: CommitmentsDoc,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actuals: Vec<MonthActualsDoc>,
    #[serde(default)]
    pub agreement: AgreementDoc,
}

#[derive(Serialize, Deserialize)]
pub struct CommitmentsDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mqls_per_month: Option<u32>,
    pub first_response_minutes: u32,
    pub attempts: u32,
    pub attempt_days: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deals_per_month: Option<u32>,
    pub mqls_per_rep: u32,
}

impl Default for CommitmentsDoc {
    fn default() -> Self {
        CommitmentsDoc::from(&m::Commitments::default())
    }
}

impl From<&m::Commitments> for CommitmentsDoc {
    fn from(commitments: &m::Commitments) -> Self {
        CommitmentsDoc {
            mqls_per_month: commitments.mqls_per_month,
            first_response_minutes: commitments.first_response_minutes,
            attempts: commitments.attempts,
            attempt_days: commitments.attempt_days,
            deals_per_month: commitments.deals_per_month,
            mqls_per_rep: commitments.mqls_per_rep,
        }
    }
}

#[derive(Serialize, Deserialize)]
pub struct MonthActualsDoc {
    pub month: NaiveDate,
    pub mqls_delivered: u32,
    pub accepted: u32,
    pub worked_within_sla: u32,
    pub closed: u32,
}

#[derive(Serialize, Deserialize)]
pub struct SignOffDoc {
    pub name: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub terms: String,
}

#[derive(Serialize, Deserialize, Default)]
pub struct AgreementDoc {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketing_signoff: Option<SignOffDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_signoff: Option<SignOffDoc>,
}

fn sign_off_doc(sign_off: &Option<m::SignOff>) -> Option<SignOffDoc> {
    sign_off.as_ref().map(|sign_off| SignOffDoc {
        name: sign_off.name.clone(),
        date: sign_off.date,
        terms: sign_off.terms.clone(),
    })
}

fn sign_off_model(doc: Option<SignOffDoc>) -> Option<m::SignOff> {
    doc.map(|doc| m::SignOff {
        name: doc.name,
        date: doc.date,
        terms: doc.terms,
    })
}

impl From<&m::SlaRound> for SlaDoc {
    fn from(round: &m::SlaRound) -> Self {
        let agreement = &round.agreement;
        SlaDoc {
            commitments: CommitmentsDoc::from(&round.commitments),
            actuals: round
                .actuals
                .iter()
                .map(|month| MonthActualsDoc {
                    month: month.month,
                    mqls_delivered: month.mqls_delivered,
                    accepted: month.accepted,
                    worked_within_sla: month.worked_within_sla,
                    closed: month.closed,
                })
                .collect(),
            agreement: AgreementDoc {
                version: agreement.version.clone(),
                effective: agreement.effective,
                review: agreement.review,
                marketing_signoff: sign_off_doc(&agreement.marketing_signoff),
                sales_signoff: sign_off_doc(&agreement.sales_signoff),
            },
        }
    }
}

impl From<SlaDoc> for m::SlaRound {
    fn from(doc: SlaDoc) -> Self {
        let commitments = doc.commitments;
        let agreement = doc.agreement;
        m::SlaRound {
            commitments: m::Commitments {
                mqls_per_month: commitments.mqls_per_month,
                first_response_minutes: commitments.first_response_minutes,
                attempts: commitments.attempts,
                attempt_days: commitments.attempt_days,
                deals_per_month: commitments.deals_per_month,
                mqls_per_rep: commitments.mqls_per_rep,
            },
            actuals: doc
                .actuals
                .into_iter()
                .map(|month| m::MonthActuals {
                    month: month.month,
                    mqls_delivered: month.mqls_delivered,
                    accepted: month.accepted,
                    worked_within_sla: month.worked_within_sla,
                    closed: month.closed,
                })
                .collect(),
            agreement: m::Agreement {
                version: agreement.version,
                effective: agreement.effective,
                review: agreement.review,
                marketing_signoff: sign_off_model(agreement.marketing_signoff),
                sales_signoff: sign_off_model(agreement.sales_signoff),
            },
        }
    }
}
