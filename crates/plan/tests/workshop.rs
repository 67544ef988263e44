//! Running the workshop: the countdown clock of a round, its text, and the parking lot.

use chrono::{TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::model::*;
use six_rounds_plan::validate;
use six_rounds_plan::workshop::*;

const SECOND: f64 = 1000.0;
const MINUTE: f64 = 60.0 * SECOND;

#[test]
fn the_clock_counts_only_while_running() {
    let mut clock = RoundClock::default();
    assert_eq!(clock.seconds_left(30, 5.0 * MINUTE), 30 * 60);
    clock.start(0.0);
    assert_eq!(clock.seconds_left(30, 10.0 * MINUTE), 20 * 60);
    clock.pause(10.0 * MINUTE);
    // Paused for an hour: nothing spent.
    assert_eq!(clock.seconds_left(30, 70.0 * MINUTE), 20 * 60);
    clock.toggle(70.0 * MINUTE);
    assert!(clock.is_running());
    assert_eq!(clock.seconds_left(30, 75.0 * MINUTE + 500.0), 15 * 60);
    // Starting a running clock again changes nothing.
    clock.start(80.0 * MINUTE);
    assert_eq!(clock.seconds_left(30, 80.0 * MINUTE), 10 * 60);
}

#[test]
fn extending_and_running_over() {
    let mut clock = RoundClock::default();
    clock.start(0.0);
    assert_eq!(clock.seconds_left(1, 90.0 * SECOND), -30);
    clock.extend(5);
    assert_eq!(clock.extra_minutes(), 5);
    assert_eq!(clock.seconds_left(1, 90.0 * SECOND), 4 * 60 + 30);
    clock.reset();
    assert!(!clock.is_running());
    assert_eq!(clock.seconds_left(1, 90.0 * SECOND), 60);
    // A clock that went backwards (a changed system time) never adds time.
    clock.start(10.0 * SECOND);
    assert_eq!(clock.seconds_left(1, 0.0), 60);
}

#[test]
fn clock_text_reads_like_a_kitchen_timer() {
    for (seconds, text) in [
        (0, "00:00"),
        (59, "00:59"),
        (30 * 60, "30:00"),
        (3600 + 2 * 60, "1:02:00"),
        (-200, "\u{2212}03:20"),
    ] {
        assert_eq!(clock_text(seconds), text);
    }
}

#[test]
fn parking_lot_edits_keep_the_plan_valid() {
    let mut plan = example_plan(Lang::En, Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap());
    let before = plan.workshop.open_points();
    let id = plan.workshop.park("Who owns webinars?".into(), 9);
    assert_ne!(id, plan.workshop.parking_lot[0].id);
    assert_eq!(plan.workshop.parking_lot.last().unwrap().round, 6);
    assert_eq!(plan.workshop.open_points(), before + 1);
    plan.workshop.parked_mut(&id).unwrap().settled = true;
    assert_eq!(plan.workshop.open_points(), before);
    assert_eq!(validate(&plan), vec![]);
    let (index, point) = plan.workshop.unpark(&id).unwrap();
    assert_eq!((index, point.text.as_str()), (1, "Who owns webinars?"));
    assert!(plan.workshop.unpark(&id).is_none());
}
