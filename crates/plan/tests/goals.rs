//! Round 3: each formula, the roll-up's problems, the reverse funnel, filling the tree from it,
//! statuses and scorecards.

use chrono::NaiveDate;
use six_rounds_plan::goals::*;
use six_rounds_plan::model::*;

fn goal(
    id: &str,
    parent: Option<&str>,
    formula: Formula,
    values: (Option<f64>, Option<f64>),
) -> GoalNode {
    GoalNode {
        id: id.into(),
        parent: parent.map(Into::into),
        name: id.into(),
        side: Side::Shared,
        owner: None,
        metric: String::new(),
        unit: String::new(),
        period: Period::Quarter,
        target: values.0,
        actual: values.1,
        formula,
        step: None,
    }
}

fn round(nodes: Vec<GoalNode>) -> GoalsRound {
    GoalsRound {
        nodes,
        ..GoalsRound::default()
    }
}

/// A root with `formula` over children with these targets; the root's computed target.
fn root_target(formula: Formula, children: &[Option<f64>]) -> Rolled {
    let mut nodes = vec![goal("root", None, formula, (Some(999.0), None))];
    for (i, &target) in children.iter().enumerate() {
        nodes.push(goal(
            &format!("c{i}"),
            Some("root"),
            Formula::Manual,
            (target, None),
        ));
    }
    rollup(&round(nodes)).get("root").unwrap().target
}

#[test]
fn each_formula_computes_from_the_children_or_says_why_not() {
    use Formula::*;
    use FormulaProblem::*;
    let cases: &[(Formula, &[Option<f64>], Rolled)] = &[
        (Manual, &[Some(1.0)], Ok(Some(999.0))),
        (Sum, &[Some(2.0), Some(3.5)], Ok(Some(5.5))),
        (
            Product,
            &[Some(50.0), Some(24_000.0)],
            Ok(Some(1_200_000.0)),
        ),
        (Ratio, &[Some(38.0), Some(200.0)], Ok(Some(0.19))),
        (Ratio, &[Some(38.0), Some(0.0)], Err(DivisionByZero)),
        (
            Ratio,
            &[Some(1.0), Some(2.0), Some(3.0)],
            Err(RatioNeedsTwo),
        ),
        (Ratio, &[Some(1.0)], Err(RatioNeedsTwo)),
        (Sum, &[], Err(NoChildren)),
        (Product, &[], Err(NoChildren)),
        (Sum, &[None, None], Ok(None)),
        (Sum, &[Some(1.0), None], Err(MissingChildValue)),
        (Product, &[None, Some(2.0)], Err(MissingChildValue)),
    ];
    for (formula, children, expected) in cases {
        assert_eq!(
            &root_target(*formula, children),
            expected,
            "{formula:?} {children:?}"
        );
    }
}

#[test]
fn sums_roll_up_through_several_levels_and_actuals_separately() {
    let nodes = vec![
        goal("pipeline", None, Formula::Sum, (None, None)),
        goal("events", Some("pipeline"), Formula::Sum, (None, None)),
        goal(
            "webinars",
            Some("events"),
            Formula::Manual,
            (Some(100.0), Some(80.0)),
        ),
        goal(
            "fairs",
            Some("events"),
            Formula::Manual,
            (Some(50.0), Some(70.0)),
        ),
        goal(
            "search",
            Some("pipeline"),
            Formula::Manual,
            (Some(25.0), Some(10.0)),
        ),
    ];
    let values = rollup(&round(nodes));
    let pipeline = values.get("pipeline").unwrap();
    assert_eq!(pipeline.target, Ok(Some(175.0)));
    assert_eq!(pipeline.actual, Ok(Some(160.0)));
}

