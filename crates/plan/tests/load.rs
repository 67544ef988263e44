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
            supported: format::CURRENT_SCHEMA
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

/// Whether a refusal is a value breaking a rule (repairable) rather than a shape the reader
/// cannot take.
fn breaks_rules_only(result: &Result<six_rounds_plan::Plan, LoadError>) -> bool {
    match result {
        Err(LoadError::Invalid(problems)) => problems.iter().all(|problem| {
            !matches!(&problem.kind, six_rounds_plan::ProblemKind::Shape(detail)
                if !detail.contains("grade and level"))
        }),
        _ => false,
    }
}

#[test]
fn a_fixture_that_only_breaks_rules_opens_repaired_and_the_rest_are_refused_alike() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let mut repaired = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let strict = from_json(&bytes);
        let opened = format::open(&bytes);
        match (&strict, &opened) {
            (Ok(plan), Ok(opened)) => {
                assert_eq!(&opened.plan, plan);
                assert!(opened.repairs.is_empty(), "{}", path.display());
            }
            (Err(LoadError::Invalid(problems)), Ok(opened)) => {
                assert!(breaks_rules_only(&strict), "{}", path.display());
                for problem in problems {
                    assert!(
                        opened.repairs.iter().any(|r| r.problem.path == problem.path
                            || problem.path.starts_with(&format!("{}[", r.problem.path))),
                        "{}: {} was not repaired",
                        path.display(),
                        problem.path
                    );
                }
                assert_eq!(six_rounds_plan::validate(&opened.plan), vec![]);
                // The repaired plan writes and reads back as it is.
                let text = to_json_compact(&opened.plan);
                assert_eq!(from_json(text.as_bytes()).as_ref(), Ok(&opened.plan));
                repaired += 1;
            }
            (Err(error), Err(same)) => {
                assert_eq!(error, same, "{}", path.display());
                assert!(!breaks_rules_only(&strict), "{}", path.display());
            }
            (strict, opened) => panic!("{}: {strict:?} / {opened:?}", path.display()),
        }
    }
    assert!(repaired >= 15, "only {repaired} fixtures were repaired");
}

#[test]
fn repairs_say_what_was_done() {
    use six_rounds_plan::format::Fix;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let opened = format::open(&fs::read(dir.join("several-rules-broken.json")).unwrap())
        .unwrap_or_else(|error| panic!("{error:?}"));
    let fix_at = |path: &str| {
        opened
            .repairs
            .iter()
            .find(|r| r.problem.path == path)
            .map(|r| r.fix.clone())
            .unwrap_or_else(|| panic!("no repair at {path}: {:?}", opened.repairs))
    };
    assert_eq!(fix_at("title"), Fix::Shortened);
    assert_eq!(opened.plan.title.chars().count(), 200);
    assert_eq!(fix_at("goals.nodes[1].actual"), Fix::Clamped(0.0));
    assert_eq!(fix_at("integration.half_life_days"), Fix::Clamped(0.1));
    assert_eq!(
        fix_at("cadence.meeting.duration_minutes"),
        Fix::Clamped(480.0)
    );
    assert_eq!(opened.plan.cadence.meeting.duration_minutes, 480);
    assert_eq!(fix_at("lead.sales_ready[1]"), Fix::Removed);
    assert_eq!(opened.plan.lead.sales_ready.len(), 1);
    let roles = opened.plan.roles.roles.len();
    let original = from_json(&fs::read(dir.join("example-en.json")).unwrap()).unwrap();
    assert_eq!(
        roles,
        original.roles.roles.len(),
        "the repeated role is removed"
    );

    let opened = format::open(&fs::read(dir.join("goal-target-too-large.json")).unwrap()).unwrap();
    assert_eq!(opened.plan.goals.nodes[0].target, Some(1e12));
    // Each repair's place in words: round, the item's name, the field.
    let places = format::places(&opened.plan, &["goals.nodes[0].target", "title"]);
    let goal = opened.plan.goals.nodes[0].name.clone();
    assert_eq!(
        places,
        vec![
            (
                Some(six_rounds_plan::model::Round::Goals),
                Some(goal),
                "target".to_string()
            ),
            (None, None, "title".to_string()),
        ]
    );
}

#[test]
fn a_schema_1_plan_gets_a_stable_id_and_a_schema_2_plan_keeps_its_own() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/load");
    let old = fs::read(dir.join("example-en.json")).unwrap();
    let first = from_json(&old).unwrap();
    assert!(first.id.starts_with("v1-"), "{}", first.id);
    assert_eq!(
        from_json(&old).unwrap().id,
        first.id,
        "the same old plan, the same id"
    );
    assert_eq!(first.origin, None);
    let written = to_json_compact(&first);
    assert!(written.starts_with(r#"{"format":"six-rounds-plan","schema":2,"id":"v1-"#));

    let copy = from_json(&fs::read(dir.join("schema2-shared-copy.json")).unwrap()).unwrap();
    assert_eq!(copy.id, "p19ad5c3e7f1");
    assert_eq!(copy.origin.as_ref().unwrap().digest, "3f9a0c1d2e4b5a67");
    // The digest is of the content: the time of the last edit and the origin do not count.
    let mut touched = copy.clone();
    touched.updated += chrono::Duration::days(3);
    touched.origin = None;
    assert_eq!(format::digest(&touched), format::digest(&copy));
    touched.title.push('!');
    assert_ne!(format::digest(&touched), format::digest(&copy));
}
