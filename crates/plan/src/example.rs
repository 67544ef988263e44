//! The built-in example: Ledgerline, a B2B software company that has been through all six rounds.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};

use crate::model::*;

/// Picks the English or Russian text of an example value.
fn say(lang: Lang, en: &str, ru: &str) -> String {
    lang.pick(en, ru).to_string()
}

fn day(year: i32, month: u32, date: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, date).unwrap_or_default()
}

/// The example plan, written in `lang`, stamped with `now`.
pub fn example_plan(lang: Lang, now: DateTime<Utc>) -> Plan {
    let mut plan = Plan::new(
        &say(
            lang,
            "Ledgerline — sales & marketing agreement 2027",
            "Ledgerline — соглашение продаж и маркетинга 2027",
        ),
        lang,
        now,
    );
    plan.organisation = "Ledgerline".to_string();
    plan.facilitator = say(lang, "Dana Whitfield", "Анна Лебедева");
    plan.roles = roles(lang);
    plan.lead = lead(lang);
    plan.goals = goals(lang);
    plan.integration = integration(lang);
    plan.sla = sla(lang);
    plan.cadence = cadence(lang);
    plan.workshop = workshop(lang);
    // Both leaders signed the numbers as they stand.
    let signed = crate::sla::terms(&plan);
    let agreement = &mut plan.sla.agreement;
    for sign_off in [
        &mut agreement.marketing_signoff,
        &mut agreement.sales_signoff,
    ]
    .into_iter()
    .flatten()
    {
        sign_off.terms = signed.clone();
    }
    plan
}

/// English name, Russian name, stage, hours a month, and (role, letters) cells.
type ActivityRow = (
    &'static str,
    &'static str,
    FunnelStage,
    f64,
    &'static [(&'static str, &'static str)],
);

fn roles(lang: Lang) -> RolesRound {
    let mut round = RolesRound::with_default_roles(lang);
    round.roles[0].hourly_rate = Some(55.0);
    round.roles[1].hourly_rate = Some(40.0);
    round.roles[2].hourly_rate = Some(70.0);
    round.roles[3].hourly_rate = Some(60.0);
    round.roles[4].hourly_rate = Some(120.0);
    let rows: [ActivityRow; 9] = [
        (
            "Run paid and content campaigns",
            "Запуск платных и контентных кампаний",
            FunnelStage::Attract,
            120.0,
            &[("r1", "RA"), ("r5", "I")],
        ),
        (
            "Capture inbound leads in forms",
            "Сбор входящих лидов через формы",
            FunnelStage::Capture,
            20.0,
            &[("r1", "A"), ("r4", "R")],
        ),
        (
            "Score and qualify leads",
            "Скоринг и квалификация лидов",
            FunnelStage::Qualify,
            60.0,
            &[("r2", "R"), ("r1", "A"), ("r3", "C")],
        ),
        (
            "Hand MQLs to sales",
            "Передача MQL в продажи",
            FunnelStage::HandOff,
            15.0,
            &[("r2", "RA"), ("r3", "I")],
        ),
        (
            "Nurture not-yet-ready leads",
            "Прогрев неготовых лидов",
            FunnelStage::Nurture,
            40.0,
            &[("r1", "RA"), ("r2", "C")],
        ),
        (
            "Run discovery and demos",
            "Встречи и демонстрации",
            FunnelStage::Sell,
            160.0,
            &[("r3", "RA"), ("r2", "I")],
        ),
        (
            "Negotiate and close",
            "Переговоры и закрытие",
            FunnelStage::Close,
            80.0,
            &[("r3", "R"), ("r5", "A")],
        ),
        (
            "Return rejected leads to nurture",
            "Возврат отклонённых лидов в прогрев",
            FunnelStage::Recycle,
            10.0,
            &[("r4", "R"), ("r1", "A"), ("r3", "C")],
        ),
        (
            "Report the funnel monthly",
            "Ежемесячный отчёт по воронке",
            FunnelStage::Report,
            12.0,
            &[("r4", "R"), ("r5", "A"), ("r1", "I"), ("r3", "I")],
        ),
    ];
    round.activities = rows
        .iter()
        .enumerate()
        .map(|(index, (en, ru, stage, hours, cells))| Activity {
            id: format!("a{}", index + 1),
            name: say(lang, en, ru),
            stage: *stage,
            hours_per_month: Some(*hours),
            cells: cells
                .iter()
                .filter_map(|(role, letters)| Some((role.to_string(), Raci::parse(letters)?)))
                .collect::<BTreeMap<_, _>>(),
        })
        .collect();
    round
}

