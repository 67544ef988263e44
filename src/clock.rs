//! The browser's clock, as chrono values.

use chrono::{DateTime, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

pub fn today() -> NaiveDate {
    now().date_naive()
}

/// A random seed for new ids.
pub fn seed() -> u64 {
    (js_sys::Math::random() * 9.0e15) as u64
}
