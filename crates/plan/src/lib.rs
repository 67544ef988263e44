//! Six Rounds' domain: the plan document and everything computed from it, with no browser code.

pub mod cadence;
pub mod example;
pub mod format;
pub mod goals;
pub mod history;
mod ids;
pub mod integration;
pub mod library;
pub mod limits;
pub mod lineage;
pub mod link;
pub mod merge;
pub mod model;
pub mod progress;
pub mod proposals;
pub mod raci;
pub mod review;
pub mod scoring;
pub mod sla;
pub mod spreadsheet;
pub mod validate;
pub mod workshop;

pub use format::{from_json, to_json_compact, to_json_pretty, LoadError, NotAPlan};
pub use link::LinkError;
pub use model::Plan;
pub use validate::{validate, Problem, ProblemKind};
