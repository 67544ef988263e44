//! Round 6 computed: the meeting's dates in its time zone, and the series as an iCalendar
//! file.

mod ics;
mod recurrence;

pub use ics::{escape, fold, meeting_ics, rrule, IcsSeries};
pub use recurrence::{instant, next_dates, week_of_month, zone};
