//! Round 6 computed: the meeting's dates in its time zone (by rules from outside), the next
//! meeting's agenda, and the series as an iCalendar file.

mod agenda;
mod edit;
mod ics;
mod recurrence;
mod zone;

pub use agenda::{agenda, AgendaItem, OpenAction, Topic};
pub use ics::{escape, fold, meeting_ics, rrule, IcsSeries};
pub use recurrence::{instant, next_dates, week_of_month};
pub use zone::{is_known, to_instant, transitions, Transition, ZoneRules};
