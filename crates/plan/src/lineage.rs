//! A plan's lineage: every copy carries its plan's id and the digest of the version it
//! started from (its origin), so a copy that comes back is merged against that version.
//!
//! The origin is set once, when a plan is first sent; copies keep it as they travel and come
//! back, so both the sender and every receiver know the version (each keeps it), and a copy
//! merged against it — even after earlier merges — finds the changes both already share
//! equal on both sides.

use crate::format::digest;
use crate::model::{Origin, Plan};

/// The origin a plan travels with: the version it started from, or, for a plan of its own
/// never sent before, this version.
pub fn travelling_origin(plan: &Plan) -> Origin {
    match &plan.origin {
        Some(origin) if origin.plan == plan.id => origin.clone(),
        _ => Origin {
            plan: plan.id.clone(),
            digest: digest(plan),
        },
    }
}

/// The plan as it is sent (link or file): itself, with its travelling origin.
pub fn shared_copy(plan: &Plan) -> Plan {
    let mut copy = plan.clone();
    copy.origin = Some(travelling_origin(plan));
    copy
}

/// Whether a plan read from a link or file is exactly the version its origin names (a copy
/// as first sent): the receiver keeps it, to merge later copies against.
pub fn is_origin_itself(plan: &Plan) -> bool {
    plan.origin
        .as_ref()
        .is_some_and(|origin| origin.plan == plan.id && origin.digest == digest(plan))
}

/// The version to merge a returned copy against: the one it started from, when that is
/// ours unchanged or the version `kept` (read by the digest the copy names). `None`: the
/// version is not known here, so the merge is two-way.
pub fn merge_base(ours: &Plan, theirs: &Plan, kept: Option<Plan>) -> Option<Plan> {
    let started_from = &theirs.origin.as_ref()?.digest;
    if digest(ours) == *started_from {
        return Some(ours.clone());
    }
    kept.filter(|base| digest(base) == *started_from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_plan;
    use crate::model::Lang;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_returned_copy_is_merged_against_the_version_it_left_as() {
        let ours = example_plan(
            Lang::En,
            Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
        );
        let sent = shared_copy(&ours);
        assert_eq!(sent.origin.as_ref().unwrap().plan, ours.id);
        assert!(is_origin_itself(&sent));
        // Sent on after edits, a copy keeps the version it started from.
        let mut edited = sent.clone();
        edited.title = "Edited".into();
        assert!(!is_origin_itself(&edited));
        assert_eq!(shared_copy(&edited).origin, sent.origin);
        let mut theirs = sent.clone();
        theirs.title = "Theirs".into();
        // Ours unchanged since: ours is the base.
        assert_eq!(merge_base(&ours, &theirs, None), Some(ours.clone()));
        // Ours changed since: the kept version is the base, any other is not.
        let mut changed = ours.clone();
        changed.title = "Changed here".into();
        assert_eq!(
            merge_base(&changed, &theirs, Some(sent.clone())),
            Some(sent)
        );
        assert_eq!(merge_base(&changed, &theirs, Some(changed.clone())), None);
        // A copy with no origin (from an older version) has no base.
        let mut old = theirs;
        old.origin = None;
        assert_eq!(merge_base(&ours, &old, None), None);
    }
}
