//! Round 3 data: the goal tree and the inputs of the reverse funnel.

use super::{coded_enum, Side};

coded_enum! {
    /// The period a goal's target covers.
    Period { Month => "month", Quarter => "quarter", Year => "year" }
}

coded_enum! {
    /// How a goal's value follows from its children.
    Formula { Manual => "manual", Sum => "sum", Product => "product", Ratio => "ratio" }
}

/// One node of the goal tree; the root has no parent.
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
    pub cycle_days: u32,
    pub reps: u32,
}

impl Default for FunnelInputs {
    /// Medians from the brief: win 19%, MQL to SQL 13%, lead to MQL 15%.
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
        }
    }
}

/// Round 3: what each side aims for, and how the numbers hang together.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalsRound {
    pub nodes: Vec<GoalNode>,
    pub funnel: FunnelInputs,
}