#[test]
fn a_cycle_is_refused_by_validation_and_reported_by_the_rollup() {
    let nodes = vec![
        goal("a", Some("b"), Formula::Sum, (None, None)),
        goal("b", Some("a"), Formula::Sum, (None, None)),
    ];
    let mut plan = Plan::new("Cycle", Lang::En, chrono::DateTime::UNIX_EPOCH);
    plan.goals = round(nodes);
    let problems = six_rounds_plan::validate(&plan);
    assert!(problems
        .iter()
        .any(|p| p.kind == six_rounds_plan::ProblemKind::Cycle));
    let values = rollup(&plan.goals);
    assert_eq!(values.get("a").unwrap().target, Err(FormulaProblem::Cycle));
    assert_eq!(values.get("b").unwrap().actual, Err(FormulaProblem::Cycle));
    let shown: Vec<String> = outline(&plan.goals, &Default::default())
        .into_iter()
        .map(|row| row.id)
        .collect();
    assert_eq!(shown, vec!["a", "b"], "both stay visible");
}

fn inputs() -> FunnelInputs {
    FunnelInputs {
        revenue_goal: Some(1_200_000.0),
        deal_size: Some(24_000.0),
        win_rate: 0.2,
        sql_to_opportunity: 0.6,
        mql_to_sql: 0.13,
        lead_to_mql: 0.15,
        cycle_days: 75,
        reps: 8,
        mqls_per_rep: 100.0,
        period: Period::Quarter,
        start: NaiveDate::from_ymd_opt(2027, 1, 1),
    }
}

#[test]
fn the_reverse_funnel_works_back_from_revenue_in_whole_numbers() {
    let plan = reverse_funnel(&inputs()).unwrap();
    assert_eq!(
        (
            plan.deals,
            plan.opportunities,
            plan.sqls,
            plan.mqls,
            plan.leads
        ),
        (50.0, 250.0, 417.0, 3_208.0, 21_387.0),
        "each step rounded up: 416.7 SQLs need 417"
    );
    assert_eq!(plan.months, 3);
    assert!((plan.mqls_per_month - 3_208.0 / 3.0).abs() < 1e-9);
    assert_eq!(plan.monthly(FunnelStep::Revenue), 400_000.0);
    assert!((plan.reps_needed - 10.693).abs() < 0.001);
    assert!(plan.over_capacity, "10.7 reps needed, 8 on the team");
    assert_eq!(
        plan.lead_window,
        Some((
            NaiveDate::from_ymd_opt(2026, 10, 18).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
        )),
        "a quarter from 1 January ends 31 March; 75 days earlier"
    );
}

#[test]
fn the_funnel_names_what_is_missing_or_impossible() {
    type Case = (fn(&mut FunnelInputs), FunnelProblem);
    let cases: &[Case] = &[
        (|i| i.revenue_goal = None, FunnelProblem::NoRevenueGoal),
        (|i| i.revenue_goal = Some(0.0), FunnelProblem::NoRevenueGoal),
        (|i| i.deal_size = None, FunnelProblem::NoDealSize),
        (
            |i| i.win_rate = 0.0,
            FunnelProblem::ZeroRate(FunnelStep::Deals),
        ),
        (
            |i| i.mql_to_sql = 0.0,
            FunnelProblem::ZeroRate(FunnelStep::Sqls),
        ),
        (
            |i| i.lead_to_mql = 0.0,
            FunnelProblem::ZeroRate(FunnelStep::Mqls),
        ),
    ];
    for (change, problem) in cases {
        let mut funnel = inputs();
        change(&mut funnel);
        assert_eq!(reverse_funnel(&funnel), Err(*problem));
    }
}

#[test]
fn capacity_is_not_flagged_without_a_team_size_and_month_ends_are_handled() {
    let mut funnel = inputs();
    funnel.reps = 0;
    funnel.period = Period::Month;
    funnel.start = NaiveDate::from_ymd_opt(2028, 2, 1);
    funnel.cycle_days = 0;
    let plan = reverse_funnel(&funnel).unwrap();
    assert!(!plan.over_capacity);
    assert_eq!(
        plan.lead_window.unwrap().1,
        NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(),
        "a leap February"
    );
}