fn lead(lang: Lang) -> LeadRound {
    let criterion =
        |id: &str, group, field: &str, operator, value: &str, points, decay_days| Criterion {
            id: id.to_string(),
            group,
            field: field.to_string(),
            operator,
            value: value.to_string(),
            points,
            decay_days,
        };
    use CriterionGroup::{Engagement, Fit};
    LeadRound {
        criteria: vec![
            criterion("c1", Fit, "industry", Operator::OneOf, "software, fintech, retail", 15, None),
            criterion("c2", Fit, "employees", Operator::Range, "200-5000", 20, None),
            criterion("c3", Fit, "job_title", Operator::Contains, "finance", 15, None),
            criterion("c4", Fit, "country", Operator::OneOf, "US, UK, DE", 10, None),
            criterion("c5", Fit, "email_domain", Operator::OneOf, "gmail.com, yahoo.com", -20, None),
            criterion("c6", Engagement, "demo_request", Operator::WithinDays, "30", 40, Some(14)),
            criterion("c7", Engagement, "pricing_page", Operator::WithinDays, "14", 15, Some(7)),
            criterion("c8", Engagement, "webinar", Operator::WithinDays, "60", 10, Some(30)),
            criterion("c9", Engagement, "email_unsubscribed", Operator::Equals, "yes", -30, None),
        ],
        fit_cap: Some(50),
        engagement_cap: Some(60),
        mql_threshold: Some(60),
        sql_threshold: Some(80),
        proposals: Proposals {
            marketing_mql: Some(50),
            marketing_sql: Some(70),
            sales_mql: Some(70),
            sales_sql: Some(90),
        },
        sales_ready: vec!["A3".into(), "A2".into(), "B3".into()],
        stages: vec![
            StageRule { stage: Lifecycle::Mql, entry: say(lang, "Score of 60 or more, fit grade A or B", "Балл 60 и выше, профиль A или B"), owner: Some("r1".into()) },
            StageRule { stage: Lifecycle::Sal, entry: say(lang, "SDR accepted within 24 hours", "SDR принял лид в течение 24 часов"), owner: Some("r2".into()) },
            StageRule { stage: Lifecycle::Sql, entry: say(lang, "Budget, need and timeline confirmed on a call", "На звонке подтверждены бюджет, потребность и сроки"), owner: Some("r3".into()) },
            StageRule { stage: Lifecycle::Opportunity, entry: say(lang, "Proposal requested", "Запрошено коммерческое предложение"), owner: Some("r3".into()) },
            StageRule { stage: Lifecycle::Customer, entry: say(lang, "Contract signed", "Договор подписан"), owner: Some("r3".into()) },
            StageRule { stage: Lifecycle::Recycled, entry: say(lang, "Rejected by sales or lost with a reason code", "Отклонён продажами или проигран с кодом причины"), owner: Some("r1".into()) },
        ],
        handoff: Handoff {
            acceptor: Some("r2".into()),
            accept_within_hours: 24,
            rejection_reasons: vec![
                say(lang, "Not the decision maker", "Не лицо, принимающее решения"),
                say(lang, "No budget this year", "Нет бюджета в этом году"),
                say(lang, "Wrong company size", "Неподходящий размер компании"),
                say(lang, "Unreachable after 5 attempts", "Недоступен после 5 попыток"),
            ],
            recycle_after_days: 90,
            reentry: say(
                lang,
                "A recycled lead returns to marketing nurture and becomes an MQL again after a new demo request or pricing visit",
                "Возвращённый лид уходит в прогрев маркетинга и снова становится MQL после новой заявки на демо или визита на страницу цен",
            ),
        },
    }
}

