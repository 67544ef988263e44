//! Round 3 data: the goal tree and the inputs of the reverse funnel.

use chrono::NaiveDate;

use super::{coded_enum, Side};

coded_enum! {
    /// The period a goal's target covers.
    Period { Month => "month", Quarter => "quarter", Year => "year" }
}

coded_enum! {
    /// How a goal's value follows from its children.
    Formula { Manual => "manual", Sum => "sum", Product => "product", Ratio => "ratio" }
}

coded_enum! {
    /// The steps of the reverse funnel, from revenue back to leads.
    FunnelStep {
        Revenue => "revenue", Deals => "deals", Opportunities => "opportunities",
        Sqls => "sqls", Mqls => "mqls", Leads => "leads",
    }
}

/// One node of the goal tree; roots have no parent. Sibling order is the order in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalNode {
    pub id: String,
    pub parent: Option<String>,
    pub name: String,
    pub side: Side,
    pub owner: Option<String>,
    pub metric: String,
    pub unit: String,
    pub period: Period,
    pub target: Option<f64>,
    pub actual: Option<f64>,
    pub formula: Formula,
    /// The reverse-funnel step whose target this node takes, if any.
    pub step: Option<FunnelStep>,
}

/// What the reverse funnel needs to work back from revenue to leads.
#[derive(Debug, Clone, PartialEq)]
pub struct FunnelInputs {
    pub revenue_goal: Option<f64>,
    pub deal_size: Option<f64>,
    /// Opportunity to won, 0..=1.
    pub win_rate: f64,
    pub sql_to_opportunity: f64,
    pub mql_to_sql: f64,
    pub lead_to_mql: f64,
    /// Days from first contact to a closed deal: leads must arrive this much earlier.
    pub cycle_days: u32,
    pub reps: u32,
    /// MQLs one rep can work in a month (HubSpot's SLA example: 100).
    pub mqls_per_rep: f64,
    /// The period the revenue goal covers, and its first day.
    pub period: Period,
    pub start: Option<NaiveDate>,
}

impl Default for FunnelInputs {
    /// Medians from the brief: win 19%, MQL to SQL 13%, lead to MQL 15%; 100 MQLs a rep a month.
    fn default() -> Self {
        FunnelInputs {
            revenue_goal: None,
            deal_size: None,
            win_rate: 0.19,
            sql_to_opportunity: 0.6,
            mql_to_sql: 0.13,
            lead_to_mql: 0.15,
            cycle_days: 60,
            reps: 0,
            mqls_per_rep: 100.0,
            period: Period::Quarter,
            start: None,
        }
    }
}

/// Round 3: what each side aims for, and how the numbers hang together.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalsRound {
    pub nodes: Vec<GoalNode>,
    pub funnel: FunnelInputs,
    /// A goal at or above this share of its target is on track, 0..=1.
    pub on_track: f64,
    /// At or above this share (and below on track) it is at risk; below, off track.
    pub at_risk: f64,
}

impl Default for GoalsRound {
    fn default() -> Self {
        GoalsRound {
            nodes: Vec::new(),
            funnel: FunnelInputs::default(),
            on_track: 0.9,
            at_risk: 0.7,
        }
    }
}
