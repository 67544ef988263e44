//! Repairing a readable document whose values break a rule: each problem the validator
//! reports, at its JSON path, is cleared, clamped, shortened or its item removed, so a plan
//! with a few bad values opens instead of vanishing.

use std::cmp::Ordering;

use serde_json::Value;

use crate::validate::{Problem, ProblemKind};

/// What was done to one value that broke a rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Fix {
    /// A number brought into range: the value it now has.
    Clamped(f64),
    /// A text cut to the longest allowed.
    Shortened,
    /// A list cut to the most allowed.
    Trimmed,
    /// The item holding the value was removed (a repeated id, a reference it cannot live
    /// without, a value that is not a grade and level).
    Removed,
    /// An optional value or reference emptied.
    Cleared,
}

/// One repair: the rule that was broken, where, and what was done.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    pub problem: Problem,
    pub fix: Fix,
}

/// Keys an item cannot do without: a problem there removes the item.
const REQUIRED: &[&str] = &["campaign", "from_system", "to_system", "date"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `goals.nodes[3].target` as steps; `None` for a path this reader does not know.
fn steps(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            steps.push(Step::Key(key.to_string()));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                return None;
            }
        }
    }
    (!steps.is_empty()).then_some(steps)
}

fn at<'a>(value: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.as_object_mut()?.get_mut(key),
        Step::Index(index) => value.as_array_mut()?.get_mut(*index),
    })
}

/// Removes what `steps` points at from its object or array.
fn remove(value: &mut Value, steps: &[Step]) -> bool {
    let Some((last, parent)) = steps.split_last() else {
        return false;
    };
    match (at(value, parent), last) {
        (Some(Value::Object(object)), Step::Key(key)) => object.remove(key).is_some(),
        (Some(Value::Array(items)), Step::Index(index)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

/// The steps to the item (an array element) that holds the value at `steps`.
fn item_of(steps: &[Step]) -> Option<&[Step]> {
    let end = steps
        .iter()
        .rposition(|step| matches!(step, Step::Index(_)))?;
    Some(&steps[..=end])
}

/// What to do for one problem: a change in place, or a removal done after every change.
enum Plan {
    InPlace(Fix),
    Remove(Vec<Step>, Fix),
}

fn decide(value: &mut Value, problem: &Problem, steps: &[Step]) -> Option<Plan> {
    let last_key = match steps.last() {
        Some(Step::Key(key)) => Some(key.as_str()),
        _ => None,
    };
    let required = last_key.is_some_and(|key| REQUIRED.contains(&key));
    let remove_item = || Some(Plan::Remove(item_of(steps)?.to_vec(), Fix::Removed));
    match &problem.kind {
        ProblemKind::TooLong { max } => {
            let text = at(value, steps)?.as_str()?;
            let shortened: String = text.chars().take(*max).collect();
            *at(value, steps)? = Value::String(shortened);
            Some(Plan::InPlace(Fix::Shortened))
        }
        ProblemKind::TooMany { max } => {
            at(value, steps)?.as_array_mut()?.truncate(*max);
            Some(Plan::InPlace(Fix::Trimmed))
        }
        ProblemKind::OutOfRange { min, max } => {
            let slot = at(value, steps)?;
            let number = slot.as_f64()?;
            let clamped = if number.is_nan() {
                *min
            } else {
                number.clamp(*min, *max)
            };
            // Whole numbers stay whole, so a field the reader takes as an integer still reads.
            *slot = if clamped.fract() == 0.0 && clamped.abs() < 1e15 {
                Value::from(clamped as i64)
            } else {
                Value::from(clamped)
            };
            Some(Plan::InPlace(Fix::Clamped(clamped)))
        }
        ProblemKind::DateOrder if steps == [Step::Key("updated".into())] => {
            let created = value.get("created")?.clone();
            *at(value, steps)? = created;
            Some(Plan::InPlace(Fix::Cleared))
        }
        ProblemKind::DuplicateId(_) | ProblemKind::Shape(_) => remove_item(),
        ProblemKind::UnknownId(_) | ProblemKind::DateOrder | ProblemKind::Cycle => {
            if required {
                remove_item()
            } else if last_key.is_some() {
                Some(Plan::Remove(steps.to_vec(), Fix::Cleared))
            } else {
                Some(Plan::Remove(steps.to_vec(), Fix::Removed))
            }
        }
    }
}

/// Later places first, so that removing an element never moves one still to be removed.
fn later_first(a: &[Step], b: &[Step]) -> Ordering {
    for (a, b) in a.iter().zip(b) {
        let order = match (a, b) {
            (Step::Index(a), Step::Index(b)) => b.cmp(a),
            (Step::Key(a), Step::Key(b)) => a.cmp(b),
            (Step::Key(_), Step::Index(_)) => Ordering::Less,
            (Step::Index(_), Step::Key(_)) => Ordering::Greater,
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    b.len().cmp(&a.len())
}

/// The name of the item a path is in (its name, text or title in `document`), if any.
pub fn item_name_at(document: &Value, path: &str) -> Option<String> {
    let steps = steps(path)?;
    let item = item_of(&steps)?;
    let mut value = document;
    for step in item {
        value = match step {
            Step::Key(key) => value.get(key)?,
            Step::Index(index) => value.get(index)?,
        };
    }
    ["name", "text", "title", "field"]
        .iter()
        .find_map(|key| value.get(*key)?.as_str().filter(|s| !s.is_empty()))
        .map(str::to_string)
}

/// Repairs every problem it can in `value`; returns what it did. A problem whose path it
/// cannot follow is left, so the validator still refuses the document.
pub fn repair(value: &mut Value, problems: &[Problem]) -> Vec<Repair> {
    let mut repairs = Vec::new();
    let mut removals = Vec::new();
    for problem in problems {
        let Some(steps) = steps(&problem.path) else {
            continue;
        };
        match decide(value, problem, &steps) {
            Some(Plan::InPlace(fix)) => repairs.push(Repair {
                problem: problem.clone(),
                fix,
            }),
            Some(Plan::Remove(steps, fix)) => removals.push((steps, problem.clone(), fix)),
            None => {}
        }
    }
    removals.sort_by(|a, b| later_first(&a.0, &b.0));
    removals.dedup_by(|a, b| a.0 == b.0);
    for (steps, problem, fix) in removals {
        if remove(value, &steps) {
            repairs.push(Repair { problem, fix });
        }
    }
    repairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_paths_with_keys_and_indexes() {
        assert_eq!(
            steps("integration.deals[2].touches[10].campaign"),
            Some(vec![
                Step::Key("integration".into()),
                Step::Key("deals".into()),
                Step::Index(2),
                Step::Key("touches".into()),
                Step::Index(10),
                Step::Key("campaign".into()),
            ])
        );
        assert_eq!(steps("lead.sales_ready[3]").map(|s| s.len()), Some(3));
        assert_eq!(steps("a[x]"), None);
        assert_eq!(steps(""), None);
    }

    #[test]
    fn later_elements_are_removed_first() {
        let first = steps("a.b[2]").unwrap();
        let second = steps("a.b[10]").unwrap();
        assert_eq!(later_first(&second, &first), Ordering::Less);
    }
}
