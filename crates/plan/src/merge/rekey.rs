//! Ids both sides handed out for different new items: ids are the first free number of a
//! kind (`a12`), so two copies that each add an activity both call it `a12`. Before merging,
//! theirs is given a fresh id, and everything of theirs that points at it follows.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

/// Keys whose string value is the id of another record.
const REFERENCES: &[&str] = &[
    "owner",
    "acceptor",
    "parent",
    "from_system",
    "to_system",
    "system_of_record",
    "campaign",
];
/// Keys holding a list of ids.
const REFERENCE_LISTS: &[&str] = &["attendees"];
/// Keys holding an object keyed by ids.
const REFERENCE_MAPS: &[&str] = &["raci"];

/// Every list of records with ids in a document, by its path, with each record by id.
fn id_lists<'a>(
    value: &'a Value,
    path: &str,
    out: &mut HashMap<String, HashMap<&'a str, &'a Value>>,
) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                // A proposal's id names its side and round: the same id is the same proposal.
                if path.is_empty() && key == "proposals" {
                    continue;
                }
                id_lists(child, &format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            let ids: Option<Vec<&str>> =
                items.iter().map(|item| item.get("id")?.as_str()).collect();
            if let Some(ids) = ids.filter(|ids| !ids.is_empty()) {
                out.insert(path.to_string(), ids.into_iter().zip(items).collect());
            }
        }
        _ => {}
    }
}

/// `a12` → (`a`, 12); ids without a number keep their whole text as the prefix.
fn split_id(id: &str) -> (&str, Option<u64>) {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, number) = id.split_at(id.len() - digits);
    (prefix, number.parse().ok())
}

/// Renames, in `theirs`, each record both sides added under the same id with different
/// contents; returns how many were renamed.
pub fn separate_added_ids(base: &Value, ours: &Value, theirs: &mut Value) -> usize {
    let mut renames: HashMap<String, String> = HashMap::new();
    {
        let (mut in_base, mut in_ours, mut in_theirs) = Default::default();
        id_lists(base, "", &mut in_base);
        id_lists(ours, "", &mut in_ours);
        id_lists(theirs, "", &mut in_theirs);
        let empty = HashMap::new();
        for (list, their_items) in &in_theirs {
            let Some(our_items) = in_ours.get(list) else {
                continue;
            };
            let base_items = in_base.get(list).unwrap_or(&empty);
            let mut taken: HashSet<String> = base_items
                .keys()
                .chain(our_items.keys())
                .chain(their_items.keys())
                .map(|id| id.to_string())
                .collect();
            let mut clashing: Vec<&&str> = their_items
                .iter()
                .filter(|(id, item)| {
                    !base_items.contains_key(*id)
                        && our_items.get(*id).is_some_and(|ours| ours != *item)
                })
                .map(|(id, _)| id)
                .collect();
            clashing.sort();
            for id in clashing {
                let (prefix, _) = split_id(id);
                let next = taken
                    .iter()
                    .filter_map(|t| match split_id(t) {
                        (p, Some(n)) if p == prefix => Some(n),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(0)
                    + 1;
                let fresh = format!("{prefix}{next}");
                taken.insert(fresh.clone());
                renames.insert(id.to_string(), fresh);
            }
        }
    }
    if !renames.is_empty() {
        rename(theirs, &renames, None);
    }
    renames.len()
}

fn rename(value: &mut Value, renames: &HashMap<String, String>, key: Option<&str>) {
    let renamed = |text: &str| renames.get(text).cloned();
    match value {
        Value::String(text) if key.is_some_and(|k| k == "id" || REFERENCES.contains(&k)) => {
            if let Some(new) = renamed(text) {
                *text = new;
            }
        }
        Value::Array(items) => {
            let list_of_ids = key.is_some_and(|k| REFERENCE_LISTS.contains(&k));
            for item in items {
                match item {
                    Value::String(text) if list_of_ids => {
                        if let Some(new) = renamed(text) {
                            *text = new;
                        }
                    }
                    other => rename(other, renames, None),
                }
            }
        }
        Value::Object(object) => {
            if key.is_some_and(|k| REFERENCE_MAPS.contains(&k)) {
                let entries: Vec<(String, Value)> = std::mem::take(object).into_iter().collect();
                for (id, cell) in entries {
                    object.insert(renamed(&id).unwrap_or(id), cell);
                }
                return;
            }
            for (child_key, child) in object.iter_mut() {
                rename(child, renames, Some(child_key));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_clash_is_renamed_with_what_points_at_it() {
        let base = json!({"roles": {"roles": [{"id": "r1"}], "activities": []}});
        let ours = json!({"roles": {"roles": [{"id": "r1"}, {"id": "r2", "name": "Ops"}]}});
        let mut theirs = json!({
            "roles": {
                "roles": [{"id": "r1"}, {"id": "r2", "name": "Partners"}],
                "activities": [{"id": "a1", "raci": {"r2": "R"}}]
            },
            "cadence": {"meeting": {"attendees": ["r1", "r2"]}, "actions": [{"id": "t1", "owner": "r2", "text": "r2"}]}
        });
        assert_eq!(separate_added_ids(&base, &ours, &mut theirs), 1);
        assert_eq!(theirs["roles"]["roles"][1]["id"], "r3");
        assert_eq!(theirs["roles"]["activities"][0]["raci"], json!({"r3": "R"}));
        assert_eq!(
            theirs["cadence"]["meeting"]["attendees"],
            json!(["r1", "r3"])
        );
        assert_eq!(theirs["cadence"]["actions"][0]["owner"], "r3");
        assert_eq!(
            theirs["cadence"]["actions"][0]["text"], "r2",
            "text is not a reference"
        );
    }

    #[test]
    fn the_same_record_added_on_both_sides_keeps_its_id() {
        let base = json!({"goals": {"nodes": [{"id": "g1"}]}});
        let ours = json!({"goals": {"nodes": [{"id": "g1"}, {"id": "g2", "name": "MQLs"}]}});
        let mut theirs = ours.clone();
        assert_eq!(separate_added_ids(&base, &ours, &mut theirs), 0);
    }
}
