//! The plan as the app works with it: plain Rust types, no serialization concerns.

mod cadence;
mod coded;
mod goals;
mod integration;
mod lead;
mod plan;
mod proposal;
mod roles;
mod round;
mod sla;
mod workshop;

pub use cadence::*;
pub use coded::*;
pub use goals::*;
pub use integration::*;
pub use lead::*;
pub use plan::*;
pub use proposal::*;
pub use roles::*;
pub use round::*;
pub use sla::*;
pub use workshop::*;