fn goals(lang: Lang) -> GoalsRound {
    type Names = (&'static str, &'static str);
    let node = |id: &str,
                parent: Option<&str>,
                (en, ru): Names,
                (side, owner): (Side, &str),
                (unit, formula, step): (&str, Formula, Option<FunnelStep>),
                (target, actual): (f64, f64)| GoalNode {
        id: id.to_string(),
        parent: parent.map(str::to_string),
        name: say(lang, en, ru),
        side,
        owner: Some(owner.to_string()),
        metric: String::new(),
        unit: unit.to_string(),
        period: Period::Quarter,
        // A computed goal's own numbers are not used: leave them out.
        target: (formula == Formula::Manual).then_some(target),
        actual: (formula == Formula::Manual).then_some(actual),
        formula,
        step,
    };
    use FunnelStep::*;
    use Side::*;
    let count = |step| ("#", Formula::Manual, Some(step));
    GoalsRound {
        nodes: vec![
            node(
                "g1",
                None,
                ("New revenue", "Новая выручка"),
                (Shared, "r5"),
                ("USD", Formula::Product, Some(Revenue)),
                (1_200_000.0, 910_000.0),
            ),
            node(
                "g2",
                Some("g1"),
                ("Deals won", "Выигранные сделки"),
                (Sales, "r3"),
                count(Deals),
                (50.0, 38.0),
            ),
            node(
                "g3",
                Some("g2"),
                ("Opportunities", "Возможности"),
                (Sales, "r3"),
                count(Opportunities),
                (250.0, 205.0),
            ),
            node(
                "g4",
                Some("g3"),
                ("SQLs", "SQL"),
                (Sales, "r2"),
                count(Sqls),
                (417.0, 350.0),
            ),
            node(
                "g5",
                Some("g4"),
                ("MQLs", "MQL"),
                (Marketing, "r1"),
                count(Mqls),
                (3_208.0, 2_900.0),
            ),
            node(
                "g6",
                Some("g5"),
                ("Leads", "Лиды"),
                (Marketing, "r1"),
                count(Leads),
                (21_387.0, 19_400.0),
            ),
            node(
                "g7",
                Some("g1"),
                ("Average deal size", "Средний чек"),
                (Sales, "r3"),
                ("USD", Formula::Manual, None),
                (24_000.0, 23_950.0),
            ),
            node(
                "g8",
                None,
                ("Marketing-sourced pipeline", "Воронка от маркетинга"),
                (Marketing, "r1"),
                ("USD", Formula::Sum, None),
                (0.0, 0.0),
            ),
            node(
                "g9",
                Some("g8"),
                ("Pipeline from webinars", "Воронка от вебинаров"),
                (Marketing, "r1"),
                ("USD", Formula::Manual, None),
                (2_000_000.0, 1_300_000.0),
            ),
            node(
                "g10",
                Some("g8"),
                (
                    "Pipeline from paid search",
                    "Воронка от контекстной рекламы",
                ),
                (Marketing, "r1"),
                ("USD", Formula::Manual, None),
                (1_500_000.0, 1_420_000.0),
            ),
            node(
                "g11",
                None,
                (
                    "Leads called within an hour",
                    "Лиды, которым позвонили в течение часа",
                ),
                (Sales, "r2"),
                ("%", Formula::Manual, None),
                (90.0, 72.0),
            ),
        ],
        funnel: FunnelInputs {
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
        },
        ..GoalsRound::default()
    }
}

