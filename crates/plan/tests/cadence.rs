//! Round 6: the meeting's dates (weeks, month ends, leap years, the last weekday), their
//! instants across daylight saving, and the .ics text: RFC 5545's folding, escaping and
//! recurrence rules, read back by an independent parser.

use chrono::{DateTime, NaiveDate, NaiveTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::{OffsetName, Tz};
use six_rounds_plan::cadence::*;
use six_rounds_plan::model::*;

/// The tz database as the zone rules, as the browser's `Intl` gives them to the app.
struct TzDatabase;

impl ZoneRules for TzDatabase {
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<i32> {
        let tz: Tz = zone.parse().ok()?;
        Some(
            tz.offset_from_utc_datetime(&at.naive_utc())
                .fix()
                .local_minus_utc(),
        )
    }

    fn abbreviation(&self, zone: &str, at: DateTime<Utc>) -> Option<String> {
        let tz: Tz = zone.parse().ok()?;
        tz.offset_from_utc_datetime(&at.naive_utc())
            .abbreviation()
            .map(str::to_string)
    }
}

fn instant(meeting: &Meeting, date: NaiveDate) -> DateTime<Utc> {
    six_rounds_plan::cadence::instant(meeting, date, &TzDatabase)
}

fn meeting_ics(meeting: &Meeting, series: &IcsSeries) -> Option<String> {
    six_rounds_plan::cadence::meeting_ics(meeting, series, &TzDatabase)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn meeting(frequency: Frequency, weekday: Weekday, starts: NaiveDate) -> Meeting {
    Meeting {
        frequency,
        weekday,
        time: NaiveTime::from_hms_opt(15, 0, 0).unwrap(),
        duration_minutes: 45,
        time_zone: "Europe/Berlin".into(),
        starts: Some(starts),
        attendees: Vec::new(),
    }
}

#[test]
fn weekly_and_every_two_weeks_from_the_start() {
    let weekly = meeting(Frequency::Weekly, Weekday::Tue, day(2027, 1, 5));
    assert_eq!(
        next_dates(&weekly, day(2027, 1, 1), 3),
        vec![day(2027, 1, 5), day(2027, 1, 12), day(2027, 1, 19)]
    );
    let biweekly = meeting(Frequency::Biweekly, Weekday::Tue, day(2027, 1, 5));
    assert_eq!(
        next_dates(&biweekly, day(2027, 1, 20), 2),
        vec![day(2027, 2, 2), day(2027, 2, 16)]
    );
    // Starting on a Monday, meeting on Thursdays: the first Thursday after.
    let thursdays = meeting(Frequency::Weekly, Weekday::Thu, day(2027, 1, 4));
    assert_eq!(
        next_dates(&thursdays, day(2026, 12, 1), 1),
        vec![day(2027, 1, 7)]
    );
    let mut unstarted = weekly.clone();
    unstarted.starts = None;
    assert!(next_dates(&unstarted, day(2027, 1, 1), 3).is_empty());
}

#[test]
fn monthly_by_date_keeps_to_month_ends_and_leap_years() {
    let on_31st = meeting(Frequency::MonthlyByDate, Weekday::Mon, day(2027, 1, 31));
    assert_eq!(
        next_dates(&on_31st, day(2027, 1, 1), 4),
        vec![
            day(2027, 1, 31),
            day(2027, 2, 28),
            day(2027, 3, 31),
            day(2027, 4, 30)
        ]
    );
    let leap = meeting(Frequency::MonthlyByDate, Weekday::Mon, day(2028, 1, 30));
    assert_eq!(
        next_dates(&leap, day(2028, 2, 1), 2),
        vec![day(2028, 2, 29), day(2028, 3, 30)]
    );
}

#[test]
fn monthly_by_weekday_counts_the_weekday_and_a_fifth_means_the_last() {
    // 12 January 2027 is the second Tuesday.
    let second_tuesday = meeting(Frequency::MonthlyByWeekday, Weekday::Tue, day(2027, 1, 12));
    assert_eq!(
        next_dates(&second_tuesday, day(2027, 1, 13), 2),
        vec![day(2027, 2, 9), day(2027, 3, 9)]
    );
    // 29 January 2027 is the fifth Friday: from then on, the last Friday.
    let last_friday = meeting(Frequency::MonthlyByWeekday, Weekday::Fri, day(2027, 1, 29));
    assert_eq!(
        next_dates(&last_friday, day(2027, 1, 1), 4),
        vec![
            day(2027, 1, 29),
            day(2027, 2, 26),
            day(2027, 3, 26),
            day(2027, 4, 30)
        ]
    );
}

#[test]
fn instants_follow_daylight_saving_in_the_meetings_zone() {
    let mut berlin = meeting(Frequency::Weekly, Weekday::Tue, day(2027, 1, 5));
    let utc = |y, m, d, h, min| Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
    assert_eq!(instant(&berlin, day(2027, 1, 5)), utc(2027, 1, 5, 14, 0));
    assert_eq!(instant(&berlin, day(2027, 7, 6)), utc(2027, 7, 6, 13, 0));
    // 02:30 does not exist on 28 March 2027 in Berlin (clocks jump to 03:00): 03:30 CEST.
    berlin.time = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
    assert_eq!(instant(&berlin, day(2027, 3, 28)), utc(2027, 3, 28, 1, 30));
    // 02:30 happens twice on 31 October 2027: the first, still summer time.
    assert_eq!(
        instant(&berlin, day(2027, 10, 31)),
        utc(2027, 10, 31, 0, 30)
    );
    berlin.time_zone = "Nowhere/Atlantis".into();
    assert_eq!(
        instant(&berlin, day(2027, 1, 5)),
        utc(2027, 1, 5, 2, 30),
        "unknown zone: UTC"
    );
}

#[test]
fn the_rrule_for_each_frequency() {
    let cases = [
        (Frequency::Weekly, day(2027, 1, 5), "FREQ=WEEKLY;BYDAY=TU"),
        (
            Frequency::Biweekly,
            day(2027, 1, 5),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        ),
        (
            Frequency::MonthlyByDate,
            day(2027, 1, 15),
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        (
            Frequency::MonthlyByDate,
            day(2027, 1, 31),
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
        ),
        (
            Frequency::MonthlyByWeekday,
            day(2027, 1, 12),
            "FREQ=MONTHLY;BYDAY=2TU",
        ),
        (
            Frequency::MonthlyByWeekday,
            day(2027, 1, 29),
            "FREQ=MONTHLY;BYDAY=-1FR",
        ),
    ];
    for (frequency, starts, expected) in cases {
        let m = meeting(frequency, Weekday::Tue, starts);
        assert_eq!(rrule(&m).as_deref(), Some(expected));
    }
}

#[test]
fn text_is_escaped_and_lines_fold_at_75_octets_without_splitting_a_character() {
    assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    let long = format!("DESCRIPTION:{}", "Проверка связи — ".repeat(20));
    let folded = fold(&long);
    assert!(folded.ends_with("\r\n"));
    for line in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
    }
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), long);
}

