//! The meeting series as an iCalendar file (RFC 5545): one VEVENT with an RRULE, in the
//! meeting's time zone with its VTIMEZONE (the offsets and transitions of the years the
//! series spans), TEXT escaped, lines folded at 75 octets, CRLF line ends.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc, Weekday};

use super::recurrence::{instant, next_dates, week_of_month};
use super::zone::{transitions, ZoneRules};
use crate::model::{Frequency, Meeting};

/// What the calendar shows besides the schedule.
pub struct IcsSeries<'a> {
    /// Stable across exports of one plan, so a calendar updates the series instead of
    /// adding a second one.
    pub uid: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub stamp: DateTime<Utc>,
}

/// How many years of time-zone transitions the VTIMEZONE lists.
const ZONE_YEARS: i32 = 3;

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line: at most 75 octets a line, never inside a UTF-8 character; each
/// continuation starts with one space. Ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn day_code(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// The recurrence rule. Monthly by date past the 28th takes the month's last day when the
/// month is shorter (BYSETPOS=-1 over the days that exist); a 5th weekday means the last.
pub fn rrule(meeting: &Meeting) -> Option<String> {
    let starts = meeting.starts?;
    Some(match meeting.frequency {
        Frequency::Weekly => format!("FREQ=WEEKLY;BYDAY={}", day_code(meeting.weekday)),
        Frequency::Biweekly => {
            format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={}", day_code(meeting.weekday))
        }
        Frequency::MonthlyByDate if starts.day() > 28 => {
            let days: Vec<String> = (28..=starts.day()).map(|d| d.to_string()).collect();
            format!("FREQ=MONTHLY;BYMONTHDAY={};BYSETPOS=-1", days.join(","))
        }
        Frequency::MonthlyByDate => format!("FREQ=MONTHLY;BYMONTHDAY={}", starts.day()),
        Frequency::MonthlyByWeekday => {
            let nth = match week_of_month(starts) {
                5 => -1,
                n => n as i32,
            };
            format!("FREQ=MONTHLY;BYDAY={nth}{}", day_code(starts.weekday()))
        }
    })
}

fn local_stamp(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The zone's VTIMEZONE: the observance in force at `from`, then each transition over the
/// next years. Daylight time is any offset above the smallest one seen (the standard time).
fn vtimezone(rules: &dyn ZoneRules, zone: &str, from: DateTime<Utc>) -> Option<Vec<String>> {
    let start = rules.offset(zone, from)?;
    let end = from + Duration::days(i64::from(ZONE_YEARS) * 366);
    let changes = transitions(rules, zone, from, end);
    let standard = changes
        .iter()
        .map(|change| change.after)
        .fold(start, i32::min);
    let observance = |lines: &mut Vec<String>, at: DateTime<Utc>, before: i32, after: i32| {
        let kind = if after > standard {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        // The onset in the local time in force before it.
        let onset = (at + Duration::seconds(i64::from(before))).naive_utc();
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", local_stamp(onset)));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(before)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(after)));
        if let Some(name) = rules.abbreviation(zone, at) {
            lines.push(format!("TZNAME:{}", escape(&name)));
        }
        lines.push(format!("END:{kind}"));
    };
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{zone}")];
    observance(&mut lines, from - Duration::days(1), start, start);
    for change in changes {
        observance(&mut lines, change.at, change.before, change.after);
    }
    lines.push("END:VTIMEZONE".to_string());
    Some(lines)
}

/// The whole .ics text; none when the meeting has no start date.
pub fn meeting_ics(meeting: &Meeting, series: &IcsSeries, rules: &dyn ZoneRules) -> Option<String> {
    let starts = meeting.starts?;
    let rule = rrule(meeting)?;
    let first = next_dates(meeting, starts, 1).into_iter().next()?;
    let local = first.and_time(meeting.time);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Six Rounds//Joint meeting//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let zone = meeting.time_zone.as_str();
    let in_zone = (!matches!(zone, "UTC" | "Etc/UTC"))
        .then(|| vtimezone(rules, zone, instant(meeting, first, rules)))
        .flatten();
    let dtstart = match in_zone {
        Some(vtimezone) => {
            lines.extend(vtimezone);
            format!("DTSTART;TZID={}:{}", zone, local_stamp(local))
        }
        None => format!("DTSTART:{}Z", local_stamp(local)),
    };
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(series.uid)),
        format!("DTSTAMP:{}", series.stamp.format("%Y%m%dT%H%M%SZ")),
        dtstart,
        format!("DURATION:PT{}M", meeting.duration_minutes),
        format!("RRULE:{rule}"),
        format!("SUMMARY:{}", escape(series.summary)),
        format!("DESCRIPTION:{}", escape(series.description)),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]);
    Some(lines.iter().map(|line| fold(line)).collect())
}
