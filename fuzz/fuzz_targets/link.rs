//! A share link's fragment, as pasted or followed: decoding never panics, and whatever it
//! accepts is a valid plan that encodes and decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use six_rounds_plan::{link, validate};

fuzz_target!(|fragment: &str| {
    if let Ok(plan) = link::decode(fragment) {
        assert!(validate(&plan).is_empty());
        // Re-encoded, it reads back the same (unless the compact form is over a cap).
        if let Ok(again) = link::decode(&link::encode_z(&plan)) {
            assert_eq!(again, plan);
        }
    }
});
