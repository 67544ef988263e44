//! Every CSV importer on the same text: RACI matrix, past leads, campaigns, deals. Each
//! answers with rows or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use six_rounds_plan::integration::{campaigns_from_csv, deals_from_csv};
use six_rounds_plan::model::RolesRound;
use six_rounds_plan::raci::from_csv;
use six_rounds_plan::scoring::leads_from_csv;

fuzz_target!(|text: &str| {
    let _ = from_csv(text, &RolesRound::default());
    let _ = leads_from_csv(text);
    let _ = campaigns_from_csv(text);
    let _ = deals_from_csv(text);
});
