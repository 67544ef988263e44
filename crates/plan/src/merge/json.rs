//! The three-way merge of two plan documents against the version both started from, as JSON:
//! objects key by key, lists item by item by their key (an id, a stage, a month), lists of
//! words as sets, and every place both sides changed differently a conflict with a pick.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::{Change, ChangeKind, Conflict, Pick};
use crate::format::round_of;

/// How the items of a list are matched across the three versions.
#[derive(Clone, Copy)]
enum Keying {
    /// By the value of one field of each item.
    Field(&'static str),
    /// By place: lists with one entry per round.
    Position,
    /// As a set of whole values (words, or records with no key of their own).
    Set,
}

/// How to match a list's items, given each version of it. A key that is not unique within
/// a version (two meetings logged on one day) cannot match items: the list is then a set,
/// so no item is lost.
fn keying(list: &str, sides: &[&[Value]]) -> Keying {
    let field = match list {
        "timebox_minutes" | "agreed" => return Keying::Position,
        "stage_statuses" | "stages" => "stage",
        "actuals" => "month",
        "log" => "date",
        "checklist" => "text",
        _ => "id",
    };
    let unique_on_every_side = sides.iter().all(|items| {
        let mut seen = HashSet::new();
        items.iter().all(|item| {
            item.get(field)
                .is_some_and(|key| seen.insert(key.to_string()))
        })
    });
    let any = sides.iter().any(|items| !items.is_empty());
    if any && unique_on_every_side {
        Keying::Field(field)
    } else {
        Keying::Set
    }
}

/// The words that name an item in a conflict or a change: its name, text or key.
fn item_name(item: &Value) -> Option<String> {
    [
        "name",
        "text",
        "title",
        "from_field",
        "stage",
        "month",
        "date",
        "id",
    ]
    .iter()
    .find_map(|field| item.get(*field)?.as_str().map(str::to_string))
}

pub struct Merger<'a> {
    picks: &'a [Pick],
    /// Without a shared version every difference is a choice.
    two_way: bool,
    pub conflicts: Vec<Conflict>,
    pub changes: Vec<Change>,
}

/// Where the merge is: the display path (`goals.nodes[g3].target`) and the nearest item.
#[derive(Clone, Default)]
struct At {
    path: String,
    item: Option<String>,
}

impl At {
    fn key(&self, key: &str) -> At {
        let path = if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        };
        At {
            path,
            item: self.item.clone(),
        }
    }

    fn element(&self, key: &str, item: Option<String>) -> At {
        At {
            path: format!("{}[{key}]", self.path),
            item: item.or_else(|| self.item.clone()),
        }
    }

    fn field(&self) -> String {
        let last = self.path.rsplit('.').next().unwrap_or(&self.path);
        last.split('[').next().unwrap_or(last).to_string()
    }
}

impl<'a> Merger<'a> {
    pub fn new(picks: &'a [Pick], two_way: bool) -> Self {
        Merger {
            picks,
            two_way,
            conflicts: Vec::new(),
            changes: Vec::new(),
        }
    }

    /// The merged document (`ours` and `theirs` are whole documents; `base` the shared one).
    pub fn merge_documents(&mut self, base: Option<&Value>, ours: &Value, theirs: &Value) -> Value {
        self.value(&At::default(), base, Some(ours), Some(theirs))
            .unwrap_or_else(|| ours.clone())
    }

    /// Merges one item of a list kept outside the document (a deal), at `list[key]`.
    pub fn item(
        &mut self,
        list: &str,
        key: &str,
        name: Option<String>,
        versions: (Option<&Value>, Option<&Value>, Option<&Value>),
    ) -> Option<Value> {
        let at = At {
            path: list.to_string(),
            item: None,
        }
        .element(key, name);
        let (base, ours, theirs) = versions;
        self.value(&at, base, ours, theirs)
    }

    /// Records a change taken whole from theirs for an item kept outside the document.
    pub fn note_change(&mut self, list: &str, key: &str, name: Option<String>, kind: ChangeKind) {
        let at = At {
            path: list.to_string(),
            item: None,
        }
        .element(key, name);
        self.changes.push(Change {
            path: at.path.clone(),
            round: round_of(&at.path),
            item: at.item.clone(),
            field: at.field(),
            kind,
        });
    }