fn series(description: &str) -> IcsSeries<'_> {
    IcsSeries {
        uid: "plan-42-meeting@six-rounds",
        summary: "Sales & marketing: joint meeting",
        description,
        stamp: Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    }
}

#[test]
fn transitions_are_found_to_the_minute_and_zones_without_any_have_none() {
    let utc = |y, m, d, h, min| Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
    let year = |zone| {
        transitions(
            &TzDatabase,
            zone,
            utc(2027, 1, 1, 0, 0),
            utc(2028, 1, 1, 0, 0),
        )
    };
    assert_eq!(
        year("Europe/Berlin"),
        vec![
            Transition {
                at: utc(2027, 3, 28, 1, 0),
                before: 3600,
                after: 7200
            },
            Transition {
                at: utc(2027, 10, 31, 1, 0),
                before: 7200,
                after: 3600
            },
        ]
    );
    // Lord Howe Island moves its clocks by half an hour.
    assert_eq!(
        year("Australia/Lord_Howe")[0],
        Transition {
            at: utc(2027, 4, 3, 15, 0),
            before: 39600,
            after: 37800
        }
    );
    assert_eq!(year("Asia/Tokyo"), vec![]);
    assert_eq!(year("Nowhere/Atlantis"), vec![]);
    assert!(is_known(&TzDatabase, "America/Sao_Paulo"));
    assert!(!is_known(&TzDatabase, "Nowhere/Atlantis"));
}

