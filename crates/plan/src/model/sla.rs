//! Round 5 data: both sides' commitments, monthly actuals and the signed agreement.

use chrono::NaiveDate;

/// What each side promises the other, per month.
#[derive(Debug, Clone, PartialEq)]
pub struct Commitments {
    pub mqls_per_month: Option<u32>,
    pub first_response_minutes: u32,
    pub attempts: u32,
    pub attempt_days: u32,
    pub deals_per_month: Option<u32>,
    pub mqls_per_rep: u32,
}

impl Default for Commitments {
    /// HubSpot's example SLA: respond within 24 h, 5 attempts in 2 weeks, 100 MQLs a rep.
    fn default() -> Self {
        Commitments {
            mqls_per_month: None,
            first_response_minutes: 24 * 60,
            attempts: 5,
            attempt_days: 14,
            deals_per_month: None,
            mqls_per_rep: 100,
        }
    }
}

/// What actually happened in one month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthActuals {
    /// The first day of the month.
    pub month: NaiveDate,
    pub mqls_delivered: u32,
    pub accepted: u32,
    pub worked_within_sla: u32,
    pub closed: u32,
}

/// One leader's signature on the agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct SignOff {
    pub name: String,
    pub date: NaiveDate,
    /// The numbers as they were when signed, so a later change can be noticed.
    pub terms: String,
}

/// The written agreement's metadata and signatures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agreement {
    pub version: String,
    pub effective: Option<NaiveDate>,
    pub review: Option<NaiveDate>,
    pub marketing_signoff: Option<SignOff>,
    pub sales_signoff: Option<SignOff>,
}

/// Round 5: the service-level agreement between marketing and sales.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SlaRound {
    pub commitments: Commitments,
    pub actuals: Vec<MonthActuals>,
    pub agreement: Agreement,
}
