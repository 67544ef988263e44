//! Each month's actuals against the commitments: marketing's MQLs delivered, sales' leads
//! worked within the SLA, deals closed; each side's compliance and status.

use chrono::NaiveDate;

use crate::goals::{status, Status};
use crate::model::{Commitments, MonthActuals};

/// One month measured. Shares are 0..; none when there is nothing to divide by.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthCompliance {
    pub month: NaiveDate,
    /// MQLs delivered ÷ MQLs committed: marketing's compliance.
    pub marketing: Option<f64>,
    /// Accepted ÷ delivered.
    pub accepted: Option<f64>,
    /// Worked within the SLA ÷ accepted: sales' compliance.
    pub sales: Option<f64>,
    /// Deals closed ÷ deals committed.
    pub closing: Option<f64>,
    pub marketing_status: Status,
    pub sales_status: Status,
}

fn share(part: u32, whole: Option<u32>) -> Option<f64> {
    whole
        .filter(|w| *w > 0)
        .map(|w| f64::from(part) / f64::from(w))
}

/// Every month with actuals, in date order; statuses by the plan's on-track and at-risk lines.
pub fn compliance(
    commitments: &Commitments,
    actuals: &[MonthActuals],
    on_track: f64,
    at_risk: f64,
) -> Vec<MonthCompliance> {
    let mut months: Vec<&MonthActuals> = actuals.iter().collect();
    months.sort_by_key(|m| m.month);
    months
        .into_iter()
        .map(|m| {
            let marketing = share(m.mqls_delivered, commitments.mqls_per_month);
            let sales = share(m.worked_within_sla, Some(m.accepted));
            MonthCompliance {
                month: m.month,
                marketing,
                accepted: share(m.accepted, Some(m.mqls_delivered)),
                sales,
                closing: share(m.closed, commitments.deals_per_month),
                marketing_status: status(marketing, on_track, at_risk),
                sales_status: status(sales, on_track, at_risk),
            }
        })
        .collect()
}
