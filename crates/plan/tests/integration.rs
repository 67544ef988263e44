//! Round 4: each attribution model's split, ROI and ranking, campaigns and deals from CSV
//! (errors with their line and column), and the integration's checks.

use std::sync::Arc;

use chrono::NaiveDate;
use proptest::prelude::*;
use six_rounds_plan::integration::*;
use six_rounds_plan::model::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn shares(model: AttributionModel, days: &[f64], half_life: f64) -> Vec<f64> {
    let mut out = Vec::new();
    shares_into(model, days, half_life, &mut out);
    out
}

fn rounded(values: &[f64]) -> Vec<f64> {
    values.iter().map(|v| (v * 1e6).round() / 1e6).collect()
}

#[test]
fn each_model_splits_a_journey_as_documented() {
    use AttributionModel::*;
    let four = [30.0, 20.0, 7.0, 0.0];
    let cases: [(AttributionModel, &[f64], Vec<f64>); 10] = [
        (FirstTouch, &four, vec![1.0, 0.0, 0.0, 0.0]),
        (LastTouch, &four, vec![0.0, 0.0, 0.0, 1.0]),
        (Linear, &four, vec![0.25; 4]),
        (UShaped, &four, vec![0.4, 0.1, 0.1, 0.4]),
        (UShaped, &[5.0, 0.0], vec![0.5, 0.5]),
        (UShaped, &[9.0, 5.0, 0.0], vec![0.4, 0.2, 0.4]),
        (WShaped, &four, vec![0.3, 0.1, 0.3, 0.3]),
        (
            WShaped,
            &[9.0, 8.0, 7.0, 6.0, 5.0],
            vec![0.3, 0.05, 0.3, 0.05, 0.3],
        ),
        (WShaped, &[9.0, 5.0, 0.0], vec![1.0 / 3.0; 3]),
        // Seven days before the close counts half of the day of the close.
        (TimeDecay, &[7.0, 0.0], vec![1.0 / 3.0, 2.0 / 3.0]),
    ];
    for (model, days, expected) in cases {
        assert_eq!(
            rounded(&shares(model, days, 7.0)),
            rounded(&expected),
            "{model:?} {days:?}"
        );
    }
}

