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

use leptos::prelude::*;
use six_rounds_plan::integration::{attribute, attribution_inputs, Attribution};
use six_rounds_plan::model::{AttributionModel, Campaign, FieldMap, System};

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
/// (read from the plan in place: the deals are never copied into a memo).
#[derive(Clone, Copy)]
struct Integration {
    systems: Memo<Vec<System>>,
    field_maps: Memo<Vec<FieldMap>>,
    campaigns: Memo<Vec<Campaign>>,
    attribution: Memo<Attribution>,
    /// The model the campaigns are ranked and drawn by: the agreed one, or linear until then.
    ranked_by: Memo<AttributionModel>,
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
    // Re-attributed only when a deal, a campaign id or the half-life changed (a digest tells),
    // not on every keystroke in a name.
    let inputs = Memo::new(move |_| {
        state
            .plan
            .with(|plan| attribution_inputs(&plan.integration))
    });
    let attribution = Memo::new(move |_| {
        // Read, not only tracked: a memo never read is never computed, so never notified.
        inputs.get();
        state
            .plan
            .with_untracked(|plan| attribute(&plan.integration))
    });
    let ranked_by = Memo::new(move |_| {
        state
            .plan
            .with(|plan| plan.integration.model.unwrap_or(AttributionModel::Linear))
    });
    provide_context(Integration {
        systems,
        field_maps,
        campaigns,
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
