//! Property: any valid plan survives link encode/decode and file export/import unchanged.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use proptest::prelude::*;
use six_rounds_plan::model::*;
use six_rounds_plan::{format, link};
use six_rounds_plan::{from_json, to_json_pretty, validate, Plan};

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("\\PC{{0,{max}}}")).unwrap()
}

fn pick<T: Coded + std::fmt::Debug>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::ALL)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..3650)
        .prop_map(|days| NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Duration::days(days))
}

fn money() -> impl Strategy<Value = f64> {
    0.0..1e9f64
}

fn rate() -> impl Strategy<Value = f64> {
    0.0..=1.0f64
}

fn raci() -> impl Strategy<Value = Raci> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(r, a, c, i)| Raci {
        responsible: r,
        accountable: a,
        consulted: c,
        informed: i,
    })
}

fn roles() -> impl Strategy<Value = RolesRound> {
    // Within the bounds of `limits` (HOURLY_RATE, ACTIVITY_HOURS).
    let role = (text(30), pick::<Side>(), proptest::option::of(0.0..1e6f64));
    let activity = (
        text(40),
        pick::<FunnelStage>(),
        proptest::option::of(0.0..1e4f64),
        proptest::collection::vec(raci(), 0..8),
    );
    (
        proptest::collection::vec(role, 1..10),
        proptest::collection::vec(activity, 0..15),
        1u32..50,
    )
        .prop_map(|(roles, activities, overload_threshold)| {
            let roles: Vec<Role> = roles
                .into_iter()
                .enumerate()
                .map(|(i, (name, side, hourly_rate))| Role {
                    id: format!("r{i}"),
                    name,
                    side,
                    hourly_rate,
                })
                .collect();
            let activities = activities
                .into_iter()
                .enumerate()
                .map(|(i, (name, stage, hours_per_month, cells))| Activity {
                    id: format!("a{i}"),
                    name,
                    stage,
                    hours_per_month,
                    cells: cells
                        .into_iter()
                        .zip(&roles)
                        .filter(|(cell, _)| !cell.is_empty())
                        .map(|(cell, role)| (role.id.clone(), cell))
                        .collect(),
                })
                .collect();
            RolesRound {
                roles,
                activities,
                overload_threshold,
            }
        })
}

fn lead() -> impl Strategy<Value = LeadRound> {
    let criterion = (
        pick::<CriterionGroup>(),
        text(20),
        pick::<Operator>(),
        text(20),
        -100i32..100,
        proptest::option::of(1u32..90),
    );
    (
        proptest::collection::vec(criterion, 0..10),
        proptest::option::of(0i32..200),
        proptest::option::of(-50i32..200),
        proptest::collection::vec((pick::<Lifecycle>(), text(60)), 0..5),
        proptest::collection::vec(text(30), 0..4),
        (1u32..200, 1u32..400, text(60)),
    )
        .prop_map(
            |(criteria, cap, threshold, stages, reasons, (hours, days, reentry))| LeadRound {
                criteria: criteria
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (group, field, operator, value, points, decay_days))| Criterion {
                            id: format!("c{i}"),
                            group,
                            field,
                            operator,
                            value,
                            points,
                            decay_days,
                        },
                    )
                    .collect(),
                fit_cap: cap,
                engagement_cap: cap.map(|cap| cap / 2),
                mql_threshold: threshold,
                sql_threshold: threshold.map(|t| t + 10),
                stages: stages
                    .into_iter()
                    .map(|(stage, entry)| StageRule {
                        stage,
                        entry,
                        owner: Some("r0".into()),
                    })
                    .collect(),
                proposals: Proposals {
                    marketing_mql: threshold,
                    sales_mql: threshold.map(|t| t + 5),
                    ..Proposals::default()
                },
                sales_ready: if cap.is_some() {
                    vec!["A3".into(), "B2".into()]
                } else {
                    Vec::new()
                },
                handoff: Handoff {
                    acceptor: Some("r0".into()),
                    accept_within_hours: hours,
                    rejection_reasons: reasons,
                    recycle_after_days: days,
                    reentry,
                },
            },
        )
}

