//! Running the workshop live: each round's countdown clock, and edits to the parking lot.

mod clock;
mod edit;

pub use clock::{clock_text, RoundClock};
