//! Time-zone rules as the cadence needs them: offsets by instant, wall-clock times to instants,
//! and the transitions of a span. The rules come from outside (the browser's `Intl` in the app,
//! the tz database in native tests), so the domain and the app's wasm carry no zone data.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

/// A source of time-zone rules.
pub trait ZoneRules {
    /// The offset from UTC of `zone` at `at`, in seconds; `None` for a zone the rules do not
    /// know.
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<i32>;

    /// The zone's short name at `at` (CET, CEST), where the rules have one.
    fn abbreviation(&self, _zone: &str, _at: DateTime<Utc>) -> Option<String> {
        None
    }
}

/// Whether the rules know `zone`.
pub fn is_known(rules: &dyn ZoneRules, zone: &str) -> bool {
    rules.offset(zone, DateTime::UNIX_EPOCH).is_some()
}

/// The instant the wall-clock time `local` happens in `zone`; read as UTC when the zone is
/// unknown. A time skipped by a daylight-saving jump moves forward by the jump; a time that
/// happens twice takes the first.
pub fn to_instant(rules: &dyn ZoneRules, zone: &str, local: NaiveDateTime) -> DateTime<Utc> {
    let as_utc = local.and_utc();
    let Some(before) = rules.offset(zone, as_utc - Duration::days(1)) else {
        return as_utc;
    };
    let after = rules
        .offset(zone, as_utc + Duration::days(1))
        .unwrap_or(before);
    let with = |offset: i32| as_utc - Duration::seconds(i64::from(offset));
    let fits =
        |offset: i32| (rules.offset(zone, with(offset)) == Some(offset)).then(|| with(offset));
    match (fits(before), fits(after)) {
        (Some(first), Some(second)) => first.min(second),
        (Some(at), None) | (None, Some(at)) => at,
        // In the gap: the clock still reads the offset before the jump.
        (None, None) => with(before),
    }
}

/// A change of a zone's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub at: DateTime<Utc>,
    pub before: i32,
    pub after: i32,
}

/// Every change of `zone`'s offset from `from` (taken to the minute) until `until`, found day by
/// day and then to the minute (zones change at most once a day).
pub fn transitions(
    rules: &dyn ZoneRules,
    zone: &str,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<Transition> {
    let minute = |at: DateTime<Utc>| at.timestamp().div_euclid(60);
    let at_minute = |minutes: i64| DateTime::from_timestamp(minutes * 60, 0).unwrap_or(from);
    let offset = |minutes: i64| rules.offset(zone, at_minute(minutes));
    let mut found = Vec::new();
    let mut day = minute(from);
    let Some(mut current) = offset(day) else {
        return found;
    };
    while at_minute(day) < until {
        let next_day = day + 24 * 60;
        let Some(next) = offset(next_day) else {
            break;
        };
        if next != current {
            // The first minute of the day's new offset.
            let (mut low, mut high) = (day, next_day);
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if offset(middle) == Some(current) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            found.push(Transition {
                at: at_minute(high),
                before: current,
                after: next,
            });
            current = next;
        }
        day = next_day;
    }
    found
}
