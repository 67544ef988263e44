//! Edits to round 4: systems, field maps, stage names, campaigns, deals and touch points.
//! Removing a record also removes what points at it, so the plan stays valid.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::ids::fresh_id;
use crate::model::{
    Campaign, Deal, FieldMap, IntegrationRound, Lifecycle, StageStatus, SyncDirection, System,
    SystemKind, Touch,
};

use super::StatusSystem;

impl IntegrationRound {
    /// Adds a system and returns its id.
    pub fn add_system(&mut self, name: String, kind: SystemKind) -> String {
        let id = fresh_id("s", self.systems.iter().map(|s| s.id.as_str()));
        self.systems.push(System {
            id: id.clone(),
            name,
            kind,
            owner: None,
        });
        id
    }

    /// Removes a system and the field maps that use it.
    pub fn remove_system(&mut self, id: &str) {
        self.systems.retain(|s| s.id != id);
        self.field_maps
            .retain(|m| m.from_system != id && m.to_system != id);
        for map in &mut self.field_maps {
            if map.system_of_record.as_deref() == Some(id) {
                map.system_of_record = None;
            }
        }
    }

    /// Adds a field map from the marketing-automation tool to the CRM (or the first two
    /// systems); none when there are fewer than two systems. Returns its id.
    pub fn add_field_map(&mut self) -> Option<String> {
        let of_kind = |kind| self.systems.iter().find(|s| s.kind == kind);
        let (from, to) = match (
            of_kind(SystemKind::MarketingAutomation),
            of_kind(SystemKind::Crm),
        ) {
            (Some(from), Some(to)) => (from, to),
            _ => (self.systems.first()?, self.systems.get(1)?),
        };
        let (from, to) = (from.id.clone(), to.id.clone());
        let id = fresh_id("f", self.field_maps.iter().map(|m| m.id.as_str()));
        self.field_maps.push(FieldMap {
            id: id.clone(),
            from_system: from,
            from_field: String::new(),
            to_system: to,
            to_field: String::new(),
            direction: SyncDirection::Forward,
            system_of_record: None,
            required: false,
            note: String::new(),
        });
        Some(id)
    }

    pub fn remove_field_map(&mut self, id: &str) {
        self.field_maps.retain(|m| m.id != id);
    }

    /// Names a stage in one system; a stage with no name in either is dropped.
    pub fn set_stage_status(&mut self, stage: Lifecycle, system: StatusSystem, value: String) {
        let at = match self.stage_statuses.iter().position(|r| r.stage == stage) {
            Some(at) => at,
            None => {
                self.stage_statuses.push(StageStatus {
                    stage,
                    automation: String::new(),
                    crm: String::new(),
                });
                self.stage_statuses.len() - 1
            }
        };
        let row = &mut self.stage_statuses[at];
        match system {
            StatusSystem::Automation => row.automation = value,
            StatusSystem::Crm => row.crm = value,
        }
        if row.automation.is_empty() && row.crm.is_empty() {
            self.stage_statuses.remove(at);
        }
    }

    pub(super) fn campaign_named(&self, name: &str) -> Option<usize> {
        let name = name.to_lowercase();
        self.campaigns
            .iter()
            .position(|c| c.name.to_lowercase() == name)
    }

    /// Adds a campaign with a fresh id and returns the id.
    pub fn add_campaign(&mut self, name: String, channel: String, cost: f64) -> String {
        let id = fresh_id("k", self.campaigns.iter().map(|c| c.id.as_str()));
        self.campaigns.push(Campaign {
            id: id.clone(),
            name,
            channel,
            cost,
        });
        id
    }

    /// Removes a campaign and every touch point of it.
    pub fn remove_campaign(&mut self, id: &str) {
        self.campaigns.retain(|c| c.id != id);
        if self
            .deals
            .iter()
            .any(|deal| deal.touches.iter().any(|t| t.campaign == id))
        {
            for deal in Arc::make_mut(&mut self.deals) {
                deal.touches.retain(|t| t.campaign != id);
            }
        }
    }

    /// Adds a deal closed on `close_date` with no touch points; returns its id.
    pub fn add_deal(&mut self, name: String, close_date: NaiveDate) -> String {
        let id = fresh_id("d", self.deals.iter().map(|d| d.id.as_str()));
        Arc::make_mut(&mut self.deals).push(Deal {
            id: id.clone(),
            name,
            amount: 0.0,
            close_date,
            touches: Vec::new(),
        });
        id
    }

    pub fn remove_deal(&mut self, id: &str) {
        Arc::make_mut(&mut self.deals).retain(|d| d.id != id);
    }

    pub fn deal_mut(&mut self, id: &str) -> Option<&mut Deal> {
        let index = self.deals.iter().position(|d| d.id == id)?;
        Arc::make_mut(&mut self.deals).get_mut(index)
    }

    /// Adds a touch of the first campaign on the deal's close date; false without campaigns.
    pub fn add_touch(&mut self, deal: &str) -> bool {
        let Some(campaign) = self.campaigns.first().map(|c| c.id.clone()) else {
            return false;
        };
        let Some(deal) = self.deal_mut(deal) else {
            return false;
        };
        deal.touches.push(Touch {
            campaign,
            date: deal.close_date,
        });
        true
    }
}

impl Deal {
    /// Moves the close; refused (false) when a touch point would then come after it.
    pub fn set_close_date(&mut self, date: NaiveDate) -> bool {
        let fits = self.touches.iter().all(|t| t.date <= date);
        if fits {
            self.close_date = date;
        }
        fits
    }

    /// Dates a touch point; refused (false) after the close.
    pub fn set_touch_date(&mut self, index: usize, date: NaiveDate) -> bool {
        match self.touches.get_mut(index) {
            Some(touch) if date <= self.close_date => {
                touch.date = date;
                true
            }
            _ => false,
        }
    }
}