    fn value(
        &mut self,
        at: &At,
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if ours == theirs {
            return ours.cloned();
        }
        if !self.two_way || base.is_some() {
            if base == ours {
                self.change(at, base, theirs);
                return theirs.cloned();
            }
            if base == theirs {
                return ours.cloned();
            }
        }
        match (ours, theirs) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                let base = base.and_then(Value::as_object);
                Some(Value::Object(self.object(at, base, o, t)))
            }
            (Some(Value::Array(o)), Some(Value::Array(t))) => {
                let base = base.and_then(Value::as_array);
                self.list(at, base, o, t).map(Value::Array)
            }
            _ => self.conflict(at, ours, theirs),
        }
    }

    fn object(
        &mut self,
        at: &At,
        base: Option<&Map<String, Value>>,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut merged = Map::new();
        let keys = ours
            .keys()
            .chain(theirs.keys().filter(|key| !ours.contains_key(*key)));
        for key in keys {
            let value = self.value(
                &at.key(key),
                base.and_then(|b| b.get(key)),
                ours.get(key),
                theirs.get(key),
            );
            if let Some(value) = value {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    fn list(
        &mut self,
        at: &At,
        base: Option<&Vec<Value>>,
        ours: &[Value],
        theirs: &[Value],
    ) -> Option<Vec<Value>> {
        let sides = [ours, theirs, base.map_or(&[][..], Vec::as_slice)];
        match keying(&at.field(), &sides) {
            Keying::Set if self.two_way && base.is_none() => self
                .conflict(
                    at,
                    Some(&Value::Array(ours.to_vec())),
                    Some(&Value::Array(theirs.to_vec())),
                )
                .and_then(|value| value.as_array().cloned()),
            Keying::Set => Some(self.set(at, base.map_or(&[][..], Vec::as_slice), ours, theirs)),
            keying => Some(self.keyed(
                at,
                keying,
                base.map_or(&[][..], Vec::as_slice),
                ours,
                theirs,
            )),
        }
    }

    /// Ours, less what theirs removed, plus what theirs added, in ours' order.
    fn set(&mut self, at: &At, base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
        let mut merged: Vec<Value> = ours
            .iter()
            .filter(|value| {
                let removed = base.contains(value) && !theirs.contains(value);
                if removed {
                    self.change(at, Some(value), None);
                }
                !removed
            })
            .cloned()
            .collect();
        for value in theirs {
            if !base.contains(value) && !merged.contains(value) {
                self.change(at, None, Some(value));
                merged.push(value.clone());
            }
        }
        merged
    }

    fn keyed(
        &mut self,
        at: &At,
        keying: Keying,
        base: &[Value],
        ours: &[Value],
        theirs: &[Value],
    ) -> Vec<Value> {
        let key_of = |index: usize, item: &Value| match keying {
            Keying::Field(field) => item.get(field).map(Value::to_string),
            Keying::Position => Some(index.to_string()),
            Keying::Set => None,
        };
        let index = |items: &[Value]| -> (Vec<String>, HashMap<String, Value>) {
            let mut order = Vec::new();
            let mut by_key = HashMap::new();
            for (i, item) in items.iter().enumerate() {
                if let Some(key) = key_of(i, item) {
                    if by_key.insert(key.clone(), item.clone()).is_none() {
                        order.push(key);
                    }
                }
            }
            (order, by_key)
        };
        let (base_order, base_items) = index(base);
        let (ours_order, ours_items) = index(ours);
        let (theirs_order, theirs_items) = index(theirs);
        let order = merged_order(&base_order, &ours_order, &theirs_order);
        let mut merged = Vec::new();
        for key in order {
            let (b, o, t) = (
                base_items.get(&key),
                ours_items.get(&key),
                theirs_items.get(&key),
            );
            let name = o.or(t).or(b).and_then(item_name);
            let shown = key.trim_matches('"');
            if let Some(value) = self.value(&at.element(shown, name), b, o, t) {
                merged.push(value);
            }
        }
        merged
    }

    fn conflict(&mut self, at: &At, ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
        let pick = self
            .picks
            .get(self.conflicts.len())
            .copied()
            .unwrap_or(Pick::Ours);
        self.conflicts.push(Conflict {
            path: at.path.clone(),
            round: round_of(&at.path),
            item: at.item.clone(),
            field: at.field(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
        });
        match pick {
            Pick::Ours => ours.cloned(),
            Pick::Theirs => theirs.cloned(),
        }
    }

    /// Records what theirs changed here, down to each field, item and word.
    fn change(&mut self, at: &At, before: Option<&Value>, after: Option<&Value>) {
        diff(at, before, after, &mut self.changes);
    }
}

/// Every difference from `before` to `after`, as finely as the document goes.
fn diff<'a>(at: &At, before: Option<&'a Value>, after: Option<&'a Value>, out: &mut Vec<Change>) {
    if before == after {
        return;
    }
    match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            for key in b.keys().chain(a.keys().filter(|k| !b.contains_key(*k))) {
                diff(&at.key(key), b.get(key), a.get(key), out);
            }
        }
        (Some(Value::Array(b)), Some(Value::Array(a))) => {
            let keying = keying(&at.field(), &[b, a]);
            let (b, a) = (keyed(keying, b), keyed(keying, a));
            let by_key = |list: &[(String, &'a Value)]| -> HashMap<String, &'a Value> {
                list.iter().map(|(k, v)| (k.clone(), *v)).collect()
            };
            let (b_items, a_items) = (by_key(&b), by_key(&a));
            let keys = b
                .iter()
                .chain(a.iter().filter(|(k, _)| !b_items.contains_key(k)));
            for (key, item) in keys {
                let (before, after) = (b_items.get(key).copied(), a_items.get(key).copied());
                if let Keying::Set = keying {
                    diff(at, before, after, out);
                } else {
                    let shown = key.trim_matches('"');
                    diff(&at.element(shown, item_name(item)), before, after, out);
                }
            }
        }
        _ => {
            let kind = match (before, after) {
                (None, _) => ChangeKind::Added,
                (_, None) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            let item = match before.or(after) {
                Some(value) if !value.is_object() && kind != ChangeKind::Changed => {
                    Some(words_of(value))
                }
                _ => None,
            };
            out.push(Change {
                path: at.path.clone(),
                round: round_of(&at.path),
                item: item.or_else(|| at.item.clone()),
                field: at.field(),
                kind,
            });
        }
    }
}

/// Each item of a list with its key (for a set, the whole value).
fn keyed(keying: Keying, items: &[Value]) -> Vec<(String, &Value)> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let key = match keying {
                Keying::Field(field) => item.get(field).map(Value::to_string)?,
                Keying::Position => i.to_string(),
                Keying::Set => item.to_string(),
            };
            Some((key, item))
        })
        .collect()
}

