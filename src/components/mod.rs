//! The page's parts; each reads the state from context and emits edits.

mod agreement;
mod app_context;
mod cadence;
mod chart_figure;
mod coded_select;
mod decision;
mod facilitator;
mod file_or_paste;
mod first_run;
mod focus;
mod funnel_inputs;
mod goals;
mod header;
mod integration;
mod lead;
mod merge;
mod notices;
mod number_field;
mod plan_row;
mod plans_page;
mod role_select;
mod roles;
mod round_page;
mod share_page;
mod sla;
mod status_chip;
mod stepper;

pub use agreement::AgreementPage;
pub use decision::DecisionPage;
pub use facilitator::FacilitatorBar;
pub use header::Header;
pub use merge::MergePage;
pub use notices::Notices;
pub use plans_page::PlansPage;
pub use round_page::RoundPage;
pub use share_page::SharePage;
pub use stepper::Stepper;

pub use app_context::{lang_now, use_app};
pub use focus::{focus_by_id, reveal_when_shown};