#[test]
fn a_single_touch_gets_everything_and_same_day_touches_share_evenly() {
    for &model in MODELS {
        assert_eq!(shares(model, &[12.0], 7.0), vec![1.0], "{model:?}");
    }
    assert_eq!(
        rounded(&shares(AttributionModel::TimeDecay, &[3.0, 3.0, 3.0], 7.0)),
        rounded(&[1.0 / 3.0; 3])
    );
    // A single touch long before the close, with a short half-life, still gets everything.
    assert_eq!(
        shares(AttributionModel::TimeDecay, &[241.0], 0.1),
        vec![1.0]
    );
    // Same-day touches keep their order: the first listed is the first touch.
    let deal = Deal {
        id: "d1".into(),
        name: String::new(),
        amount: 900.0,
        close_date: day(2027, 3, 1),
        touches: ["k2", "k1"]
            .map(|campaign| Touch {
                campaign: campaign.into(),
                date: day(2027, 2, 1),
            })
            .to_vec(),
    };
    let steps = journey(&deal, 7.0);
    let first = model_index(AttributionModel::FirstTouch);
    assert_eq!(steps[0].campaign, "k2");
    assert_eq!(steps[0].credit[first], 900.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn every_model_credits_exactly_the_deal_amount(
        amount in 0.0..1e9f64,
        days in proptest::collection::vec(0i64..400, 1..12),
        half_life in 0.1..90.0f64,
    ) {
        let close = day(2027, 6, 30);
        let deal = Deal {
            id: "d1".into(),
            name: String::new(),
            amount,
            close_date: close,
            touches: days.iter().enumerate().map(|(i, &d)| Touch {
                campaign: format!("k{}", i % 3),
                date: close - chrono::Duration::days(d),
            }).collect(),
        };
        let steps = journey(&deal, half_life);
        for (at, model) in MODELS.iter().enumerate() {
            let credited: f64 = steps.iter().map(|s| s.credit[at]).sum();
            prop_assert!((credited - amount).abs() <= amount * 1e-9 + 1e-9, "{:?}", model);
            prop_assert!(steps.iter().all(|s| s.credit[at] >= 0.0));
        }
    }
}

fn sandbox() -> IntegrationRound {
    let mut round = IntegrationRound::default();
    let ads = round.add_campaign("Ads".into(), "paid".into(), 1_000.0);
    let webinar = round.add_campaign("Webinar".into(), "events".into(), 500.0);
    round.add_campaign("Unused".into(), String::new(), 0.0);
    let touch = |campaign: &str, date| Touch {
        campaign: campaign.to_string(),
        date,
    };
    round.deals = Arc::new(vec![
        Deal {
            id: "d1".into(),
            name: "Acme".into(),
            amount: 10_000.0,
            close_date: day(2027, 3, 31),
            touches: vec![
                touch(&ads, day(2027, 1, 5)),
                touch(&webinar, day(2027, 3, 30)),
            ],
        },
        Deal {
            id: "d2".into(),
            name: "No touches".into(),
            amount: 2_000.0,
            close_date: day(2027, 3, 31),
            touches: Vec::new(),
        },
    ]);
    round
}

#[test]
fn attribution_totals_roi_and_the_ranking_follow_the_model() {
    let round = sandbox();
    let result = attribute(&round);
    assert_eq!(result.total, 12_000.0);
    assert_eq!(result.unattributed, 2_000.0);
    let first = model_index(AttributionModel::FirstTouch);
    let last = model_index(AttributionModel::LastTouch);
    assert_eq!(result.campaigns[0].revenue[first], 10_000.0);
    assert_eq!(result.campaigns[1].revenue[last], 10_000.0);
    assert_eq!(result.campaigns[0].deals, 1);
    assert_eq!(result.campaigns[2].deals, 0);
    assert_eq!(result.ranking(AttributionModel::FirstTouch)[0], 0);
    assert_eq!(result.ranking(AttributionModel::LastTouch)[0], 1);
    // Time decay: the webinar the day before the close outweighs ads 85 days earlier.
    assert_eq!(result.ranking(AttributionModel::TimeDecay)[0], 1);
    assert_eq!(roi(10_000.0, &round.campaigns[0]), Some(9.0));
    assert_eq!(roi(0.0, &round.campaigns[1]), Some(-1.0));
    assert_eq!(
        roi(5_000.0, &round.campaigns[2]),
        None,
        "a free campaign has no ROI"
    );
}

#[test]
fn ten_thousand_deals_of_eight_touches_are_attributed_in_full() {
    let mut round = IntegrationRound::default();
    for i in 0..20 {
        round.add_campaign(format!("Campaign {i}"), String::new(), 100.0);
    }
    round.deals = Arc::new(
        (0..10_000)
            .map(|i| Deal {
                id: format!("d{i}"),
                name: String::new(),
                amount: 1_000.0,
                close_date: day(2027, 6, 30),
                touches: (0..8)
                    .map(|t| Touch {
                        campaign: format!("k{}", (i + t * 3) % 20 + 1),
                        date: day(2027, 1, 1)
                            + chrono::Duration::days(((i * 7 + t * 13) % 170) as i64),
                    })
                    .collect(),
            })
            .collect(),
    );
    let result = attribute(&round);
    for (at, model) in MODELS.iter().enumerate() {
        let credited: f64 = result.campaigns.iter().map(|c| c.revenue[at]).sum();
        assert!((credited - 10_000_000.0).abs() < 1e-3, "{model:?}");
    }
}

#[test]
fn deals_come_from_csv_with_english_or_russian_headers() {
    let text = "deal,amount,close_date,campaign,touch_date\n\
                Acme,10000,2027-03-31,Ads,2027-01-05\n\
                Acme,10000,2027-03-31,Webinar,2027-03-30\n\
                \n\
                Solo,2500.5,2027-04-02,,\n";
    let rows = deals_from_csv(text).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].touches.len(), 2);
    assert!(rows[1].touches.is_empty());
    let russian = "Сделка;Сумма;Дата_закрытия;Кампания;Дата_касания\n\
                   Альфа;12 500,50;31.03.2027;Вебинар;01.03.2027\n";
    let rows = deals_from_csv(russian).unwrap();
    assert_eq!(rows[0].amount, 12_500.5);
    assert_eq!(rows[0].close_date, day(2027, 3, 31));

    let mut round = sandbox();
    let added = round.replace_deals(deals_from_csv(text).unwrap());
    assert!(added.is_empty(), "Ads and Webinar are known (any case)");
    assert_eq!(round.deals.len(), 2);
    let added = round.replace_deals(rows);
    assert_eq!(added, vec!["Вебинар".to_string()]);
    assert_eq!(round.campaigns.last().unwrap().cost, 0.0);
}

