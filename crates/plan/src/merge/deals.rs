//! The deals when both sides changed them: 10,000 deals are merged as the model holds them,
//! deal by deal by id; only a deal both sides changed differently goes through the JSON
//! merge (and may be a conflict). A deal both sides added under one id with different
//! contents is kept twice, theirs under a fresh id.

use std::collections::{HashMap, HashSet};

use super::json::{merged_order, Merger};
use super::ChangeKind;
use crate::format::{deal_of_value, deal_to_value};
use crate::model::Deal;

/// `d12` → 12.
fn number_of(id: &str) -> Option<u64> {
    id.strip_prefix('d')?.parse().ok()
}

pub fn merge_deals(
    merger: &mut Merger,
    base: Option<&[Deal]>,
    ours: &[Deal],
    theirs: &[Deal],
) -> Vec<Deal> {
    fn index(deals: &[Deal]) -> HashMap<&str, &Deal> {
        deals.iter().map(|d| (d.id.as_str(), d)).collect()
    }
    let base_items = base.map(index).unwrap_or_default();
    let ours_items = index(ours);
    let mut theirs_list: Vec<Deal> = theirs.to_vec();
    if base.is_some() {
        // Added on both sides under one id, differently: theirs gets a fresh id.
        let mut next = ours
            .iter()
            .chain(theirs)
            .chain(base.into_iter().flatten())
            .filter_map(|d| number_of(&d.id))
            .max()
            .unwrap_or(0);
        for deal in &mut theirs_list {
            let clash = !base_items.contains_key(deal.id.as_str())
                && ours_items.get(deal.id.as_str()).is_some_and(|o| *o != deal);
            if clash {
                next += 1;
                deal.id = format!("d{next}");
            }
        }
    }
    let theirs_items = index(&theirs_list);
    let ids = |deals: &[Deal]| -> Vec<String> {
        let mut seen = HashSet::new();
        deals
            .iter()
            .filter(|d| seen.insert(d.id.clone()))
            .map(|d| d.id.clone())
            .collect()
    };
    let order = merged_order(
        &base.map(ids).unwrap_or_default(),
        &ids(ours),
        &ids(&theirs_list),
    );
    let mut merged = Vec::with_capacity(order.len());
    for id in order {
        let (b, o, t) = (
            base_items.get(id.as_str()).copied(),
            ours_items.get(id.as_str()).copied(),
            theirs_items.get(id.as_str()).copied(),
        );
        let same = |x: Option<&Deal>, y: Option<&Deal>| x == y;
        let chosen = if same(o, t) || (base.is_some() && same(b, t)) {
            o.cloned()
        } else if base.is_some() && same(b, o) {
            let kind = match (o, t) {
                (None, _) => ChangeKind::Added,
                (_, None) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            let name = t.or(o).map(|d| d.name.clone()).filter(|n| !n.is_empty());
            merger.note_change("integration.deals", &id, name, kind);
            t.cloned()
        } else {
            let value = |d: Option<&Deal>| d.map(deal_to_value);
            let (bv, ov, tv) = (value(b), value(o), value(t));
            let name = o.or(t).map(|d| d.name.clone()).filter(|n| !n.is_empty());
            merger
                .item(
                    "integration.deals",
                    &id,
                    name,
                    (bv.as_ref(), ov.as_ref(), tv.as_ref()),
                )
                .and_then(deal_of_value)
        };
        if let Some(deal) = chosen {
            merged.push(deal);
        }
    }
    merged
}
