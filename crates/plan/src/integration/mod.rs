//! Round 4 computed: the integration's checks, campaign attribution under six models, and
//! campaigns and deals read from CSV.

mod attribution;
mod checks;
mod csv;
mod edit;

pub use attribution::{
    attribute, attribution_inputs, journey, model_index, roi, shares_into, Attribution,
    CampaignCredit, JourneyStep, MODELS,
};
pub use checks::{check, stages_to_map, Finding, StatusSystem};
pub use csv::{campaigns_from_csv, deals_from_csv, CsvError, CsvErrorKind, DealRow};
