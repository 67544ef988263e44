//! The reverse funnel: from the revenue goal back through deal size and conversion rates to
//! the deals, opportunities, SQLs, MQLs and leads needed, when leads must arrive, and how
//! many reps it takes to work them.

use chrono::{Days, Months, NaiveDate};

use crate::model::{Coded, FunnelInputs, FunnelStep, GoalsRound, Period, Side};

/// Why the funnel cannot be worked back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunnelProblem {
    NoRevenueGoal,
    NoDealSize,
    /// A conversion rate of zero: no number of leads would reach the goal.
    ZeroRate(FunnelStep),
}

/// What the revenue goal asks of each step, for the whole period.
#[derive(Debug, Clone, PartialEq)]
pub struct FunnelPlan {
    pub revenue: f64,
    pub deals: f64,
    pub opportunities: f64,
    pub sqls: f64,
    pub mqls: f64,
    pub leads: f64,
    pub months: u32,
    pub mqls_per_month: f64,
    /// MQLs a month divided by what one rep can work.
    pub reps_needed: f64,
    /// More reps are needed than the team has (never when the team size is not given).
    pub over_capacity: bool,
    /// The days leads must arrive between to close within the period, when it has a start.
    pub lead_window: Option<(NaiveDate, NaiveDate)>,
}

impl FunnelPlan {
    pub fn target(&self, step: FunnelStep) -> f64 {
        match step {
            FunnelStep::Revenue => self.revenue,
            FunnelStep::Deals => self.deals,
            FunnelStep::Opportunities => self.opportunities,
            FunnelStep::Sqls => self.sqls,
            FunnelStep::Mqls => self.mqls,
            FunnelStep::Leads => self.leads,
        }
    }

    /// A step's target spread evenly over the months of the period.
    pub fn monthly(&self, step: FunnelStep) -> f64 {
        self.target(step) / f64::from(self.months)
    }
}

impl Period {
    pub fn months(self) -> u32 {
        match self {
            Period::Month => 1,
            Period::Quarter => 3,
            Period::Year => 12,
        }
    }

    /// The last day of the period that starts on `start`.
    pub fn last_day(self, start: NaiveDate) -> Option<NaiveDate> {
        start
            .checked_add_months(Months::new(self.months()))?
            .pred_opt()
    }
}

/// Whole items needed: `count / rate`, rounded up (a tiny float error does not add one).
fn needed(count: f64, rate: f64) -> f64 {
    (count / rate - 1e-9).ceil().max(0.0)
}

/// Works the funnel back from the revenue goal.
pub fn reverse_funnel(inputs: &FunnelInputs) -> Result<FunnelPlan, FunnelProblem> {
    let revenue = inputs
        .revenue_goal
        .filter(|r| *r > 0.0)
        .ok_or(FunnelProblem::NoRevenueGoal)?;
    let deal_size = inputs
        .deal_size
        .filter(|d| *d > 0.0)
        .ok_or(FunnelProblem::NoDealSize)?;
    let rate = |value: f64, step| {
        if value > 0.0 {
            Ok(value)
        } else {
            Err(FunnelProblem::ZeroRate(step))
        }
    };
    let win = rate(inputs.win_rate, FunnelStep::Deals)?;
    let to_opportunity = rate(inputs.sql_to_opportunity, FunnelStep::Opportunities)?;
    let to_sql = rate(inputs.mql_to_sql, FunnelStep::Sqls)?;
    let to_mql = rate(inputs.lead_to_mql, FunnelStep::Mqls)?;
    let deals = needed(revenue, deal_size);
    let opportunities = needed(deals, win);
    let sqls = needed(opportunities, to_opportunity);
    let mqls = needed(sqls, to_sql);
    let leads = needed(mqls, to_mql);
    let months = inputs.period.months();
    let mqls_per_month = mqls / f64::from(months);
    let reps_needed = if inputs.mqls_per_rep > 0.0 {
        mqls_per_month / inputs.mqls_per_rep
    } else {
        f64::INFINITY
    };
    let lead_window = inputs.start.and_then(|start| {
        let lag = Days::new(u64::from(inputs.cycle_days));
        let end = inputs.period.last_day(start)?;
        Some((start.checked_sub_days(lag)?, end.checked_sub_days(lag)?))
    });
    Ok(FunnelPlan {
        revenue,
        deals,
        opportunities,
        sqls,
        mqls,
        leads,
        months,
        mqls_per_month,
        reps_needed,
        over_capacity: inputs.reps > 0 && reps_needed > f64::from(inputs.reps),
        lead_window,
    })
}

/// The side a funnel step's goal belongs to when the funnel creates it.
fn side_of(step: FunnelStep) -> Side {
    match step {
        FunnelStep::Revenue => Side::Shared,
        FunnelStep::Deals | FunnelStep::Opportunities | FunnelStep::Sqls => Side::Sales,
        FunnelStep::Mqls | FunnelStep::Leads => Side::Marketing,
    }
}

impl GoalsRound {
    /// Sets each funnel step's goal target from the reverse funnel, creating the missing
    /// goals as a chain from revenue down to leads (named by `name`). Changes nothing on a problem.
    pub fn fill_from_funnel(
        &mut self,
        name: impl Fn(FunnelStep) -> String,
    ) -> Result<FunnelPlan, FunnelProblem> {
        let plan = reverse_funnel(&self.funnel)?;
        let mut parent: Option<String> = None;
        for &step in FunnelStep::ALL {
            let id = match self.nodes.iter().find(|n| n.step == Some(step)) {
                Some(node) => node.id.clone(),
                None => {
                    let id = self.add_goal(parent.as_deref(), name(step));
                    if let Some(node) = self.node_mut(&id) {
                        node.side = side_of(step);
                        node.step = Some(step);
                    }
                    id
                }
            };
            let period = self.funnel.period;
            if let Some(node) = self.node_mut(&id) {
                node.target = Some(plan.target(step));
                node.period = period;
            }
            parent = Some(id);
        }
        Ok(plan)
    }
}