#[test]
fn the_ics_file_reads_back_with_an_independent_parser() {
    let m = meeting(Frequency::Biweekly, Weekday::Tue, day(2027, 1, 5));
    let agenda = "1. SLA review, 10 min\n2. Goals at risk; open actions, 15 min";
    let text = meeting_ics(&m, &series(agenda)).unwrap();
    assert!(text
        .split_inclusive('\n')
        .all(|line| line.ends_with("\r\n")));
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .expect("one calendar")
        .expect("it parses");
    let value = |properties: &[ical::property::Property], name: &str| {
        properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(
        value(&calendar.properties, "VERSION").as_deref(),
        Some("2.0")
    );
    let event = &calendar.events[0];
    assert_eq!(
        value(&event.properties, "RRULE").as_deref(),
        Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")
    );
    assert_eq!(
        value(&event.properties, "DTSTART").as_deref(),
        Some("20270105T150000")
    );
    let start = event
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .unwrap();
    assert_eq!(
        start.params.as_ref().unwrap()[0],
        ("TZID".to_string(), vec!["Europe/Berlin".to_string()])
    );
    assert_eq!(
        value(&event.properties, "DURATION").as_deref(),
        Some("PT45M")
    );
    assert_eq!(
        value(&event.properties, "DESCRIPTION").as_deref(),
        Some("1. SLA review\\, 10 min\\n2. Goals at risk\\; open actions\\, 15 min")
    );
    let zone = &calendar.timezones[0];
    assert_eq!(
        value(&zone.properties, "TZID").as_deref(),
        Some("Europe/Berlin")
    );
    let kinds: Vec<String> = zone
        .transitions
        .iter()
        .map(|t| format!("{:?}", t.transition))
        .collect();
    assert!(
        kinds.iter().any(|k| k == "DAYLIGHT") && kinds.iter().any(|k| k == "STANDARD"),
        "{kinds:?}"
    );
    // Summer time begins on 28 March 2027 at 02:00 local, from +0100 to +0200.
    assert!(
        text.contains(
            "DTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"
        ),
        "{text}"
    );
}

#[test]
fn a_meeting_in_utc_needs_no_time_zone_and_one_without_a_start_no_file() {
    let mut m = meeting(Frequency::Weekly, Weekday::Mon, day(2027, 1, 4));
    m.time_zone = "UTC".into();
    let text = meeting_ics(&m, &series("")).unwrap();
    assert!(text.contains("DTSTART:20270104T150000Z\r\n"));
    assert!(!text.contains("VTIMEZONE"));
    m.starts = None;
    assert_eq!(meeting_ics(&m, &series("")), None);
}

#[test]
fn the_agenda_is_built_from_every_round_and_fills_the_meeting_exactly() {
    let mut plan = six_rounds_plan::example::example_plan(
        Lang::En,
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    );
    let items = agenda(&plan, day(2027, 1, 19));
    let total: u32 = items.iter().map(|i| i.minutes).sum();
    assert_eq!(total, plan.cadence.meeting.duration_minutes);
    assert!(
        matches!(items[0].topic, Topic::SlaReview { month: Some(m), .. } if m == day(2026, 10, 1))
    );
    let open = items.iter().find_map(|i| match &i.topic {
        Topic::OpenActions(open) => Some(open.clone()),
        _ => None,
    });
    // t1 is due 12 January: overdue on the 19th, and first; t2 is done; t3 is due the 19th.
    let open = open.expect("open actions");
    assert_eq!(
        open.iter()
            .map(|a| (a.id.as_str(), a.overdue))
            .collect::<Vec<_>>(),
        vec![("t1", true), ("t3", false)]
    );
    assert!(items.iter().any(|i| matches!(&i.topic, Topic::GoalsAtRisk(goals) if goals.contains(&"New revenue".to_string()))));
    assert!(items
        .iter()
        .any(|i| matches!(&i.topic, Topic::Standing(s) if s.starts_with("Rejected leads"))));
    assert!(!items
        .iter()
        .any(|i| matches!(i.topic, Topic::FallingPulse { .. })));

    // A lower score than last time puts the side on the agenda.
    plan.cadence.pulses.push(Pulse {
        date: day(2027, 1, 5),
        side: Side::Sales,
        score: 2,
        why: "Too many unqualified leads".into(),
    });
    plan.cadence.meeting.duration_minutes = 7;
    let items = agenda(&plan, day(2027, 1, 19));
    assert!(items.iter().any(|i| i.topic
        == Topic::FallingPulse {
            side: Side::Sales,
            from: 4,
            to: 2
        }));
    assert_eq!(
        items.iter().map(|i| i.minutes).sum::<u32>(),
        7,
        "even a short meeting adds up"
    );
}
