//! The plan as the app works with it: plain Rust types, no serialization concerns.

mod cadence;
mod coded;
mod goals;
mod integration;
mod lead;
mod plan;
mod roles;
mod sla;
mod workshop;

pub use cadence::*;
pub use coded::*;
pub use goals::*;
pub use integration::*;
pub use lead::*;
pub use plan::*;
pub use roles::*;
pub use sla::*;
pub use workshop::*;
