//! The Decision's review: one list of findings from every round's own checks, the rounds'
//! progress derived from it, and the health score explained round by round.

use chrono::{NaiveDate, TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::model::Round;
use six_rounds_plan::model::*;
use six_rounds_plan::progress::{progress, Progress};
use six_rounds_plan::raci;
use six_rounds_plan::review::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn example() -> Plan {
    example_plan(Lang::En, Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap())
}

fn issues(plan: &Plan, today: NaiveDate) -> Vec<(Round, Issue)> {
    findings(plan, today)
        .into_iter()
        .map(|f| (f.round, f.issue))
        .collect()
}

#[test]
fn a_new_plan_is_open_in_every_round_and_scores_nothing() {
    let plan = Plan::new(
        "New",
        Lang::En,
        Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap(),
    );
    let found = issues(&plan, day(2027, 1, 4));
    for expected in [
        (Round::Roles, Issue::NoActivities),
        (Round::Lead, Issue::NoCriteria),
        (Round::Lead, Issue::NoMqlThreshold),
        (Round::Goals, Issue::NoRevenueGoal),
        (Round::Integration, Issue::NoAttributionModel),
        (Round::Sla, Issue::Unsigned(Side::Sales)),
        (Round::Cadence, Issue::NoActions),
    ] {
        assert!(
            found.contains(&expected),
            "{expected:?} missing in {found:?}"
        );
    }
    let score = health(&plan, &findings(&plan, day(2027, 1, 4)));
    assert_eq!(score.score, 0);
    assert!(score.rounds.iter().all(|r| !r.started && r.points == 0));
    assert_eq!(score.rounds.iter().map(|r| r.max).sum::<u32>(), 100);
}

#[test]
fn the_example_is_complete_in_every_round_on_its_first_day() {
    let plan = example();
    let today = day(2027, 1, 4);
    for round in Round::ALL {
        assert_eq!(
            progress(&plan, round, today),
            Progress::Complete,
            "{round:?}"
        );
    }
    let score = health(&plan, &findings(&plan, today));
    assert!(score.score >= 80, "{score:?}");
    assert!(findings(&plan, today)
        .iter()
        .all(|f| f.severity == Severity::Warning));
}

#[test]
fn each_round_reports_through_its_own_checks() {
    let today = day(2027, 1, 4);
    // Round 1: the matrix's own finding, wrapped.
    let mut plan = example();
    plan.roles.activities[0].cells.clear();
    let activity = plan.roles.activities[0].id.clone();
    let found = issues(&plan, today);
    assert!(found.contains(&(
        Round::Roles,
        Issue::Roles(raci::Finding::NoAccountable { activity })
    )));
    assert_eq!(progress(&plan, Round::Roles, today), Progress::Started);

    // Round 3: a goal without an owner warns, and the round stays complete.
    let mut plan = example();
    plan.goals.nodes[1].owner = None;
    let goal = plan.goals.nodes[1].id.clone();
    assert!(issues(&plan, today).contains(&(Round::Goals, Issue::GoalWithoutOwner(goal))));
    assert_eq!(progress(&plan, Round::Goals, today), Progress::Complete);

    // Round 5: a changed number makes both signatures stale, and the round incomplete.
    let mut plan = example();
    plan.sla.commitments.first_response_minutes += 5;
    let found = issues(&plan, today);
    assert!(found.contains(&(Round::Sla, Issue::StaleSignOff(Side::Marketing))));
    assert!(found.contains(&(Round::Sla, Issue::StaleSignOff(Side::Sales))));
    assert_eq!(progress(&plan, Round::Sla, today), Progress::Started);
}

#[test]
fn overdue_actions_follow_the_date_and_leave_done_ones_alone() {
    let mut plan = example();
    plan.cadence.actions.truncate(1);
    plan.cadence.actions[0].due = Some(day(2027, 2, 1));
    plan.cadence.actions[0].done = false;
    let id = plan.cadence.actions[0].id.clone();
    let overdue = (Round::Cadence, Issue::ActionOverdue(id));
    assert!(!issues(&plan, day(2027, 2, 1)).contains(&overdue));
    assert!(issues(&plan, day(2027, 2, 2)).contains(&overdue));
    plan.cadence.actions[0].done = true;
    assert!(!issues(&plan, day(2027, 2, 2)).contains(&overdue));
}

#[test]
fn health_loses_points_per_finding_and_warnings_at_most_half_a_round() {
    let today = day(2027, 1, 4);
    let mut plan = example();
    plan.goals
        .nodes
        .iter_mut()
        .for_each(|goal| goal.owner = None);
    let score = health(&plan, &findings(&plan, today));
    let goals = &score.rounds[2];
    assert_eq!(goals.round, Round::Goals);
    assert!(goals.warnings >= 10);
    assert_eq!(goals.points, goals.max - goals.max / 2);

    let mut plan = example();
    plan.lead.mql_threshold = None;
    let score = health(&plan, &findings(&plan, today));
    let lead = &score.rounds[1];
    assert_eq!(lead.blocking, 1);
    assert_eq!(
        lead.points,
        lead.max - BLOCKING_COST - lead.warnings as u32 * WARNING_COST
    );
    assert_eq!(
        score.score,
        score.rounds.iter().map(|r| r.points).sum::<u32>()
    );
}
