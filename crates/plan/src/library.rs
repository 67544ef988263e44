//! The local library's bookkeeping: its index record, plan ids, revisions and file names.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What the library knows about one stored plan without reading it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub id: String,
    pub title: String,
    pub updated: DateTime<Utc>,
    /// The plan's own id (`Plan::id`), the same in every copy: how a returned copy finds
    /// the plan it belongs to. Empty for an entry written before schema 2.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lineage: String,
}

/// The list of stored plans and which one is open.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LibraryIndex {
    #[serde(default)]
    pub current: Option<String>,
    #[serde(default)]
    pub plans: Vec<LibraryEntry>,
}

impl LibraryIndex {
    pub fn entry(&self, id: &str) -> Option<&LibraryEntry> {
        self.plans.iter().find(|entry| entry.id == id)
    }

    /// Adds or refreshes an entry, newest first.
    pub fn upsert(&mut self, entry: LibraryEntry) {
        self.plans.retain(|existing| existing.id != entry.id);
        self.plans.insert(0, entry);
    }

    /// The most recently updated stored plan that is a copy of plan `lineage`.
    pub fn copy_of(&self, lineage: &str) -> Option<&LibraryEntry> {
        self.plans
            .iter()
            .filter(|entry| entry.lineage == lineage)
            .max_by_key(|entry| entry.updated)
    }

    pub fn remove(&mut self, id: &str) {
        self.plans.retain(|entry| entry.id != id);
        if self.current.as_deref() == Some(id) {
            self.current = None;
        }
    }

    /// A fresh plan id (`Plan::id`) from a random seed: `p` and 12 base-36 digits.
    pub fn new_plan_id(seed: u64) -> String {
        format!("p{:0>12}", base36(seed))
    }

    /// A fresh id from a random seed, unlike any in the library.
    pub fn new_id(&self, mut seed: u64) -> String {
        loop {
            let id = format!("p{}", base36(seed));
            if self.entry(&id).is_none() {
                return id;
            }
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        }
    }
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Whether a tab that loaded revision `base` may write over what storage holds now.
/// A tab never overwrites a revision newer than the one it started from.
pub fn may_write(base: u64, stored: Option<u64>) -> bool {
    stored.unwrap_or(0) <= base
}

/// `<title>-<date>.six-rounds.json`, with the title made safe for any file system.
pub fn export_file_name(title: &str, date: NaiveDate) -> String {
    file_name(title, date, "six-rounds.json")
}

/// `<title>-<date>.<ending>`, with the title made safe for any file system.
pub fn file_name(title: &str, date: NaiveDate, ending: &str) -> String {
    let mut stem = String::new();
    for ch in title.chars() {
        if ch.is_alphanumeric() {
            stem.extend(ch.to_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "plan" } else { stem };
    format!("{stem}-{date}.{ending}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_dated() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for (title, expected) in [
            (
                "Q1 Plan: Sales & Marketing",
                "q1-plan-sales-marketing-2026-11-30",
            ),
            ("  ../../etc/passwd ", "etc-passwd-2026-11-30"),
            ("План продаж", "план-продаж-2026-11-30"),
            ("", "plan-2026-11-30"),
            ("<>?*", "plan-2026-11-30"),
        ] {
            assert_eq!(
                export_file_name(title, date),
                format!("{expected}.six-rounds.json")
            );
        }
    }

    #[test]
    fn an_older_revision_never_overwrites_a_newer_one() {
        assert!(may_write(3, None));
        assert!(may_write(3, Some(3)));
        assert!(may_write(3, Some(2)));
        assert!(!may_write(3, Some(4)));
    }

    #[test]
    fn new_ids_do_not_collide() {
        let mut index = LibraryIndex::default();
        let first = index.new_id(42);
        index.upsert(LibraryEntry {
            id: first.clone(),
            title: "A".into(),
            updated: DateTime::UNIX_EPOCH,
            lineage: String::new(),
        });
        let second = index.new_id(42);
        assert_ne!(first, second);
    }

    #[test]
    fn upsert_moves_the_entry_to_the_top_and_remove_clears_current() {
        let entry = |id: &str| LibraryEntry {
            id: id.into(),
            title: id.into(),
            updated: DateTime::UNIX_EPOCH,
            lineage: format!("plan-{id}"),
        };
        let mut index = LibraryIndex::default();
        index.upsert(entry("a"));
        index.upsert(entry("b"));
        index.upsert(entry("a"));
        assert_eq!(index.plans[0].id, "a");
        assert_eq!(index.plans.len(), 2);
        assert_eq!(index.copy_of("plan-b").map(|e| e.id.as_str()), Some("b"));
        assert_eq!(index.copy_of("plan-c"), None);
        index.current = Some("a".into());
        index.remove("a");
        assert_eq!(index.current, None);
        assert_eq!(index.plans.len(), 1);
    }
}
