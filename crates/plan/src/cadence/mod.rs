//! Round 6 computed: the meeting's dates in its time zone, the next meeting's agenda, and
//! the series as an iCalendar file.

mod agenda;
mod edit;
mod ics;
mod recurrence;

pub use agenda::{agenda, AgendaItem, OpenAction, Topic};
pub use edit::zone_names;
pub use ics::{escape, fold, meeting_ics, rrule, IcsSeries};
pub use recurrence::{instant, next_dates, week_of_month, zone};
