//! Round 2 data: scoring criteria, thresholds, lifecycle stages and hand-off rules.

use super::coded_enum;

coded_enum! {
    /// Fit describes who the lead is; engagement describes what the lead did.
    CriterionGroup { Fit => "fit", Engagement => "engagement" }
}

coded_enum! {
    /// How a criterion compares a lead's attribute with its value.
    Operator {
        Equals => "equals", OneOf => "one-of", Range => "range",
        Contains => "contains", WithinDays => "within-days",
    }
}

coded_enum! {
    /// The lifecycle stages a lead moves through.
    Lifecycle {
        Subscriber => "subscriber", Lead => "lead", Mql => "mql", Sal => "sal",
        Sql => "sql", Opportunity => "opportunity", Customer => "customer",
        Recycled => "recycled", Disqualified => "disqualified",
    }
}

/// One scoring rule: when `field` matches `value` by `operator`, add `points`.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub group: CriterionGroup,
    pub field: String,
    pub operator: Operator,
    pub value: String,
    pub points: i32,
    /// Points halve every this many days after the behaviour, if set.
    pub decay_days: Option<u32>,
}

/// What it takes to enter a lifecycle stage, and which role owns leads there.
#[derive(Debug, Clone, PartialEq)]
pub struct StageRule {
    pub stage: Lifecycle,
    pub entry: String,
    pub owner: Option<String>,
}

/// How marketing hands a lead to sales, and how rejected leads come back.
#[derive(Debug, Clone, PartialEq)]
pub struct Handoff {
    pub acceptor: Option<String>,
    pub accept_within_hours: u32,
    pub rejection_reasons: Vec<String>,
    pub recycle_after_days: u32,
    pub reentry: String,
}

impl Default for Handoff {
    fn default() -> Self {
        Handoff {
            acceptor: None,
            accept_within_hours: 24,
            rejection_reasons: Vec::new(),
            recycle_after_days: 90,
            reentry: String::new(),
        }
    }
}

/// What each side proposed before the room agreed on the thresholds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Proposals {
    pub marketing_mql: Option<i32>,
    pub marketing_sql: Option<i32>,
    pub sales_mql: Option<i32>,
    pub sales_sql: Option<i32>,
}

/// Round 2: what makes a lead sales-ready.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeadRound {
    pub criteria: Vec<Criterion>,
    pub fit_cap: Option<i32>,
    pub engagement_cap: Option<i32>,
    pub mql_threshold: Option<i32>,
    pub sql_threshold: Option<i32>,
    pub stages: Vec<StageRule>,
    pub handoff: Handoff,
    pub proposals: Proposals,
    /// Fit grade and engagement level cells ("A3", "B2"...) that count as sales-ready.
    pub sales_ready: Vec<String>,
}
