//! Round 2: every operator, decay, caps, grades and stages; back-testing and the leads CSV.

use chrono::NaiveDate;
use six_rounds_plan::model::*;
use six_rounds_plan::scoring::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn criterion(
    group: CriterionGroup,
    field: &str,
    operator: Operator,
    value: &str,
    points: i32,
    decay_days: Option<u32>,
) -> Criterion {
    Criterion {
        id: format!("{field}-{value}"),
        group,
        field: field.into(),
        operator,
        value: value.into(),
        points,
        decay_days,
    }
}

fn lead(pairs: &[(&str, &str)]) -> Lead {
    Lead {
        attributes: pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

const AS_OF: &str = "2026-11-30";

#[test]
fn each_operator_matches_what_it_should_and_nothing_else() {
    use Operator::*;
    let cases: &[(Operator, &str, &str, bool)] = &[
        (Equals, "Software", "software", true),
        (Equals, "Software", " SOFTWARE ", true),
        (Equals, "Software", "Soft", false),
        (Equals, "Розница", "розница", true),
        (OneOf, "software, fintech; retail", "Retail", true),
        (OneOf, "software, fintech", "health", false),
        (Contains, "finance", "VP of Finance", true),
        (Contains, "finance", "VP Sales", false),
        (Range, "200-5000", "200", true),
        (Range, "200-5000", "5000", true),
        (Range, "200-5000", "199", false),
        (Range, "200..5000", "1000", true),
        (Range, ">=1000", "1000000", true),
        (Range, "<=50", "51", false),
        (Range, "200-5000", "lots", false),
        (Range, "nonsense", "300", false),
        (WithinDays, "30", "2026-11-01", true),
        (WithinDays, "30", "2026-10-31", true),
        (WithinDays, "30", "2026-10-30", false),
        (WithinDays, "30", "2026-12-05", false),
        (WithinDays, "30", "yesterday", false),
        (WithinDays, "x", "2026-11-29", false),
    ];
    for (operator, value, attribute, expected) in cases {
        let round = LeadRound {
            criteria: vec![criterion(
                CriterionGroup::Fit,
                "f",
                *operator,
                value,
                10,
                None,
            )],
            ..LeadRound::default()
        };
        let score = score_lead(&round, &lead(&[("F", attribute)]), day(AS_OF));
        assert_eq!(
            score.criteria[0].matched, *expected,
            "{operator:?} {value:?} {attribute:?}"
        );
        assert_eq!(score.fit, if *expected { 10.0 } else { 0.0 });
    }
}

#[test]
fn a_missing_or_empty_attribute_never_matches() {
    let round = LeadRound {
        criteria: vec![criterion(
            CriterionGroup::Fit,
            "industry",
            Operator::Contains,
            "",
            10,
            None,
        )],
        ..LeadRound::default()
    };
    assert!(!score_lead(&round, &lead(&[]), day(AS_OF)).criteria[0].matched);
    assert!(!score_lead(&round, &lead(&[("industry", " ")]), day(AS_OF)).criteria[0].matched);
}

#[test]
fn points_halve_every_decay_period() {
    let round = LeadRound {
        criteria: vec![criterion(
            CriterionGroup::Engagement,
            "demo",
            Operator::WithinDays,
            "60",
            40,
            Some(14),
        )],
        ..LeadRound::default()
    };
    for (date, points) in [
        ("2026-11-30", 40.0),
        ("2026-11-16", 20.0),
        ("2026-11-02", 10.0),
    ] {
        let score = score_lead(&round, &lead(&[("demo", date)]), day(AS_OF));
        assert!(
            (score.engagement - points).abs() < 1e-9,
            "{date}: {}",
            score.engagement
        );
    }
}

fn model_round() -> LeadRound {
    use CriterionGroup::*;
    LeadRound {
        criteria: vec![
            criterion(
                Fit,
                "industry",
                Operator::OneOf,
                "software, fintech",
                30,
                None,
            ),
            criterion(Fit, "employees", Operator::Range, "200-5000", 30, None),
            criterion(Fit, "email", Operator::Contains, "gmail", -20, None),
            criterion(Engagement, "demo", Operator::WithinDays, "30", 50, None),
            criterion(Engagement, "pricing", Operator::WithinDays, "14", 20, None),
        ],
        fit_cap: Some(50),
        engagement_cap: Some(60),
        mql_threshold: Some(50),
        sql_threshold: Some(90),
        ..LeadRound::default()
    }
}

/// Attributes, then the expected fit, engagement, grade, level and stage.
type ScoreCase = (
    &'static [(&'static str, &'static str)],
    f64,
    f64,
    char,
    u8,
    Lifecycle,
);

#[test]
fn caps_grades_levels_and_stages() {
    let round = model_round();
    let cases: &[ScoreCase] = &[
        // Both fit criteria: 60, capped at 50 -> A. Demo + pricing: 70, capped at 60 -> level 3.
        (
            &[
                ("industry", "software"),
                ("employees", "400"),
                ("demo", "2026-11-20"),
                ("pricing", "2026-11-25"),
            ],
            50.0,
            60.0,
            'A',
            3,
            Lifecycle::Sql,
        ),
        // Fit 30 of 50 -> B; no engagement -> level 1; total 30 -> a lead.
        (
            &[("industry", "fintech")],
            30.0,
            0.0,
            'B',
            1,
            Lifecycle::Lead,
        ),
        // A negative criterion pulls the fit down: 30 - 20 = 10 -> D (under 25%).
        (
            &[
                ("industry", "fintech"),
                ("email", "x@gmail.com"),
                ("demo", "2026-11-29"),
            ],
            10.0,
            50.0,
            'D',
            3,
            Lifecycle::Mql,
        ),
        // Pricing only: 20 of 60 -> level 2 (a third).
        (
            &[("employees", "250"), ("pricing", "2026-11-29")],
            30.0,
            20.0,
            'B',
            2,
            Lifecycle::Mql,
        ),
    ];
    for (attributes, fit, engagement, grade, level, stage) in cases {
        let score = score_lead(&round, &lead(attributes), day(AS_OF));
        assert_eq!(
            (
                score.fit,
                score.engagement,
                score.grade,
                score.level,
                score.stage
            ),
            (*fit, *engagement, *grade, *level, *stage),
            "{attributes:?}"
        );
        assert_eq!(score.total, fit + engagement);
    }
}

#[test]
fn without_thresholds_every_lead_stays_a_lead() {
    let round = LeadRound {
        mql_threshold: None,
        sql_threshold: None,
        ..model_round()
    };
    let score = score_lead(
        &round,
        &lead(&[("industry", "software"), ("demo", "2026-11-29")]),
        day(AS_OF),
    );
    assert_eq!(score.stage, Lifecycle::Lead);
}

#[test]
fn backtest_counts_and_suggests_the_best_balanced_threshold() {
    let round = model_round();
    let leads = leads_from_csv(
        "industry,employees,demo,pricing,outcome
software,400,2026-11-20,,won
software,,2026-11-20,,won
software,,,2026-11-20,lost
,300,,,lost
,300,2026-11-20,,won
",
    )
    .unwrap(); // scores 100, 80, 50, 30, 80
    let result = backtest(&round, &leads, day(AS_OF));
    assert_eq!(result.leads, 5);
    let mql = result.mql.unwrap();
    assert_eq!(
        (
            mql.true_positives,
            mql.false_positives,
            mql.false_negatives,
            mql.true_negatives
        ),
        (3, 1, 0, 1)
    );
    assert_eq!(mql.precision(), Some(0.75));
    assert_eq!(mql.recall(), Some(1.0));
    let sql = result.sql.unwrap();
    assert_eq!((sql.true_positives, sql.false_positives), (1, 0));
    assert_eq!(sql.recall(), Some(1.0 / 3.0));
    let suggested = result.suggested.unwrap();
    assert_eq!(suggested.threshold, 80.0, "all three won leads, none lost");
    assert_eq!(suggested.precision(), Some(1.0));
    assert_eq!(suggested.recall(), Some(1.0));
}

#[test]
fn backtest_with_no_won_lead_suggests_nothing() {
    let leads = leads_from_csv("industry,outcome\nsoftware,lost\n").unwrap();
    let result = backtest(&model_round(), &leads, day(AS_OF));
    assert_eq!(result.suggested, None);
    assert_eq!(result.mql.unwrap().precision(), None);
}

#[test]
fn backtest_handles_ten_thousand_leads_with_thirty_criteria() {
    let mut round = model_round();
    round.criteria = (0..30)
        .map(|i| {
            criterion(
                if i % 2 == 0 {
                    CriterionGroup::Fit
                } else {
                    CriterionGroup::Engagement
                },
                &format!("f{i}"),
                Operator::Range,
                "50-100",
                5 + i,
                None,
            )
        })
        .collect();
    round.fit_cap = None;
    round.engagement_cap = None;
    let mut text: String = (0..30).map(|i| format!("f{i},")).collect();
    text.push_str("outcome\n");
    for n in 0..10_000 {
        for i in 0..30 {
            text.push_str(&format!("{},", (n * 7 + i * 13) % 120));
        }
        text.push_str(if n % 3 == 0 { "won\n" } else { "lost\n" });
    }
    let leads = leads_from_csv(&text).unwrap();
    let result = backtest(&round, &leads, day(AS_OF));
    assert_eq!(result.leads, 10_000);
    let mql = result.mql.unwrap();
    assert_eq!(
        mql.true_positives + mql.false_positives + mql.false_negatives + mql.true_negatives,
        10_000
    );
}

#[test]
fn leads_csv_reads_attributes_and_outcomes() {
    let text = "\u{feff}industry;employees;Outcome\nsoftware;400;Won\nretail;20;проиграна\n;;\n";
    let leads = leads_from_csv(text).unwrap();
    assert_eq!(leads.outcomes, vec![Outcome::Won, Outcome::Lost]);
    let round = LeadRound {
        criteria: vec![
            criterion(
                CriterionGroup::Fit,
                "Industry",
                Operator::Equals,
                "software",
                10,
                None,
            ),
            criterion(
                CriterionGroup::Fit,
                "employees",
                Operator::Range,
                "100-500",
                5,
                None,
            ),
            criterion(
                CriterionGroup::Fit,
                "outcome",
                Operator::Equals,
                "won",
                100,
                None,
            ),
        ],
        mql_threshold: Some(15),
        ..LeadRound::default()
    };
    let mql = backtest(&round, &leads, day(AS_OF)).mql.unwrap();
    assert_eq!(
        (mql.true_positives, mql.true_negatives),
        (1, 1),
        "the first lead scores 15 by its attributes, the outcome column is not one"
    );
}

#[test]
fn leads_csv_mistakes_name_their_place() {
    let cases: &[(&str, usize, Option<usize>, LeadsCsvErrorKind)] = &[
        (
            "industry,employees\nsoftware,400\n",
            1,
            None,
            LeadsCsvErrorKind::NoOutcomeColumn,
        ),
        (
            "industry,outcome\nsoftware,won\nretail,maybe\n",
            3,
            Some(2),
            LeadsCsvErrorKind::BadOutcome("maybe".into()),
        ),
        ("industry,outcome\n", 1, None, LeadsCsvErrorKind::NoLeads),
    ];
    for (text, line, column, kind) in cases {
        let error = leads_from_csv(text).unwrap_err();
        assert_eq!(
            (error.line, error.column, &error.kind),
            (*line, *column, kind),
            "{text:?}"
        );
    }
    let uneven = leads_from_csv("industry,outcome\nsoftware,won,extra\n").unwrap_err();
    assert!(matches!(uneven.kind, LeadsCsvErrorKind::Unreadable(_)));
}

#[test]
fn the_sales_ready_cells_decide_sales_readiness() {
    let round = LeadRound {
        sales_ready: vec![grade_cell('A', 3), "B3".into()],
        ..model_round()
    };
    let hot_fit = lead(&[
        ("industry", "software"),
        ("employees", "400"),
        ("demo", "2026-11-29"),
        ("pricing", "2026-11-29"),
    ]);
    let score = score_lead(&round, &hot_fit, day(AS_OF));
    assert_eq!(
        (score.grade, score.level, score.sales_ready),
        ('A', 3, true)
    );
    let cold = score_lead(&round, &lead(&[("industry", "software")]), day(AS_OF));
    assert_eq!((cold.grade, cold.level, cold.sales_ready), ('B', 1, false));
    assert!(
        is_grade_cell("D1") && !is_grade_cell("E1") && !is_grade_cell("A4") && !is_grade_cell("a3")
    );
}