fn integration(lang: Lang) -> IntegrationRound {
    let campaign = |id: &str, name: &str, channel: &str, cost| Campaign {
        id: id.to_string(),
        name: name.to_string(),
        channel: channel.to_string(),
        cost,
    };
    let deal = |id: &str, amount, close: NaiveDate, touches: &[(&str, NaiveDate)]| Deal {
        id: id.to_string(),
        name: match id {
            "d1" => "Northwind Logistics",
            "d2" => "Brightline Retail",
            "d3" => "Corvid Fintech",
            _ => "Halden Foods",
        }
        .to_string(),
        amount,
        close_date: close,
        touches: touches
            .iter()
            .map(|(campaign, date)| Touch {
                campaign: campaign.to_string(),
                date: *date,
            })
            .collect(),
    };
    IntegrationRound {
        systems: vec![
            System {
                id: "s1".into(),
                name: "Salesforce".into(),
                kind: SystemKind::Crm,
                owner: Some("r4".into()),
            },
            System {
                id: "s2".into(),
                name: "HubSpot".into(),
                kind: SystemKind::MarketingAutomation,
                owner: Some("r1".into()),
            },
        ],
        field_maps: vec![
            FieldMap {
                id: "f1".into(),
                from_system: "s2".into(),
                from_field: "lifecyclestage".into(),
                to_system: "s1".into(),
                to_field: "Lead_Status__c".into(),
                direction: SyncDirection::Both,
                system_of_record: Some("s1".into()),
                required: true,
                note: say(
                    lang,
                    "Sales owns the status after hand-off",
                    "После передачи статусом владеют продажи",
                ),
            },
            FieldMap {
                id: "f2".into(),
                from_system: "s2".into(),
                from_field: "hubspotscore".into(),
                to_system: "s1".into(),
                to_field: "Lead_Score__c".into(),
                direction: SyncDirection::Forward,
                system_of_record: Some("s2".into()),
                required: true,
                note: String::new(),
            },
            FieldMap {
                id: "f3".into(),
                from_system: "s2".into(),
                from_field: "hs_analytics_source".into(),
                to_system: "s1".into(),
                to_field: "LeadSource".into(),
                direction: SyncDirection::Forward,
                system_of_record: Some("s2".into()),
                required: false,
                note: String::new(),
            },
        ],
        campaigns: vec![
            campaign("k1", "Google Ads — spend control", "paid search", 18_000.0),
            campaign("k2", "CFO webinar series", "webinar", 6_000.0),
            campaign("k3", "Close-the-books e-book", "content", 4_000.0),
            campaign("k4", "LinkedIn ABM", "paid social", 12_000.0),
        ],
        deals: Arc::new(vec![
            deal(
                "d1",
                30_000.0,
                day(2026, 10, 20),
                &[
                    ("k3", day(2026, 8, 2)),
                    ("k2", day(2026, 8, 30)),
                    ("k1", day(2026, 9, 15)),
                ],
            ),
            deal(
                "d2",
                18_000.0,
                day(2026, 10, 28),
                &[("k1", day(2026, 9, 1)), ("k4", day(2026, 10, 2))],
            ),
            deal(
                "d3",
                42_000.0,
                day(2026, 11, 12),
                &[
                    ("k4", day(2026, 7, 20)),
                    ("k2", day(2026, 9, 9)),
                    ("k3", day(2026, 9, 22)),
                    ("k1", day(2026, 10, 30)),
                ],
            ),
            deal(
                "d4",
                12_000.0,
                day(2026, 11, 20),
                &[("k2", day(2026, 10, 14))],
            ),
        ]),
        stage_statuses: [
            (Lifecycle::Mql, "marketingqualifiedlead", "Open - MQL"),
            (Lifecycle::Sal, "salesqualifiedlead", "Working - Accepted"),
            (Lifecycle::Sql, "salesqualifiedlead", "Working - SQL"),
            (Lifecycle::Opportunity, "opportunity", "Closed - Converted"),
            (Lifecycle::Customer, "customer", ""),
            (Lifecycle::Recycled, "lead", "Recycled"),
        ]
        .into_iter()
        .map(|(stage, automation, crm)| StageStatus {
            stage,
            automation: automation.to_string(),
            crm: crm.to_string(),
        })
        .collect(),
        model: Some(AttributionModel::WShaped),
        half_life_days: 7.0,
    }
}

fn sla(lang: Lang) -> SlaRound {
    let month = |m, delivered, accepted, worked, closed| MonthActuals {
        month: day(2026, m, 1),
        mqls_delivered: delivered,
        accepted,
        worked_within_sla: worked,
        closed,
    };
    SlaRound {
        commitments: Commitments {
            mqls_per_month: Some(1_070),
            first_response_minutes: 60,
            attempts: 5,
            attempt_days: 14,
            deals_per_month: Some(17),
            mqls_per_rep: 140,
        },
        actuals: vec![month(9, 980, 820, 760, 14), month(10, 1_090, 940, 905, 18)],
        agreement: Agreement {
            version: "1.0".into(),
            effective: Some(day(2027, 1, 1)),
            review: Some(day(2027, 4, 1)),
            marketing_signoff: Some(SignOff {
                name: say(
                    lang,
                    "Maya Ortiz, VP Marketing",
                    "Майя Орлова, директор по маркетингу",
                ),
                date: day(2026, 12, 4),
                terms: String::new(),
            }),
            sales_signoff: Some(SignOff {
                name: say(
                    lang,
                    "Tom Becker, VP Sales",
                    "Тимур Беков, директор по продажам",
                ),
                date: day(2026, 12, 4),
                terms: String::new(),
            }),
        },
    }
}

