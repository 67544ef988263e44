//! Round 5: the calculator and its schedule, impossible inputs, compliance, and the agreement
//! text and its sign-offs.

use chrono::{NaiveDate, TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::goals::{FunnelProblem, Status};
use six_rounds_plan::model::*;
use six_rounds_plan::sla::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn inputs() -> FunnelInputs {
    FunnelInputs {
        revenue_goal: Some(1_200_000.0),
        deal_size: Some(24_000.0),
        win_rate: 0.2,
        sql_to_opportunity: 0.5,
        mql_to_sql: 0.1,
        lead_to_mql: 0.15,
        cycle_days: 60,
        reps: 10,
        mqls_per_rep: 100.0,
        period: Period::Quarter,
        start: Some(day(2027, 1, 1)),
    }
}

#[test]
fn the_calculator_gives_monthly_commitments_and_when_mqls_are_due() {
    let result = sla_calculator(&inputs()).unwrap();
    // 50 deals, 250 opportunities, 500 SQLs, 5,000 MQLs over three months.
    assert_eq!(
        (
            result.mqls_per_month,
            result.sqls_per_month,
            result.deals_per_month
        ),
        (1_667, 167, 17)
    );
    assert!(
        result.funnel.over_capacity,
        "1,667 MQLs a month need 16.7 reps, not 10"
    );
    let months: Vec<(NaiveDate, u32, u32)> = result
        .schedule
        .iter()
        .map(|m| (m.month, m.mqls.round() as u32, m.deals.round() as u32))
        .collect();
    // Sixty days is two months: January, February and March close what November to January deliver.
    assert_eq!(
        months,
        vec![
            (day(2026, 11, 1), 1_667, 0),
            (day(2026, 12, 1), 1_667, 0),
            (day(2027, 1, 1), 1_667, 17),
            (day(2027, 2, 1), 0, 17),
            (day(2027, 3, 1), 0, 17),
        ]
    );
    let no_start = sla_calculator(&FunnelInputs {
        start: None,
        ..inputs()
    })
    .unwrap();
    assert!(no_start.schedule.is_empty());
}

#[test]
fn impossible_inputs_are_answered_not_computed() {
    let zero_win = FunnelInputs {
        win_rate: 0.0,
        ..inputs()
    };
    assert_eq!(
        sla_calculator(&zero_win).unwrap_err(),
        FunnelProblem::ZeroRate(FunnelStep::Deals)
    );
    let no_goal = FunnelInputs {
        revenue_goal: None,
        ..inputs()
    };
    assert_eq!(
        sla_calculator(&no_goal).unwrap_err(),
        FunnelProblem::NoRevenueGoal
    );
    let no_team = FunnelInputs {
        reps: 0,
        ..inputs()
    };
    assert!(
        !sla_calculator(&no_team).unwrap().funnel.over_capacity,
        "no team size, no verdict"
    );
}

#[test]
fn compliance_per_side_and_month() {
    let commitments = Commitments {
        mqls_per_month: Some(1_000),
        deals_per_month: Some(20),
        ..Commitments::default()
    };
    let month = |m, delivered, accepted, worked, closed| MonthActuals {
        month: day(2027, m, 1),
        mqls_delivered: delivered,
        accepted,
        worked_within_sla: worked,
        closed,
    };
    let actuals = [month(2, 700, 0, 0, 5), month(1, 950, 800, 760, 18)];
    let result = compliance(&commitments, &actuals, 0.9, 0.7);
    assert_eq!(result[0].month, day(2027, 1, 1), "in date order");
    assert_eq!(result[0].marketing, Some(0.95));
    assert_eq!(result[0].sales, Some(0.95));
    assert_eq!(result[0].closing, Some(0.9));
    assert_eq!(result[0].accepted, Some(800.0 / 950.0));
    assert_eq!(
        (result[0].marketing_status, result[0].sales_status),
        (Status::OnTrack, Status::OnTrack)
    );
    assert_eq!(result[1].marketing_status, Status::AtRisk, "70% is at risk");
    assert_eq!(result[1].sales, None, "nothing accepted, nothing to divide");
    assert_eq!(result[1].sales_status, Status::NoData);
    let uncommitted = compliance(&Commitments::default(), &actuals, 0.9, 0.7);
    assert_eq!(uncommitted[0].marketing, None);
}

fn example() -> Plan {
    example_plan(
        Lang::En,
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    )
}

#[test]
fn a_signature_covers_the_numbers_it_was_given_for() {
    let mut plan = example();
    let signed = |plan: &Plan| {
        let now = terms(plan);
        let a = &plan.sla.agreement;
        (
            sign_off_state(a.marketing_signoff.as_ref(), &now),
            sign_off_state(a.sales_signoff.as_ref(), &now),
        )
    };
    assert_eq!(signed(&plan), (SignOffState::Signed, SignOffState::Signed));
    plan.sla.commitments.mqls_per_month = Some(1_100);
    assert_eq!(signed(&plan), (SignOffState::Stale, SignOffState::Stale));
    plan.lead.handoff.accept_within_hours = 48;
    plan.sla.agreement.sales_signoff = None;
    assert_eq!(signed(&plan).1, SignOffState::Unsigned);
    // A change elsewhere (a goal's name) leaves the signature standing.
    let mut renamed = example();
    renamed.goals.nodes[0].name = "Revenue".into();
    assert_eq!(
        signed(&renamed),
        (SignOffState::Signed, SignOffState::Signed)
    );
}

#[test]
fn the_agreement_reads_the_numbers_in_both_languages() {
    let mut plan = example();
    let en = agreement_text(&plan, Lang::En).join(" ");
    for part in [
        "Marketing delivers 1070 marketing-qualified leads",
        "scoring 60 or more",
        "within 1 hour, makes 5 attempts over 14 days",
        "within 24 hours with a reason code, and closes 17 deals a month",
        "can return after 90 days",
        "Version 1.0, in effect from 2027-01-01, to be reviewed by 2027-04-01",
    ] {
        assert!(en.contains(part), "{part} in {en}");
    }
    plan.sla.commitments.first_response_minutes = 5;
    plan.sla.commitments.attempts = 1;
    plan.sla.commitments.attempt_days = 21;
    plan.lead.handoff.accept_within_hours = 21;
    plan.sla.commitments.mqls_per_month = None;
    let ru = agreement_text(&plan, Lang::Ru).join(" ");
    for part in [
        "передаёт продажам — MQL",
        "в течение 5 минут, делают 1 попытку связаться за 21 день",
        "в течение 21 часа",
    ] {
        assert!(ru.contains(part), "{part} in {ru}");
    }
    plan.sla.commitments.attempts = 3;
    plan.sla.commitments.attempt_days = 12;
    plan.sla.commitments.first_response_minutes = 2 * 24 * 60;
    let ru = agreement_text(&plan, Lang::Ru).join(" ");
    assert!(
        ru.contains("в течение 2 дней, делают 3 попытки связаться за 12 дней"),
        "{ru}"
    );
}

#[test]
fn months_of_actuals_are_added_in_order_and_never_twice() {
    let mut round = SlaRound::default();
    assert_eq!(round.add_month(day(2027, 1, 20)), day(2027, 1, 1));
    assert_eq!(round.add_month(day(2027, 1, 20)), day(2027, 2, 1));
    assert!(
        !round.set_month(day(2027, 2, 1), day(2027, 1, 9)),
        "January has a row"
    );
    assert!(round.set_month(day(2027, 2, 1), day(2027, 3, 9)));
    assert_eq!(round.actuals[1].month, day(2027, 3, 1));
}
