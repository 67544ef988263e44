//! Round 1's tools: editing the responsibility matrix, checking it, and moving it as CSV.

mod checks;
mod csv;
mod edit;
mod grid;
mod role_uses;
mod template;

pub use checks::{check, Finding, Severity};
pub use csv::{from_csv, to_csv, CsvError, CsvErrorKind};
pub use edit::{display_order, Removed};
pub use grid::{cycle, step, Step};
pub use role_uses::RoleUses;
pub use template::template;
