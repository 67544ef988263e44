//! Round 5 computed: the commitments worked back from round 3's revenue goal and spread
//! over the months with the sales-cycle lag, each month's compliance, and the agreement in
//! plain words with its sign-offs.

mod agreement;
mod calculator;
mod compliance;
mod edit;

pub use agreement::{agreement_text, sign_off_state, terms, SignOffState};
pub use calculator::{sla_calculator, SlaCalculation, SlaMonth};
pub use compliance::{compliance, MonthCompliance};