fn goals() -> impl Strategy<Value = GoalsRound> {
    let node = (
        text(30),
        pick::<Side>(),
        pick::<Period>(),
        proptest::option::of(money()),
        proptest::option::of(money()),
        pick::<Formula>(),
        any::<prop::sample::Index>(),
        proptest::option::of(pick::<FunnelStep>()),
    );
    (
        proptest::collection::vec(node, 0..20),
        proptest::option::of(money()),
        rate(),
        rate(),
        0u32..400,
        0u32..100,
        (
            pick::<Period>(),
            proptest::option::of(date()),
            rate(),
            rate(),
        ),
    )
        .prop_map(
            |(
                nodes,
                revenue_goal,
                win_rate,
                mql_to_sql,
                cycle_days,
                reps,
                (period, start, on_track, at_risk),
            )| GoalsRound {
                nodes: nodes
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (name, side, period, target, actual, formula, parent, step))| {
                            GoalNode {
                                id: format!("g{i}"),
                                // A parent always comes earlier, so the tree has no cycle.
                                parent: (i > 0).then(|| format!("g{}", parent.index(i))),
                                name,
                                side,
                                owner: Some("r0".into()),
                                metric: String::new(),
                                unit: "#".into(),
                                period,
                                target,
                                actual,
                                formula,
                                step,
                            }
                        },
                    )
                    .collect(),
                funnel: FunnelInputs {
                    revenue_goal,
                    deal_size: revenue_goal.map(|r| r / 10.0),
                    win_rate,
                    sql_to_opportunity: 0.5,
                    mql_to_sql,
                    lead_to_mql: 0.1,
                    cycle_days,
                    reps,
                    mqls_per_rep: 100.0,
                    period,
                    start,
                },
                on_track,
                at_risk,
            },
        )
}

fn integration() -> impl Strategy<Value = IntegrationRound> {
    let deal = (
        money(),
        date(),
        proptest::collection::vec((0usize..4, 0i64..200), 0..8),
    );
    (
        proptest::collection::vec((text(20), pick::<SystemKind>()), 0..4),
        proptest::collection::vec((text(30), text(15), money()), 1..5),
        proptest::collection::vec(deal, 0..10),
        proptest::option::of(pick::<AttributionModel>()),
        0.5..60.0f64,
        proptest::collection::btree_map(
            pick::<Lifecycle>().prop_map(|s| s.code()),
            (text(20), text(20)),
            0..4,
        ),
    )
        .prop_map(
            |(systems, campaigns, deals, model, half_life_days, stages)| {
                let campaigns: Vec<Campaign> = campaigns
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, channel, cost))| Campaign {
                        id: format!("k{i}"),
                        name,
                        channel,
                        cost,
                    })
                    .collect();
                let systems: Vec<System> = systems
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, kind))| System {
                        id: format!("s{i}"),
                        name,
                        kind,
                        owner: None,
                    })
                    .collect();
                let field_maps = if systems.len() >= 2 {
                    vec![FieldMap {
                        id: "f0".into(),
                        from_system: "s0".into(),
                        from_field: "email".into(),
                        to_system: "s1".into(),
                        to_field: "Email".into(),
                        direction: SyncDirection::Both,
                        system_of_record: Some("s1".into()),
                        required: true,
                        note: String::new(),
                    }]
                } else {
                    Vec::new()
                };
                let deals: Vec<Deal> = deals
                    .into_iter()
                    .enumerate()
                    .map(|(i, (amount, close_date, touches))| Deal {
                        id: format!("d{i}"),
                        name: String::new(),
                        amount,
                        close_date,
                        touches: touches
                            .into_iter()
                            .map(|(campaign, days_before)| Touch {
                                campaign: campaigns[campaign % campaigns.len()].id.clone(),
                                date: close_date - Duration::days(days_before),
                            })
                            .collect(),
                    })
                    .collect();
                let stage_statuses = stages
                    .into_iter()
                    .map(|(code, (automation, crm))| StageStatus {
                        stage: Lifecycle::from_code(code).unwrap(),
                        automation,
                        crm,
                    })
                    .collect();
                IntegrationRound {
                    systems,
                    field_maps,
                    stage_statuses,
                    campaigns,
                    deals: std::sync::Arc::new(deals),
                    model,
                    half_life_days,
                }
            },
        )
}

fn sla() -> impl Strategy<Value = SlaRound> {
    (
        proptest::option::of(0u32..100_000),
        1u32..10_000,
        proptest::collection::vec((0u32..5000, 0u32..5000), 0..24),
        proptest::option::of((text(30), date())),
    )
        .prop_map(|(mqls, minutes, months, signed)| SlaRound {
            commitments: Commitments {
                mqls_per_month: mqls,
                first_response_minutes: minutes,
                ..Commitments::default()
            },
            actuals: months
                .into_iter()
                .enumerate()
                .map(|(i, (delivered, closed))| MonthActuals {
                    month: NaiveDate::from_ymd_opt(2024 + (i / 12) as i32, 1 + (i % 12) as u32, 1)
                        .unwrap(),
                    mqls_delivered: delivered,
                    accepted: delivered / 2,
                    worked_within_sla: delivered / 3,
                    closed,
                })
                .collect(),
            agreement: Agreement {
                version: "1".into(),
                effective: signed.as_ref().map(|(_, date)| *date),
                review: None,
                marketing_signoff: signed.clone().map(|(name, date)| SignOff {
                    name,
                    date,
                    terms: "x".into(),
                }),
                sales_signoff: None,
            },
        })
}

