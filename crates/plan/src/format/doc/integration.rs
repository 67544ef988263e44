//! Round 4 in schema 1: systems, field maps, campaigns and deals.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::code;
use super::is_false;
use crate::model::{self as m};

#[derive(Serialize, Deserialize)]
pub struct IntegrationDoc {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<SystemDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub field_maps: Vec<FieldMapDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stage_statuses: Vec<StageStatusDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<CampaignDoc>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deals: Vec<DealDoc>,
    #[serde(
        default,
        with = "code::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub model: Option<m::AttributionModel>,
    pub half_life_days: f64,
}

impl Default for IntegrationDoc {
    fn default() -> Self {
        IntegrationDoc::from(&m::IntegrationRound::default())
    }
}

#[derive(Serialize, Deserialize)]
pub struct SystemDoc {
    pub id: String,
    pub name: String,
    #[serde(with = "code")]
    pub kind: m::SystemKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct FieldMapDoc {
    pub id: String,
    pub from_system: String,
    pub from_field: String,
    pub to_system: String,
    pub to_field: String,
    #[serde(with = "code")]
    pub direction: m::SyncDirection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_of_record: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Serialize, Deserialize)]
pub struct StageStatusDoc {
    #[serde(with = "code")]
    pub stage: m::Lifecycle,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub automation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub crm: String,
}

#[derive(Serialize, Deserialize)]
pub struct CampaignDoc {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    pub cost: f64,
}

#[derive(Serialize, Deserialize)]
pub struct TouchDoc {
    pub campaign: String,
    pub date: NaiveDate,
}

#[derive(Serialize, Deserialize)]
pub struct DealDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub amount: f64,
    pub close_date: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub touches: Vec<TouchDoc>,
}

impl From<&m::IntegrationRound> for IntegrationDoc {
    fn from(round: &m::IntegrationRound) -> Self {
        IntegrationDoc {
            deals: deal_docs(&round.deals),
            ..IntegrationDoc::without_deals(round)
        }
    }
}

impl IntegrationDoc {
    /// Round 4 with its deals left out (the browser stores them apart).
    pub fn without_deals(round: &m::IntegrationRound) -> Self {
        IntegrationDoc {
            systems: round
                .systems
                .iter()
                .map(|system| SystemDoc {
                    id: system.id.clone(),
                    name: system.name.clone(),
                    kind: system.kind,
                    owner: system.owner.clone(),
                })
                .collect(),
            field_maps: round
                .field_maps
                .iter()
                .map(|map| FieldMapDoc {
                    id: map.id.clone(),
                    from_system: map.from_system.clone(),
                    from_field: map.from_field.clone(),
                    to_system: map.to_system.clone(),
                    to_field: map.to_field.clone(),
                    direction: map.direction,
                    system_of_record: map.system_of_record.clone(),
                    required: map.required,
                    note: map.note.clone(),
                })
                .collect(),
            stage_statuses: round
                .stage_statuses
                .iter()
                .map(|row| StageStatusDoc {
                    stage: row.stage,
                    automation: row.automation.clone(),
                    crm: row.crm.clone(),
                })
                .collect(),
            campaigns: round
                .campaigns
                .iter()
                .map(|campaign| CampaignDoc {
                    id: campaign.id.clone(),
                    name: campaign.name.clone(),
                    channel: campaign.channel.clone(),
                    cost: campaign.cost,
                })
                .collect(),
            deals: Vec::new(),
            model: round.model,
            half_life_days: round.half_life_days,
        }
    }
}

impl From<IntegrationDoc> for m::IntegrationRound {
    fn from(doc: IntegrationDoc) -> Self {
        m::IntegrationRound {
            systems: doc
                .systems
                .into_iter()
                .map(|system| m::System {
                    id: system.id,
                    name: system.name,
                    kind: system.kind,
                    owner: system.owner,
                })
                .collect(),
            field_maps: doc
                .field_maps
                .into_iter()
                .map(|map| m::FieldMap {
                    id: map.id,
                    from_system: map.from_system,
                    from_field: map.from_field,
                    to_system: map.to_system,
                    to_field: map.to_field,
                    direction: map.direction,
                    system_of_record: map.system_of_record,
                    required: map.required,
                    note: map.note,
                })
                .collect(),
            stage_statuses: doc
                .stage_statuses
                .into_iter()
                .map(|row| m::StageStatus {
                    stage: row.stage,
                    automation: row.automation,
                    crm: row.crm,
                })
                .collect(),
            campaigns: doc
                .campaigns
                .into_iter()
                .map(|campaign| m::Campaign {
                    id: campaign.id,
                    name: campaign.name,
                    channel: campaign.channel,
                    cost: campaign.cost,
                })
                .collect(),
            deals: Arc::new(doc.deals.into_iter().map(m::Deal::from).collect()),
            model: doc.model,
            half_life_days: doc.half_life_days,
        }
    }
}

/// The deals as the document holds them at `integration.deals`.
pub fn deal_docs(deals: &[m::Deal]) -> Vec<DealDoc> {
    deals
        .iter()
        .map(|deal| DealDoc {
            id: deal.id.clone(),
            name: deal.name.clone(),
            amount: deal.amount,
            close_date: deal.close_date,
            touches: deal
                .touches
                .iter()
                .map(|touch| TouchDoc {
                    campaign: touch.campaign.clone(),
                    date: touch.date,
                })
                .collect(),
        })
        .collect()
}

impl From<DealDoc> for m::Deal {
    fn from(deal: DealDoc) -> Self {
        m::Deal {
            id: deal.id,
            name: deal.name,
            amount: deal.amount,
            close_date: deal.close_date,
            touches: deal
                .touches
                .into_iter()
                .map(|touch| m::Touch {
                    campaign: touch.campaign,
                    date: touch.date,
                })
                .collect(),
        }
    }
}