#[test]
fn csv_errors_name_the_line_and_column() {
    let header = "deal,amount,close_date,campaign,touch_date\n";
    let cases = [
        (
            "deal,amount,campaign,touch_date\nA,1,X,2027-01-01\n",
            1,
            None,
            CsvErrorKind::MissingColumn("close_date"),
        ),
        (
            &format!("{header}A,lots,2027-01-01,X,2027-01-01\n") as &str,
            2,
            Some(2),
            CsvErrorKind::BadAmount("lots".into()),
        ),
        (
            &format!("{header}A,1,2027-01-01,X,2027-01-01\nB,-5,2027-01-01,X,2027-01-01\n"),
            3,
            Some(2),
            CsvErrorKind::BadAmount("-5".into()),
        ),
        (
            &format!("{header}A,1,2027-02-30,X,2027-01-01\n"),
            2,
            Some(3),
            CsvErrorKind::BadDate("2027-02-30".into()),
        ),
        (
            &format!("{header}A,1,2027-01-01,X,2027-01-02\n"),
            2,
            Some(5),
            CsvErrorKind::TouchAfterClose,
        ),
        (
            &format!("{header}A,1,2027-01-01,X,2026-12-01\nA,2,2027-01-01,Y,2026-12-02\n"),
            3,
            None,
            CsvErrorKind::DealChanged("A".into()),
        ),
        (
            &format!("{header},1,2027-01-01,X,2026-12-01\n"),
            2,
            Some(1),
            CsvErrorKind::EmptyName,
        ),
        (header, 1, None, CsvErrorKind::NoRows),
        ("", 1, None, CsvErrorKind::NoRows),
    ];
    for (text, line, column, kind) in cases {
        let error = deals_from_csv(text).unwrap_err();
        assert_eq!(
            (error.line, error.column, &error.kind),
            (line, column, &kind),
            "{text}"
        );
    }
    let error = campaigns_from_csv("campaign,cost\nAds,\n").unwrap_err();
    assert_eq!((error.line, error.column), (2, Some(2)));
}

#[test]
fn campaigns_from_csv_update_by_name_and_add_the_rest() {
    let mut round = sandbox();
    let rows =
        campaigns_from_csv("Campaign;Channel;Cost\nads;;1 500\nTrade show;events;9000\n").unwrap();
    assert_eq!(round.merge_campaigns(rows), (1, 1));
    assert_eq!(round.campaigns[0].cost, 1_500.0);
    assert_eq!(
        round.campaigns[0].channel, "paid",
        "an empty channel keeps the old one"
    );
    assert_eq!(round.campaigns[3].name, "Trade show");
    assert_eq!(round.campaigns[3].id, "k4");
}

#[test]
fn removing_a_campaign_removes_its_touches_and_a_system_its_maps() {
    let mut round = sandbox();
    round.remove_campaign("k1");
    assert_eq!(round.deals[0].touches.len(), 1);
    let crm = round.add_system("CRM".into(), SystemKind::Crm);
    let automation = round.add_system("MA".into(), SystemKind::MarketingAutomation);
    let map = round.add_field_map().unwrap();
    let added = &round.field_maps[0];
    assert_eq!(
        (
            added.id.as_str(),
            added.from_system.as_str(),
            added.to_system.as_str()
        ),
        (map.as_str(), automation.as_str(), crm.as_str())
    );
    round.remove_system(&crm);
    assert!(round.field_maps.is_empty());
    assert_eq!(round.add_field_map(), None, "one system maps nothing");
}

