//! Round 4 data: systems, field mappings, campaigns and deals for attribution.

use std::sync::Arc;

use chrono::NaiveDate;

use super::{coded_enum, Lifecycle};

coded_enum! {
    /// What a system is for.
    SystemKind { Crm => "crm", MarketingAutomation => "marketing-automation", Other => "other" }
}

coded_enum! {
    /// Which way a mapped field syncs.
    SyncDirection { Forward => "forward", Backward => "backward", Both => "both" }
}

coded_enum! {
    /// How a deal's revenue is split across its touch points.
    AttributionModel {
        FirstTouch => "first-touch", LastTouch => "last-touch", Linear => "linear",
        UShaped => "u-shaped", WShaped => "w-shaped", TimeDecay => "time-decay",
    }
}

/// A piece of software in the stack (a CRM, a marketing-automation tool...).
#[derive(Debug, Clone, PartialEq)]
pub struct System {
    pub id: String,
    pub name: String,
    pub kind: SystemKind,
    pub owner: Option<String>,
}

/// One field linked between two systems.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldMap {
    pub id: String,
    pub from_system: String,
    pub from_field: String,
    pub to_system: String,
    pub to_field: String,
    pub direction: SyncDirection,
    pub system_of_record: Option<String>,
    pub required: bool,
    pub note: String,
}

/// A marketing campaign that touches deals.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub channel: String,
    pub cost: f64,
}

/// A deal's contact with a campaign on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Touch {
    pub campaign: String,
    pub date: NaiveDate,
}

/// A won deal and the touch points that led to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Deal {
    pub id: String,
    pub name: String,
    pub amount: f64,
    pub close_date: NaiveDate,
    pub touches: Vec<Touch>,
}

/// What a lifecycle stage of round 2 is called in each system: the marketing-automation
/// tool's lifecycle value and the CRM's lead status.
#[derive(Debug, Clone, PartialEq)]
pub struct StageStatus {
    pub stage: Lifecycle,
    pub automation: String,
    pub crm: String,
}

/// Round 4: the software both sides share, and how campaigns get credit.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationRound {
    pub systems: Vec<System>,
    pub field_maps: Vec<FieldMap>,
    pub stage_statuses: Vec<StageStatus>,
    pub campaigns: Vec<Campaign>,
    /// Shared, so that copying a plan (undo steps, saves) does not copy 10,000 deals, and a
    /// pointer comparison tells whether they changed. Edits go through `Arc::make_mut`.
    pub deals: Arc<Vec<Deal>>,
    pub model: Option<AttributionModel>,
    pub half_life_days: f64,
}

impl Default for IntegrationRound {
    fn default() -> Self {
        IntegrationRound {
            systems: Vec::new(),
            field_maps: Vec::new(),
            stage_statuses: Vec::new(),
            campaigns: Vec::new(),
            deals: Arc::default(),
            model: None,
            half_life_days: 7.0,
        }
    }
}
