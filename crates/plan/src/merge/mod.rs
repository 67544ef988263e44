//! Two copies, one agreement: a copy that comes back is merged with ours against the version
//! both started from (three-way), item by item by id across every round. Changes only one
//! side made apply; where both changed the same thing differently, a conflict waits for a
//! pick. Without that version every difference is a pick (two-way). The merged plan always
//! validates: what the two sides' changes break together (a goal owned by a role the other
//! side deleted) is repaired as a loaded document is, and the repairs are listed.

mod deals;
mod json;
mod rekey;

use std::sync::Arc;

use serde_json::Value;

use crate::format::{self, Repair};
use crate::model::Plan;
use crate::model::Round;
use crate::validate::validate;

/// Which side a conflict is settled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Ours,
    Theirs,
}

/// One place both sides changed differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Where, with items named by their key: `goals.nodes[g3].target`.
    pub path: String,
    pub round: Option<Round>,
    /// The name of the item it is in (a goal's name, an action's text), if any.
    pub item: Option<String>,
    /// The field's name in the document (`target`), or the list's for a whole item.
    pub field: String,
    /// `None`: that side removed it (or, two-way, never had it).
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Changed,
    Removed,
}

/// A change taken from the other copy without a conflict.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: String,
    pub round: Option<Round>,
    pub item: Option<String>,
    pub field: String,
    pub kind: ChangeKind,
}

/// The merged plan, the conflicts (settled by the picks given, ours where none was given),
/// what came from the other copy, and what had to be repaired.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub plan: Plan,
    pub conflicts: Vec<Conflict>,
    pub changes: Vec<Change>,
    pub repairs: Vec<Repair>,
}

/// Why two plans cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// The copy is of another plan (its id differs).
    OtherPlan,
}

/// Fields that say when and whence, not what: never merged, never a conflict.
const BOOKKEEPING: &[&str] = &["format", "schema", "id", "origin", "created", "updated"];

/// The plan's document without its bookkeeping and without its deals.
fn content(plan: &Plan) -> Value {
    let mut document = format::to_value_without_deals(plan);
    if let Some(object) = document.as_object_mut() {
        for key in BOOKKEEPING {
            object.remove(*key);
        }
    }
    document
}

fn put_deals(document: &mut Value, deals: Value) {
    if let Some(integration) = document
        .as_object_mut()
        .map(|plan| {
            plan.entry("integration")
                .or_insert_with(|| Value::Object(Default::default()))
        })
        .and_then(Value::as_object_mut)
    {
        integration.insert("deals".into(), deals);
    }
}

/// Merges `theirs` into `ours`; `base` is the version both started from (`None`: unknown,
/// two-way). `picks[i]` settles the i-th conflict; conflicts come in document order, the
/// same for the same three plans, so the review screen can re-run the merge with its picks.
pub fn merge(
    base: Option<&Plan>,
    ours: &Plan,
    theirs: &Plan,
    picks: &[Pick],
) -> Result<Merged, MergeError> {
    if ours.id != theirs.id {
        return Err(MergeError::OtherPlan);
    }
    let ours_doc = content(ours);
    let mut theirs_doc = content(theirs);
    let base_doc = base.map(content);
    // The deals (10,000 of them in a big plan) are compared as the model holds them; only
    // when both sides changed them are they merged deal by deal, with the rest.
    let (our_deals, their_deals) = (&ours.integration.deals, &theirs.integration.deals);
    let base_has = |deals: &Arc<Vec<_>>| base.is_some_and(|b| *b.integration.deals == **deals);
    let one_side = if our_deals == their_deals || base_has(their_deals) {
        Some(our_deals.clone())
    } else if base_has(our_deals) {
        Some(their_deals.clone())
    } else {
        None
    };
    if let Some(base) = &base_doc {
        rekey::separate_added_ids(base, &ours_doc, &mut theirs_doc);
    }
    let mut merger = json::Merger::new(picks, base.is_none());
    let mut merged = merger.merge_documents(base_doc.as_ref(), &ours_doc, &theirs_doc);
    let chosen_deals = match one_side {
        Some(deals) => {
            if !Arc::ptr_eq(&deals, our_deals) {
                merger.changes.push(deals_changed());
            }
            deals
        }
        None => Arc::new(deals::merge_deals(
            &mut merger,
            base.map(|b| b.integration.deals.as_slice()),
            our_deals,
            their_deals,
        )),
    };
    if let Some(object) = merged.as_object_mut() {
        object.insert("format".into(), Value::from(format::FORMAT));
        object.insert("schema".into(), Value::from(format::CURRENT_SCHEMA));
        object.insert("id".into(), Value::from(ours.id.clone()));
        let (created, updated) = (ours.created, ours.updated.max(theirs.updated));
        object.insert("created".into(), Value::from(created.to_rfc3339()));
        object.insert("updated".into(), Value::from(updated.to_rfc3339()));
    }
    let (plan, repairs) = whole(merged, Some(chosen_deals), ours);
    Ok(Merged {
        plan,
        conflicts: merger.conflicts,
        changes: merger.changes,
        repairs,
    })
}

/// The merged document as a valid plan: read, given its deals, and repaired if the two
/// sides' changes together break a rule. Should even that fail, ours is kept as it was.
fn whole(
    document: Value,
    deals: Option<Arc<Vec<crate::model::Deal>>>,
    ours: &Plan,
) -> (Plan, Vec<Repair>) {
    let read = format::plan_of_value(&document).map(|mut plan| {
        plan.origin = ours.origin.clone();
        if let Some(deals) = &deals {
            plan.integration.deals = deals.clone();
        }
        plan
    });
    match read {
        Ok(plan) if validate(&plan).is_empty() => (plan, Vec::new()),
        Ok(plan) => {
            let mut document = format::to_value_without_deals(&plan);
            put_deals(&mut document, format::deals_to_value(&plan));
            match format::open_value(document) {
                Ok(opened) => {
                    let mut repaired = opened.plan;
                    repaired.origin = ours.origin.clone();
                    (repaired, opened.repairs)
                }
                Err(_) => (ours.clone(), Vec::new()),
            }
        }
        Err(_) => (ours.clone(), Vec::new()),
    }
}

/// What changed from `before` to `after` (such as since the plan was shared), round by
/// round, field by field; the deals, compared as the model holds them, as one change.
pub fn diff(before: &Plan, after: &Plan) -> Vec<Change> {
    let (before_doc, after_doc) = (content(before), content(after));
    let mut changes = json::changes(&before_doc, &after_doc);
    if before.integration.deals != after.integration.deals {
        changes.push(deals_changed());
    }
    changes
}

fn deals_changed() -> Change {
    Change {
        path: "integration.deals".into(),
        round: Some(Round::Integration),
        item: None,
        field: "deals".into(),
        kind: ChangeKind::Changed,
    }
}
