//! Round 4 computed: the integration's checks, campaign attribution under six models, and
//! campaigns and deals read from CSV.

mod attribution;
mod checks;
mod csv;
mod edit;

pub use attribution::{
    attribute, credit, journey, journeys, model_index, roi, shares_into, Attribution,
    CampaignCredit, JourneyStep, Journeys, MODELS,
};
pub use checks::{check, stages_to_map, Finding, StatusSystem};
pub use csv::{campaigns_from_csv, deals_from_csv, CsvError, CsvErrorKind, DealRow};
