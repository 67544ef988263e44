//! The SLA calculator: round 3's reverse funnel as monthly commitments, and the months in
//! which marketing must deliver MQLs so that deals close within the period.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use crate::goals::{reverse_funnel, FunnelPlan, FunnelProblem};
use crate::model::{FunnelInputs, FunnelStep};

/// One calendar month of the schedule: MQLs to deliver in it, and deals to close in it.
#[derive(Debug, Clone, PartialEq)]
pub struct SlaMonth {
    /// The first day of the month.
    pub month: NaiveDate,
    pub mqls: f64,
    pub deals: f64,
}

/// What the revenue goal asks each month, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct SlaCalculation {
    pub funnel: FunnelPlan,
    /// MQLs marketing commits to a month, rounded up.
    pub mqls_per_month: u32,
    pub sqls_per_month: u32,
    pub deals_per_month: u32,
    /// Month by month from the first delivery to the last close; empty without a start day.
    pub schedule: Vec<SlaMonth>,
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The schedule's entry for a month, added empty when missing.
fn slot(schedule: &mut BTreeMap<NaiveDate, SlaMonth>, month: NaiveDate) -> &mut SlaMonth {
    schedule.entry(month).or_insert(SlaMonth {
        month,
        mqls: 0.0,
        deals: 0.0,
    })
}

fn whole(value: f64) -> u32 {
    (value - 1e-9).ceil().clamp(0.0, f64::from(u32::MAX)) as u32
}

/// The average month: 365.25 days / 12.
const DAYS_IN_MONTH: f64 = 30.4375;

/// Works the commitments back from the funnel. Each month of the period closes an equal
/// share of the deals; the MQLs for them are due the sales cycle earlier, in whole months,
/// so each closing month has one delivery month and none collide.
pub fn sla_calculator(inputs: &FunnelInputs) -> Result<SlaCalculation, FunnelProblem> {
    let funnel = reverse_funnel(inputs)?;
    let months = funnel.months;
    let mut schedule: BTreeMap<NaiveDate, SlaMonth> = BTreeMap::new();
    if let Some(start) = inputs.start.map(first_of_month) {
        // The sales cycle in whole months (a 75-day cycle is two and a half: three).
        let lag = Months::new((f64::from(inputs.cycle_days) / DAYS_IN_MONTH).round() as u32);
        for i in 0..months {
            let Some(closing) = start.checked_add_months(Months::new(i)) else {
                continue;
            };
            let Some(delivery) = closing.checked_sub_months(lag) else {
                continue;
            };
            slot(&mut schedule, delivery).mqls += funnel.monthly(FunnelStep::Mqls);
            slot(&mut schedule, closing).deals += funnel.monthly(FunnelStep::Deals);
        }
    }
    Ok(SlaCalculation {
        mqls_per_month: whole(funnel.monthly(FunnelStep::Mqls)),
        sqls_per_month: whole(funnel.monthly(FunnelStep::Sqls)),
        deals_per_month: whole(funnel.monthly(FunnelStep::Deals)),
        funnel,
        schedule: schedule.into_values().collect(),
    })
}
