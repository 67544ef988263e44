//! Round 4's page: the systems, how their fields and stages map, and the attribution sandbox.

mod attribution_chart;
mod attribution_table;
mod campaigns;
mod deals;
mod field_maps;
mod findings;
mod journey;
mod stage_statuses;
mod systems;

use std::sync::Arc;

use leptos::prelude::*;
use six_rounds_plan::integration::{credit, journeys, Attribution};
use six_rounds_plan::model::{AttributionModel, Campaign, Deal, FieldMap, System};

use super::use_app;
use attribution_table::AttributionTable;
use campaigns::Campaigns;
use deals::Deals;
use field_maps::FieldMaps;
use findings::IntegrationFindings;
use journey::Journey;
use stage_statuses::StageStatuses;
use systems::Systems;

pub use attribution_chart::AttributionChart;

/// Round 4's small lists as memos, and the attribution of every deal under all six models
/// (the deals are shared with the plan, never copied into a memo).
#[derive(Clone, Copy)]
struct Integration {
    systems: Memo<Vec<System>>,
    field_maps: Memo<Vec<FieldMap>>,
    campaigns: Memo<Vec<Campaign>>,
    /// (id, name) of each campaign: what a touch point's list offers, untouched by a
    /// keystroke in a channel or a cost.
    campaign_names: Memo<Vec<(String, String)>>,
    deals: Memo<SharedDeals>,
    half_life: Memo<f64>,
    attribution: Memo<Attribution>,
    /// The model the campaigns are ranked and drawn by: the agreed one, or linear until then.
    ranked_by: Memo<AttributionModel>,
}

/// The plan's deals, shared with it: a memo of them changes only when the list itself was
/// edited or replaced (told by pointer, never compared deal by deal).
#[derive(Clone)]
struct SharedDeals(Arc<Vec<Deal>>);

impl PartialEq for SharedDeals {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

fn use_integration() -> Integration {
    expect_context::<Integration>()
}

/// Round 4's memos for the components below it.
pub fn provide_integration() {
    let (state, _) = use_app();
    let systems = Memo::new(move |_| state.plan.with(|plan| plan.integration.systems.clone()));
    let field_maps =
        Memo::new(move |_| state.plan.with(|plan| plan.integration.field_maps.clone()));
    let campaigns = Memo::new(move |_| state.plan.with(|plan| plan.integration.campaigns.clone()));
    let campaign_names = Memo::new(move |_| {
        campaigns.with(|all| {
            all.iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let deals = Memo::new(move |_| {
        state
            .plan
            .with(|plan| SharedDeals(plan.integration.deals.clone()))
    });
    let campaign_ids = Memo::new(move |_| {
        campaigns.with(|all| all.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    // The deals are read again only when they or the campaign ids change; a new half-life
    // only re-runs the models.
    let read = Memo::new(move |_| {
        deals.with(|deals| {
            campaign_ids.with(|ids| journeys(&deals.0, ids.iter().map(String::as_str)))
        })
    });
    let half_life = Memo::new(move |_| state.plan.with(|plan| plan.integration.half_life_days));
    let attribution = Memo::new(move |_| read.with(|read| credit(read, half_life.get())));
    let ranked_by = Memo::new(move |_| {
        state
            .plan
            .with(|plan| plan.integration.model.unwrap_or(AttributionModel::Linear))
    });
    provide_context(Integration {
        systems,
        field_maps,
        campaigns,
        campaign_names,
        deals,
        half_life,
        attribution,
        ranked_by,
    });
}

#[component]
pub fn IntegrationRoundView() -> impl IntoView {
    provide_integration();
    view! {
        <Systems/>
        <FieldMaps/>
        <StageStatuses/>
        <IntegrationFindings/>
        <Campaigns/>
        <Deals/>
        <AttributionTable/>
        <AttributionChart/>
        <Journey/>
    }
}

/// Applies a removal to round 4, keeping the round as it was for the notice's Undo.
fn remove_with_undo(
    state: crate::state::AppState,
    label: String,
    change: impl FnOnce(&mut six_rounds_plan::model::IntegrationRound),
) {
    let previous = state.plan.with_untracked(|plan| plan.integration.clone());
    state.edit(|plan| change(&mut plan.integration));
    state.notify(crate::state::Notice::IntegrationChanged(
        crate::state::IntegrationChange::Removed(label),
        Box::new(previous),
    ));
}
