//! Every stored document in `fixtures/load` loads, or fails, exactly as its `.expect` says.

use std::fs;
use std::path::Path;

use six_rounds_plan::{format, from_json, to_json_compact, to_json_pretty, LoadError, NotAPlan};

fn outcome(result: &Result<six_rounds_plan::Plan, LoadError>) -> Vec<String> {
    match result {
        Ok(_) => vec!["ok".into()],
        Err(LoadError::NotAPlan(NotAPlan::NotJson(_))) => vec!["not-a-plan not-json".into()],
        Err(LoadError::NotAPlan(NotAPlan::WrongFormat)) => vec!["not-a-plan wrong-format".into()],
        Err(LoadError::NotAPlan(NotAPlan::NoSchema)) => vec!["not-a-plan no-schema".into()],
        Err(LoadError::NewerSchema { found, .. }) => vec![format!("newer-schema {found}")],
        Err(LoadError::Invalid(problems)) => problems
            .iter()
            .map(|problem| format!("invalid {}", problem.path))
            .collect(),
    }
}

#[test]
fn every_fixture_gives_its_expected_outcome() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let expected = fs::read_to_string(path.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{} has no .expect file", path.display()));
        let expected = expected.trim();
        let result = from_json(&fs::read(&path).unwrap());
        let got = outcome(&result);
        assert!(
            got.iter().any(|line| line == expected),
            "{}: expected `{expected}`, got {got:?}",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixtures found");
}

#[test]
fn a_loaded_fixture_writes_back_to_an_equal_plan() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    for name in ["example-en", "example-ru", "new-plan", "minimal"] {
        let plan = from_json(&fs::read(dir.join(format!("{name}.json"))).unwrap()).unwrap();
        for text in [to_json_pretty(&plan), to_json_compact(&plan)] {
            assert_eq!(from_json(text.as_bytes()).unwrap(), plan, "{name}");
        }
    }
}

#[test]
fn a_newer_schema_is_refused_whole() {
    let text = r#"{"format":"six-rounds-plan","schema":7,"title":"From the future"}"#;
    assert_eq!(
        from_json(text.as_bytes()),
        Err(LoadError::NewerSchema {
            found: 7,
            supported: 1
        })
    );
}

#[test]
fn shape_errors_name_the_path_and_the_accepted_values() {
    let text = r#"{"format":"six-rounds-plan","schema":1,"language":"fr",
        "created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}"#;
    let Err(LoadError::Invalid(problems)) = from_json(text.as_bytes()) else {
        panic!("expected an invalid plan");
    };
    assert_eq!(problems[0].path, "language");
    let six_rounds_plan::ProblemKind::Shape(message) = &problems[0].kind else {
        panic!("expected a shape problem");
    };
    assert!(message.contains("en, ru"), "{message}");
}

#[test]
fn deals_stored_apart_are_put_back_unless_the_document_has_its_own() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let plan = from_json(&fs::read(dir.join("example-en.json")).unwrap()).unwrap();
    assert!(!plan.integration.deals.is_empty());
    let document = format::to_json_compact_without_deals(&plan);
    let deals = format::deals_to_json(&plan);

    let apart = format::from_stored_json(document.as_bytes(), Some(deals.as_bytes()));
    assert_eq!(apart.as_ref(), Ok(&plan));
    let without = format::from_stored_json(document.as_bytes(), None).unwrap();
    assert!(without.integration.deals.is_empty());
    // A whole document (written in one piece) keeps its deals over stale ones stored apart.
    let whole = to_json_compact(&plan);
    assert_eq!(
        format::from_stored_json(whole.as_bytes(), Some(b"[]")),
        Ok(plan)
    );
}

#[test]
fn damaged_deals_stored_apart_make_the_plan_unreadable_not_empty() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let plan = from_json(&fs::read(dir.join("example-en.json")).unwrap()).unwrap();
    let document = format::to_json_compact_without_deals(&plan);
    let result = format::from_stored_json(document.as_bytes(), Some(b"[{\"id\":"));
    assert_eq!(outcome(&result), vec!["not-a-plan not-json".to_string()]);
    let result = format::from_stored_json(document.as_bytes(), Some(b"[{\"id\":\"d1\"}]"));
    assert_eq!(
        outcome(&result),
        vec!["invalid integration.deals[0]".to_string()]
    );
}