fn cadence() -> impl Strategy<Value = CadenceRound> {
    (
        pick::<Frequency>(),
        0u32..24,
        5u32..240,
        proptest::collection::vec(text(40), 0..4),
        proptest::collection::vec(
            (text(50), proptest::option::of(date()), any::<bool>()),
            0..10,
        ),
        proptest::collection::vec((date(), pick::<Side>(), 1u8..=5, text(30)), 0..6),
    )
        .prop_map(
            |(frequency, hour, duration_minutes, standing_items, actions, pulses)| CadenceRound {
                meeting: Meeting {
                    frequency,
                    time: chrono::NaiveTime::from_hms_opt(hour, 30, 0).unwrap(),
                    duration_minutes,
                    attendees: vec!["r0".into()],
                    ..Meeting::default()
                },
                standing_items,
                actions: actions
                    .into_iter()
                    .enumerate()
                    .map(|(i, (text, due, done))| ActionItem {
                        id: format!("t{i}"),
                        text,
                        owner: Some("r0".into()),
                        due,
                        done,
                    })
                    .collect(),
                log: Vec::new(),
                pulses: pulses
                    .into_iter()
                    .map(|(date, side, score, why)| Pulse {
                        date,
                        side,
                        score,
                        why,
                    })
                    .collect(),
                checklist: vec![CheckItem {
                    text: "Sit together".into(),
                    done: true,
                }],
            },
        )
}

fn workshop() -> impl Strategy<Value = Workshop> {
    (
        proptest::array::uniform6(1u32..=480),
        proptest::array::uniform6(text(40)),
        proptest::collection::vec((text(60), 1u8..=6, any::<bool>()), 0..5),
    )
        .prop_map(|(timebox_minutes, agreed, parked)| Workshop {
            timebox_minutes,
            agreed,
            parking_lot: parked
                .into_iter()
                .enumerate()
                .map(|(i, (text, round, settled))| ParkedPoint {
                    id: format!("p{i}"),
                    text,
                    round,
                    settled,
                })
                .collect(),
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        text(80),
        text(40),
        pick::<Lang>(),
        0i64..2_000_000_000,
        0i64..100_000_000,
        roles(),
        lead(),
        goals(),
        integration(),
        sla(),
        cadence(),
        workshop(),
    )
        .prop_map(
            |(
                title,
                organisation,
                language,
                created,
                later,
                roles,
                lead,
                goals,
                integration,
                sla,
                cadence,
                workshop,
            )| {
                let origin = (later % 2 == 0).then(|| Origin {
                    plan: format!("p{later:x}"),
                    digest: format!("{:016x}", later * 7919),
                });
                let created = DateTime::<Utc>::from_timestamp(created, 0).unwrap();
                // Every third plan carries a side's proposal for round 2, and every fifth
                // the other side's for round 6.
                let mut proposals = Vec::new();
                if later % 3 == 0 {
                    proposals.push(Proposal {
                        side: Side::Marketing,
                        content: RoundContent::Lead(lead.clone()),
                    });
                }
                if later % 5 == 0 {
                    proposals.push(Proposal {
                        side: Side::Sales,
                        content: RoundContent::Cadence(cadence.clone()),
                    });
                }
                Plan {
                    id: format!("p-{created}_x").replace([' ', ':', '+'], "-"),
                    origin,
                    title,
                    organisation,
                    facilitator: String::new(),
                    language,
                    created,
                    updated: created + Duration::seconds(later),
                    roles,
                    lead,
                    goals,
                    integration,
                    sla,
                    cadence,
                    workshop,
                    proposals,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_plans_are_valid(plan in plan()) {
        prop_assert_eq!(validate(&plan), vec![]);
    }

    #[test]
    fn link_encode_then_decode_is_the_identity(plan in plan()) {
        let fragment = link::encode_z(&plan);
        prop_assert_eq!(link::decode(&fragment), Ok(plan.clone()));
        let readable = link::encode_json(&plan);
        prop_assert_eq!(link::decode(&readable), Ok(plan));
    }

    #[test]
    fn file_export_then_import_is_the_identity(plan in plan()) {
        prop_assert_eq!(from_json(to_json_pretty(&plan).as_bytes()), Ok(plan));
    }

    #[test]
    fn stored_apart_then_read_is_the_identity(plan in plan()) {
        let document = format::to_json_compact_without_deals(&plan);
        let deals = format::deals_to_json(&plan);
        prop_assert!(!document.contains("\"deals\":"));
        prop_assert_eq!(
            format::from_stored_json(document.as_bytes(), Some(deals.as_bytes())),
            Ok(plan)
        );
    }

    #[test]
    fn arbitrary_fragments_never_panic(fragment in "(z=|json=)?\\PC{0,300}") {
        let _ = link::decode(&fragment);
    }
}
