//! Drawing charts on a canvas with plotters: glue at the edge, fed with plain numbers.

mod bars;

pub use bars::{draw_bars, Axis, Bar, Panel};