#[test]
fn filling_from_the_funnel_builds_the_chain_once_then_updates_it() {
    let mut goals = GoalsRound {
        funnel: inputs(),
        ..GoalsRound::default()
    };
    let name = |step: FunnelStep| step.code().to_string();
    goals.fill_from_funnel(name).unwrap();
    assert_eq!(goals.nodes.len(), 6);
    let shape: Vec<(String, usize)> = outline(&goals, &Default::default())
        .into_iter()
        .map(|row| (goals.node(&row.id).unwrap().name.clone(), row.depth))
        .collect();
    assert_eq!(shape[5], ("leads".to_string(), 5));
    let mqls = goals
        .nodes
        .iter()
        .find(|n| n.step == Some(FunnelStep::Mqls))
        .unwrap();
    assert_eq!((mqls.side, mqls.target), (Side::Marketing, Some(3_208.0)));
    goals.funnel.deal_size = Some(48_000.0);
    goals.fill_from_funnel(name).unwrap();
    assert_eq!(goals.nodes.len(), 6, "no second chain");
    let deals = goals
        .nodes
        .iter()
        .find(|n| n.step == Some(FunnelStep::Deals))
        .unwrap();
    assert_eq!(deals.target, Some(25.0));
    let before = goals.clone();
    goals.funnel.win_rate = 0.0;
    assert!(goals.fill_from_funnel(name).is_err());
    assert_eq!(goals.nodes, before.nodes, "a problem changes nothing");
}

#[test]
fn statuses_follow_the_thresholds_and_scorecards_split_by_side() {
    let mut nodes = vec![
        goal("mqls", None, Formula::Manual, (Some(100.0), Some(95.0))),
        goal("sqls", None, Formula::Manual, (Some(100.0), Some(75.0))),
        goal("deals", None, Formula::Manual, (Some(100.0), Some(40.0))),
        goal("revenue", None, Formula::Manual, (Some(100.0), None)),
    ];
    nodes[0].side = Side::Marketing;
    nodes[1].side = Side::Sales;
    nodes[2].side = Side::Sales;
    let goals = round(nodes);
    let [marketing, sales] = scorecards(&goals, &rollup(&goals));
    let statuses = |card: &Scorecard| -> Vec<(String, Status)> {
        card.lines
            .iter()
            .map(|l| (l.id.clone(), l.status))
            .collect()
    };
    assert_eq!(
        statuses(&marketing),
        vec![
            ("mqls".into(), Status::OnTrack),
            ("revenue".into(), Status::NoData)
        ]
    );
    assert_eq!(
        statuses(&sales),
        vec![
            ("sqls".into(), Status::AtRisk),
            ("deals".into(), Status::OffTrack),
            ("revenue".into(), Status::NoData)
        ]
    );
    assert!(sales.lines[2].shared);
    assert_eq!(sales.count(Status::OffTrack), 1);
    let strict = GoalsRound {
        on_track: 1.0,
        at_risk: 0.96,
        ..goals.clone()
    };
    assert_eq!(
        status(Some(0.95), strict.on_track, strict.at_risk),
        Status::OffTrack
    );
    assert_eq!(
        status(Some(1.2), strict.on_track, strict.at_risk),
        Status::OnTrack
    );
}

#[test]
fn five_hundred_goals_roll_up() {
    let mut nodes = vec![goal("g0", None, Formula::Sum, (None, None))];
    for i in 1..500 {
        let parent = format!("g{}", (i - 1) / 3);
        let formula = if i < 166 {
            Formula::Sum
        } else {
            Formula::Manual
        };
        nodes.push(goal(
            &format!("g{i}"),
            Some(&parent),
            formula,
            (Some(1.0), Some(0.5)),
        ));
    }
    let goals = round(nodes);
    let values = rollup(&goals);
    assert_eq!(
        values.get("g0").unwrap().target,
        Ok(Some(333.0)),
        "every manual goal under a sum counts once (g499 sits under manual g166)"
    );
    assert_eq!(outline(&goals, &Default::default()).len(), 500);
}
