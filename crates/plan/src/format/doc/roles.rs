//! Round 1 in schema 1: roles, activities and RACI letters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::super::code;
use crate::model::{self as m, Side};

#[derive(Serialize, Deserialize)]
pub struct RolesDoc {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<ActivityDoc>,
    #[serde(default = "default_overload")]
    pub overload_threshold: u32,
}

fn default_overload() -> u32 {
    m::DEFAULT_OVERLOAD_THRESHOLD
}

impl Default for RolesDoc {
    fn default() -> Self {
        RolesDoc::from(&m::RolesRound::default())
    }
}

#[derive(Serialize, Deserialize)]
pub struct RoleDoc {
    pub id: String,
    pub name: String,
    #[serde(with = "code")]
    pub side: Side,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_rate: Option<f64>,
}

#[derive(Serialize, Deserialize)]
pub struct RaciCell(#[serde(with = "code::raci")] pub m::Raci);

#[derive(Serialize, Deserialize)]
pub struct ActivityDoc {
    pub id: String,
    pub name: String,
    #[serde(with = "code")]
    pub stage: m::FunnelStage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub raci: BTreeMap<String, RaciCell>,
}

impl From<&m::RolesRound> for RolesDoc {
    fn from(round: &m::RolesRound) -> Self {
        RolesDoc {
            roles: round
                .roles
                .iter()
                .map(|role| RoleDoc {
                    id: role.id.clone(),
                    name: role.name.clone(),
                    side: role.side,
                    hourly_rate: role.hourly_rate,
                })
                .collect(),
            activities: round
                .activities
                .iter()
                .map(|activity| ActivityDoc {
                    id: activity.id.clone(),
                    name: activity.name.clone(),
                    stage: activity.stage,
                    hours: activity.hours_per_month,
                    raci: activity
                        .cells
                        .iter()
                        .filter(|(_, cell)| !cell.is_empty())
                        .map(|(role, cell)| (role.clone(), RaciCell(*cell)))
                        .collect(),
                })
                .collect(),
            overload_threshold: round.overload_threshold,
        }
    }
}

impl From<RolesDoc> for m::RolesRound {
    fn from(doc: RolesDoc) -> Self {
        m::RolesRound {
            roles: doc
                .roles
                .into_iter()
                .map(|role| m::Role {
                    id: role.id,
                    name: role.name,
                    side: role.side,
                    hourly_rate: role.hourly_rate,
                })
                .collect(),
            activities: doc
                .activities
                .into_iter()
                .map(|activity| m::Activity {
                    id: activity.id,
                    name: activity.name,
                    stage: activity.stage,
                    hours_per_month: activity.hours,
                    cells: activity
                        .raci
                        .into_iter()
                        .filter(|(_, cell)| !cell.0.is_empty())
                        .map(|(role, cell)| (role, cell.0))
                        .collect(),
                })
                .collect(),
            overload_threshold: doc.overload_threshold,
        }
    }
}
