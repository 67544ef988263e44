//! The meeting series as an iCalendar file (RFC 5545): one VEVENT with an RRULE, in the
//! meeting's time zone with its VTIMEZONE (the offsets and transitions of the years the
//! series spans), TEXT escaped, lines folded at 75 octets, CRLF line ends.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::recurrence::{week_of_month, zone};
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
/// next years, found hour by hour.
fn vtimezone(tz: Tz, from: DateTime<Utc>) -> Vec<String> {
    let offset_at = |at: DateTime<Utc>| tz.offset_from_utc_datetime(&at.naive_utc());
    let observance =
        |lines: &mut Vec<String>, at: NaiveDateTime, before: i32, after: chrono_tz::TzOffset| {
            let kind = if after.dst_offset().is_zero() {
                "STANDARD"
            } else {
                "DAYLIGHT"
            };
            lines.push(format!("BEGIN:{kind}"));
            lines.push(format!("DTSTART:{}", local_stamp(at)));
            lines.push(format!("TZOFFSETFROM:{}", offset_text(before)));
            lines.push(format!(
                "TZOFFSETTO:{}",
                offset_text(after.fix().local_minus_utc())
            ));
            if let Some(name) = after.abbreviation() {
                lines.push(format!("TZNAME:{}", escape(name)));
            }
            lines.push(format!("END:{kind}"));
        };
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{}", tz.name())];
    let mut current = offset_at(from);
    let start_seconds = current.fix().local_minus_utc();
    observance(
        &mut lines,
        (from + Duration::seconds(i64::from(start_seconds))).naive_utc() - Duration::days(1),
        start_seconds,
        current,
    );
    let mut at = from;
    let end = from + Duration::days(i64::from(ZONE_YEARS) * 366);
    while at < end {
        let next = at + Duration::hours(1);
        let offset = offset_at(next);
        if offset.fix() != current.fix() {
            let before = current.fix().local_minus_utc();
            // The onset in the local time in force before it.
            observance(
                &mut lines,
                (next + Duration::seconds(i64::from(before))).naive_utc(),
                before,
                offset,
            );
            current = offset;
        }
        at = next;
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

/// The whole .ics text; none when the meeting has no start date.
pub fn meeting_ics(meeting: &Meeting, series: &IcsSeries) -> Option<String> {
    let starts = meeting.starts?;
    let rule = rrule(meeting)?;
    let first = super::recurrence::next_dates(meeting, starts, 1)
        .into_iter()
        .next()?;
    let local = first.and_time(meeting.time);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Six Rounds//Joint meeting//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let tz = zone(meeting).filter(|tz| *tz != Tz::UTC && *tz != Tz::Etc__UTC);
    let dtstart = match tz {
        Some(tz) => {
            lines.extend(vtimezone(tz, super::recurrence::instant(meeting, first)));
            format!("DTSTART;TZID={}:{}", tz.name(), local_stamp(local))
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
