//! Round 2's tools: scoring a lead against the criteria, grading it, and back-testing thresholds.

mod backtest;
mod edit;
mod leads_csv;
mod rules;
mod score;

pub use backtest::{backtest, Backtest, ThresholdResult};
pub use leads_csv::{leads_from_csv, LeadsCsvError, LeadsCsvErrorKind, Outcome, PastLeads};
pub use score::{
    grade_cell, is_grade_cell, score_lead, CriterionResult, Lead, LeadScore, GRADES, LEVELS,
};