fn map(id: &str, from: (&str, &str), to: (&str, &str), direction: SyncDirection) -> FieldMap {
    FieldMap {
        id: id.into(),
        from_system: from.0.into(),
        from_field: from.1.into(),
        to_system: to.0.into(),
        to_field: to.1.into(),
        direction,
        system_of_record: None,
        required: false,
        note: String::new(),
    }
}

#[test]
fn the_checks_find_each_problem() {
    use SyncDirection::*;
    let mut round = IntegrationRound::default();
    round.add_system("CRM".into(), SystemKind::Crm);
    round.add_system("MA".into(), SystemKind::MarketingAutomation);
    round.systems[0].owner = Some("r4".into());
    let mut required = map("f1", ("s2", "email"), ("s1", ""), Forward);
    required.required = true;
    let mut outside = map("f3", ("s2", "score"), ("s1", "Score"), Forward);
    outside.system_of_record = Some("s9".into());
    round.field_maps = vec![
        required,
        map("f2", ("s2", "status"), ("s1", "Status"), Both),
        outside,
        map("f4", ("s2", "owner"), ("s1", "status"), Forward),
        map("f5", ("s1", "a"), ("s1", "b"), Forward),
    ];
    round.set_stage_status(Lifecycle::Mql, StatusSystem::Crm, "Open".into());
    round.set_stage_status(Lifecycle::Sql, StatusSystem::Crm, "open".into());
    round.set_stage_status(Lifecycle::Mql, StatusSystem::Automation, "mql".into());
    round.set_stage_status(Lifecycle::Sql, StatusSystem::Automation, "sql".into());
    let found = check(
        &round,
        &[Lifecycle::Mql, Lifecycle::Sql, Lifecycle::Customer],
    );
    assert_eq!(
        found,
        vec![
            Finding::SystemWithoutOwner("s2".into()),
            Finding::RequiredUnmapped("f1".into()),
            Finding::TwoWayWithoutRecord("f2".into()),
            Finding::RecordOutsideMap("f3".into()),
            Finding::SameSystem("f5".into()),
            Finding::FieldWrittenTwice {
                system: "s1".into(),
                field: "status".into(),
                maps: vec!["f2".into(), "f4".into()],
            },
            Finding::StageWithoutStatus(Lifecycle::Customer, StatusSystem::Automation),
            Finding::StageWithoutStatus(Lifecycle::Customer, StatusSystem::Crm),
            Finding::StatusShared {
                system: StatusSystem::Crm,
                value: "Open".into(),
                stages: vec![Lifecycle::Mql, Lifecycle::Sql],
            },
        ]
    );
    // Clearing both names drops the stage's row.
    round.set_stage_status(Lifecycle::Mql, StatusSystem::Crm, String::new());
    round.set_stage_status(Lifecycle::Mql, StatusSystem::Automation, String::new());
    assert_eq!(round.stage_statuses.len(), 1);
}

#[test]
fn the_stages_to_map_are_round_twos_or_all_of_them() {
    let example = six_rounds_plan::example::example_plan(
        Lang::En,
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 30, 9, 0, 0).unwrap(),
    );
    assert_eq!(stages_to_map(&example.lead).first(), Some(&Lifecycle::Mql));
    assert_eq!(stages_to_map(&LeadRound::default()).len(), 9);
}

#[test]
fn deals_read_once_are_credited_alike_for_every_half_life() {
    let round = sandbox();
    let ids = || round.campaigns.iter().map(|c| c.id.as_str());
    let read = journeys(&round.deals, ids());
    for half_life in [0.5, 7.0, 90.0] {
        let mut changed = round.clone();
        changed.half_life_days = half_life;
        assert_eq!(credit(&read, half_life), attribute(&changed));
    }
    // A name is not read; a campaign id is.
    let mut renamed = round.clone();
    renamed.campaigns[0].name = "Renamed".into();
    let renamed_ids = renamed.campaigns.iter().map(|c| c.id.as_str());
    assert_eq!(journeys(&renamed.deals, renamed_ids), read);
    assert_ne!(journeys(&round.deals, ids().skip(1)), read);
}
