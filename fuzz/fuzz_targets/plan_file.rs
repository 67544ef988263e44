//! A plan file, as imported or read from storage: loading never panics, and whatever it
//! accepts — strictly, or repaired (`format::open`, what the app uses) — is a valid plan that
//! writes back to an equal plan; and merging what it opens with itself changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use six_rounds_plan::merge::merge;
use six_rounds_plan::{format, from_json, to_json_compact, validate};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(plan) = from_json(bytes) {
        assert!(validate(&plan).is_empty());
        assert_eq!(
            from_json(to_json_compact(&plan).as_bytes()).ok(),
            Some(plan)
        );
    }
    if let Ok(opened) = format::open(bytes) {
        let plan = opened.plan;
        assert!(validate(&plan).is_empty());
        assert_eq!(
            from_json(to_json_compact(&plan).as_bytes()).ok(),
            Some(plan.clone())
        );
        let merged = merge(Some(&plan), &plan, &plan, &[]).expect("the same plan");
        assert!(merged.conflicts.is_empty());
        assert_eq!(format::digest(&merged.plan), format::digest(&plan));
    }
});
