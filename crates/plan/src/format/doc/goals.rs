//! Round 3 in schema 1: the goal tree and funnel inputs.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::code;
use crate::model::{self as m, Side};

#[derive(Serialize, Deserialize)]
pub struct GoalsDoc {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<GoalNodeDoc>,
    #[serde(default)]
    pub funnel: FunnelDoc,
    #[serde(default = "on_track")]
    pub on_track: f64,
    #[serde(default = "at_risk")]
    pub at_risk: f64,
}

fn on_track() -> f64 {
    m::GoalsRound::default().on_track
}

fn at_risk() -> f64 {
    m::GoalsRound::default().at_risk
}

impl Default for GoalsDoc {
    fn default() -> Self {
        GoalsDoc::from(&m::GoalsRound::default())
    }
}

fn default_funnel() -> m::FunnelInputs {
    m::FunnelInputs::default()
}

fn mqls_per_rep() -> f64 {
    default_funnel().mqls_per_rep
}

fn quarter() -> m::Period {
    default_funnel().period
}

#[derive(Serialize, Deserialize)]
pub struct GoalNodeDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub name: String,
    #[serde(with = "code")]
    pub side: Side,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub metric: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(with = "code")]
    pub period: m::Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    #[serde(with = "code")]
    pub formula: m::Formula,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "code::option"
    )]
    pub step: Option<m::FunnelStep>,
}

#[derive(Serialize, Deserialize)]
pub struct FunnelDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue_goal: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_size: Option<f64>,
    pub win_rate: f64,
    pub sql_to_opportunity: f64,
    pub mql_to_sql: f64,
    pub lead_to_mql: f64,
    pub cycle_days: u32,
    pub reps: u32,
    #[serde(default = "mqls_per_rep")]
    pub mqls_per_rep: f64,
    #[serde(default = "quarter", with = "code")]
    pub period: m::Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
}

impl Default for FunnelDoc {
    fn default() -> Self {
        FunnelDoc::from(&m::FunnelInputs::default())
    }
}

impl From<&m::FunnelInputs> for FunnelDoc {
    fn from(funnel: &m::FunnelInputs) -> Self {
        FunnelDoc {
            revenue_goal: funnel.revenue_goal,
            deal_size: funnel.deal_size,
            win_rate: funnel.win_rate,
            sql_to_opportunity: funnel.sql_to_opportunity,
            mql_to_sql: funnel.mql_to_sql,
            lead_to_mql: funnel.lead_to_mql,
            cycle_days: funnel.cycle_days,
            reps: funnel.reps,
            mqls_per_rep: funnel.mqls_per_rep,
            period: funnel.period,
            start: funnel.start,
        }
    }
}

impl From<&m::GoalsRound> for GoalsDoc {
    fn from(round: &m::GoalsRound) -> Self {
        GoalsDoc {
            nodes: round
                .nodes
                .iter()
                .map(|node| GoalNodeDoc {
                    id: node.id.clone(),
                    parent: node.parent.clone(),
                    name: node.name.clone(),
                    side: node.side,
                    owner: node.owner.clone(),
                    metric: node.metric.clone(),
                    unit: node.unit.clone(),
                    period: node.period,
                    target: node.target,
                    actual: node.actual,
                    formula: node.formula,
                    step: node.step,
                })
                .collect(),
            funnel: FunnelDoc::from(&round.funnel),
            on_track: round.on_track,
            at_risk: round.at_risk,
        }
    }
}

impl From<GoalsDoc> for m::GoalsRound {
    fn from(doc: GoalsDoc) -> Self {
        let funnel = doc.funnel;
        m::GoalsRound {
            nodes: doc
                .nodes
                .into_iter()
                .map(|node| m::GoalNode {
                    id: node.id,
                    parent: node.parent,
                    name: node.name,
                    side: node.side,
                    owner: node.owner,
                    metric: node.metric,
                    unit: node.unit,
                    period: node.period,
                    target: node.target,
                    actual: node.actual,
                    formula: node.formula,
                    step: node.step,
                })
                .collect(),
            on_track: doc.on_track,
            at_risk: doc.at_risk,
            funnel: m::FunnelInputs {
                revenue_goal: funnel.revenue_goal,
                deal_size: funnel.deal_size,
                win_rate: funnel.win_rate,
                sql_to_opportunity: funnel.sql_to_opportunity,
                mql_to_sql: funnel.mql_to_sql,
                lead_to_mql: funnel.lead_to_mql,
                cycle_days: funnel.cycle_days,
                reps: funnel.reps,
                mqls_per_rep: funnel.mqls_per_rep,
                period: funnel.period,
                start: funnel.start,
            },
        }
    }
}
