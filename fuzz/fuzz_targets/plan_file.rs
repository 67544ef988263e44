//! A plan file, as imported or read from storage: loading never panics, and whatever it
//! accepts is a valid plan that writes back to an equal plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use six_rounds_plan::{from_json, to_json_compact, validate};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(plan) = from_json(bytes) {
        assert!(validate(&plan).is_empty());
        assert_eq!(
            from_json(to_json_compact(&plan).as_bytes()).ok(),
            Some(plan)
        );
    }
});