/// Every difference between two documents, as a merge would list it.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff(&At::default(), Some(before), Some(after), &mut out);
    out
}

/// A plain value as words, for a change's summary.
fn words_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The order of the merged list: the side that kept the shared order gives way to the one
/// that reordered; items only one side has are placed after the item they follow there.
/// Linear in the list's length (a list may hold 10,000 deals).
/// `start`, then the items that follow it, each followed by its own (no recursion: a list of
/// 10,000 additions is one long chain).
fn emit_with_followers<'a>(
    start: Option<&'a String>,
    after: &HashMap<Option<&'a String>, Vec<&'a String>>,
    order: &mut Vec<String>,
) {
    if let Some(key) = start {
        order.push(key.clone());
    }
    let mut stack: Vec<&String> = after
        .get(&start)
        .into_iter()
        .flatten()
        .rev()
        .copied()
        .collect();
    while let Some(key) = stack.pop() {
        order.push(key.clone());
        stack.extend(after.get(&Some(key)).into_iter().flatten().rev());
    }
}

pub(super) fn merged_order(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    let base_set: HashSet<&String> = base.iter().collect();
    let kept_order = |side: &[String]| {
        let side_set: HashSet<&String> = side.iter().collect();
        side.iter()
            .filter(|key| base_set.contains(key))
            .eq(base.iter().filter(|key| side_set.contains(key)))
    };
    let (lead, other) = if kept_order(ours) && !kept_order(theirs) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let present: HashSet<&String> = lead.iter().collect();
    // Each item only the other side has, under the item it follows there (None: first).
    let mut after: HashMap<Option<&String>, Vec<&String>> = HashMap::new();
    let mut previous = None;
    for key in other {
        if !present.contains(key) {
            after.entry(previous).or_default().push(key);
        }
        previous = Some(key);
    }
    let mut order = Vec::with_capacity(lead.len() + other.len());
    emit_with_followers(None, &after, &mut order);
    for key in lead {
        emit_with_followers(Some(key), &after, &mut order);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn a_reordering_on_one_side_is_kept_and_additions_follow_their_neighbour() {
        let base = keys(&["a", "b", "c"]);
        let ours = keys(&["a", "b", "x", "c"]);
        let theirs = keys(&["c", "a", "b"]);
        assert_eq!(
            merged_order(&base, &ours, &theirs),
            keys(&["c", "a", "b", "x"])
        );
    }

    #[test]
    fn items_added_on_both_sides_are_all_there() {
        let base = keys(&["a"]);
        let ours = keys(&["a", "o"]);
        let theirs = keys(&["t", "a"]);
        assert_eq!(merged_order(&base, &ours, &theirs), keys(&["t", "a", "o"]));
    }
}
