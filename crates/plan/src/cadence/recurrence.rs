//! The meeting's dates: weekly, every two weeks, monthly by date (the 31st falls back to a
//! shorter month's last day) or monthly by weekday (the 2nd Tuesday; a 5th means the last),
//! and each date's instant in the meeting's time zone (daylight saving handled).

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};

use super::zone::{to_instant, ZoneRules};

use crate::model::{Frequency, Meeting};

/// The last day of the month `date` is in.
fn month_end(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(date)
}

/// Which occurrence of its weekday a date is in its month: 1 to 4, or 5 (read as "the last").
pub fn week_of_month(date: NaiveDate) -> u32 {
    (date.day() - 1) / 7 + 1
}

/// The `nth` (1-4, or 5 for the last) `weekday` of the month that `month` is in.
fn nth_weekday(month: NaiveDate, weekday: chrono::Weekday, nth: u32) -> Option<NaiveDate> {
    if nth >= 5 {
        let end = month_end(month);
        let back = (7 + end.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        return end.checked_sub_signed(Duration::days(i64::from(back)));
    }
    NaiveDate::from_weekday_of_month_opt(month.year(), month.month(), weekday, nth as u8)
}

/// The first `count` meeting dates on or after `from`; none before the series starts or
/// when it has no start.
pub fn next_dates(meeting: &Meeting, from: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let Some(starts) = meeting.starts else {
        return Vec::new();
    };
    let from = from.max(starts);
    let mut dates = Vec::with_capacity(count);
    match meeting.frequency {
        Frequency::Weekly | Frequency::Biweekly => {
            let step = if meeting.frequency == Frequency::Weekly {
                7
            } else {
                14
            };
            let ahead = (7 + meeting.weekday.num_days_from_monday()
                - starts.weekday().num_days_from_monday())
                % 7;
            let first = starts + Duration::days(i64::from(ahead));
            // Jump straight to the first occurrence on or after `from`.
            let behind = (from - first).num_days().max(0);
            let mut date = first + Duration::days((behind + step - 1) / step * step);
            while dates.len() < count {
                dates.push(date);
                date += Duration::days(step);
            }
        }
        Frequency::MonthlyByDate | Frequency::MonthlyByWeekday => {
            let nth = week_of_month(starts);
            let mut month = starts.with_day(1).unwrap_or(starts);
            // Months are few; walking them keeps the rule obvious.
            for _ in 0..(count + 1200) {
                if dates.len() >= count {
                    break;
                }
                let date = match meeting.frequency {
                    // The start's day, or the month's last day when it is shorter.
                    Frequency::MonthlyByDate => {
                        month.with_day(starts.day()).or(Some(month_end(month)))
                    }
                    _ => nth_weekday(month, starts.weekday(), nth),
                };
                if let Some(date) = date.filter(|d| *d >= from) {
                    dates.push(date);
                }
                let Some(next) = month.checked_add_months(Months::new(1)) else {
                    break;
                };
                month = next;
            }
        }
    }
    dates
}

/// When a meeting on `date` starts, as an instant in the meeting's zone (read as UTC when
/// the rules do not know it); daylight-saving jumps as [`to_instant`] handles them.
pub fn instant(meeting: &Meeting, date: NaiveDate, rules: &dyn ZoneRules) -> DateTime<Utc> {
    to_instant(rules, &meeting.time_zone, date.and_time(meeting.time))
}