fn cadence(lang: Lang) -> CadenceRound {
    let action = |id: &str, (en, ru): (&str, &str), owner: &str, due: NaiveDate, done| ActionItem {
        id: id.to_string(),
        text: say(lang, en, ru),
        owner: Some(owner.to_string()),
        due: Some(due),
        done,
    };
    CadenceRound {
        meeting: Meeting {
            frequency: Frequency::Biweekly,
            weekday: Weekday::Tue,
            time: NaiveTime::from_hms_opt(15, 0, 0).unwrap_or_default(),
            duration_minutes: 45,
            time_zone: "Europe/Berlin".into(),
            starts: Some(day(2027, 1, 5)),
            attendees: vec!["r1".into(), "r2".into(), "r3".into(), "r4".into()],
        },
        standing_items: vec![
            say(
                lang,
                "Rejected leads: review three at random",
                "Отклонённые лиды: разобрать три случайных",
            ),
            say(
                lang,
                "Campaigns launching in the next two weeks",
                "Кампании на ближайшие две недели",
            ),
        ],
        actions: vec![
            action(
                "t1",
                (
                    "Add the acceptance window to the CRM lead view",
                    "Добавить окно принятия в карточку лида в CRM",
                ),
                "r4",
                day(2027, 1, 12),
                false,
            ),
            action(
                "t2",
                (
                    "Publish rejection reason codes to SDRs",
                    "Раздать SDR коды причин отклонения",
                ),
                "r2",
                day(2026, 12, 15),
                true,
            ),
            action(
                "t3",
                (
                    "Build the W-shaped attribution report",
                    "Собрать отчёт по W-образной атрибуции",
                ),
                "r1",
                day(2027, 1, 19),
                false,
            ),
        ],
        log: vec![MeetingRecord {
            date: day(2026, 12, 4),
            decisions: say(
                lang,
                "SLA 1.0 signed by both leaders",
                "Оба руководителя подписали SLA 1.0",
            ),
        }],
        pulses: vec![
            Pulse {
                date: day(2026, 12, 4),
                side: Side::Marketing,
                score: 3,
                why: say(
                    lang,
                    "Feedback on rejected leads is slow",
                    "Обратная связь по отклонённым лидам медленная",
                ),
            },
            Pulse {
                date: day(2026, 12, 4),
                side: Side::Sales,
                score: 4,
                why: say(
                    lang,
                    "Lead quality is clearly better",
                    "Качество лидов заметно лучше",
                ),
            },
        ],
        checklist: vec![
            CheckItem {
                text: say(
                    lang,
                    "SDRs sit next to the marketing team",
                    "SDR сидят рядом с маркетингом",
                ),
                done: true,
            },
            CheckItem {
                text: say(
                    lang,
                    "One shared chat channel for hand-offs",
                    "Общий чат для передачи лидов",
                ),
                done: true,
            },
            CheckItem {
                text: say(
                    lang,
                    "Marketing joins one sales call a month",
                    "Маркетинг раз в месяц слушает звонок продаж",
                ),
                done: false,
            },
        ],
    }
}

/// The workshop's notes: who agreed to the first five rounds, and one point parked.
fn workshop(lang: Lang) -> Workshop {
    let leaders = say(
        lang,
        "Maya Ortiz (marketing) and Tom Becker (sales), 4 Dec 2026",
        "Майя Орлова (маркетинг) и Тимур Беков (продажи), 4 декабря 2026",
    );
    let mut workshop = Workshop::default();
    for agreed in workshop.agreed.iter_mut().take(5) {
        *agreed = leaders.clone();
    }
    workshop.parking_lot = vec![ParkedPoint {
        id: "p1".to_string(),
        text: say(
            lang,
            "Should SDRs report to marketing or to sales? Decide at the Q2 review.",
            "Кому подчиняются SDR — маркетингу или продажам? Решить на обзоре второго квартала.",
        ),
        round: 1,
        settled: false,
    }];
    workshop
}
