//! The validator's JSON paths cannot drift from the document the format layer writes: every
//! number and text of the example plan, one at a time, is made too large or too long in the
//! document; the validator must name exactly that value's path, and every path it reports
//! must be one the document has (the repairer follows the same paths). An item's id is
//! only checked for the second.

use chrono::{TimeZone, Utc};
use serde_json::Value;
use six_rounds_plan::example::example_plan;
use six_rounds_plan::model::Lang;
use six_rounds_plan::{format, to_json_pretty, LoadError, ProblemKind};

/// Every leaf of `value` with its path in the validator's notation (`goals.nodes[3].target`).
fn leaves(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let next = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                leaves(child, next, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{path}[{i}]"), out);
            }
        }
        leaf => out.push((path, leaf.clone())),
    }
}

/// A path of the validator's notation as a JSON pointer.
fn pointer_of(path: &str) -> String {
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .map(|step| format!("/{}", step.replace('~', "~0").replace('/', "~1")))
        .collect()
}

fn value_at<'a>(document: &'a Value, path: &str) -> Option<&'a Value> {
    document.pointer(&pointer_of(path))
}

fn set_at(document: &mut Value, path: &str, value: Value) {
    *document
        .pointer_mut(&pointer_of(path))
        .expect("a leaf's own path resolves") = value;
}

/// What the loader makes of the document: `None` when the value cannot even be read there
/// (a date, a code, an integer field given a fraction), else the paths of its problems.
fn problem_paths(document: &Value) -> Option<Vec<String>> {
    match format::from_json(document.to_string().as_bytes()) {
        Ok(_) => Some(Vec::new()),
        Err(LoadError::Invalid(problems))
            if problems
                .iter()
                .any(|p| matches!(p.kind, ProblemKind::Shape(_))) =>
        {
            None
        }
        Err(LoadError::Invalid(problems)) => Some(problems.into_iter().map(|p| p.path).collect()),
        Err(_) => None,
    }
}

/// Too large for every bound and still a number each kind of field reads: a float, a
/// 64-bit, an unsigned and a signed 32-bit whole number.
const TOO_LARGE: [f64; 4] = [1e300, 4e18, 4e9, 2e9];

#[test]
fn every_path_the_validator_names_is_the_value_that_broke_the_rule() {
    let now = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
    let mut checked = (0, 0);
    let mut unbounded = Vec::new();
    for lang in [Lang::En, Lang::Ru] {
        let document: Value = serde_json::from_str(&to_json_pretty(&example_plan(lang, now)))
            .expect("the example writes JSON");
        let mut all = Vec::new();
        leaves(&document, String::new(), &mut all);
        for (path, leaf) in all {
            let candidates: Vec<Value> = match leaf {
                Value::Number(_) => TOO_LARGE
                    .iter()
                    .map(|n| {
                        if n.fract() == 0.0 && *n < 1e19 {
                            Value::from(*n as u64)
                        } else {
                            Value::from(*n)
                        }
                    })
                    .collect(),
                Value::String(_) => vec![Value::String("x".repeat(100_001))],
                _ => continue,
            };
            for candidate in candidates {
                let mut broken = document.clone();
                set_at(&mut broken, &path, candidate);
                let Some(paths) = problem_paths(&broken) else {
                    continue;
                };
                for reported in &paths {
                    assert!(
                        value_at(&broken, reported).is_some(),
                        "{path} made too large: the validator names {reported}, which the document does not have"
                    );
                }
                // An item's own id has no bound of its own; one changed leaves the references
                // to it dangling, and those are what the validator names.
                if path.ends_with(".id") {
                    break;
                }
                if paths.is_empty() {
                    unbounded.push(path.clone());
                    break;
                }
                assert!(
                    paths.iter().any(|reported| reported == &path),
                    "{path} made too large: the validator names {paths:?}, not the value"
                );
                if leaf.is_number() {
                    checked.0 += 1;
                } else {
                    checked.1 += 1;
                }
                break;
            }
        }
    }
    assert!(
        unbounded.is_empty(),
        "accepted however large: {unbounded:?}"
    );
    assert!(
        checked.0 > 50 && checked.1 > 100,
        "too few values were checked: {checked:?}"
    );
}
