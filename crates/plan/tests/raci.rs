//! Round 1: each check fires on a matrix that breaks its rule and stays quiet on one that
//! keeps it; the CSV form round-trips and names the line and column of every mistake.

use six_rounds_plan::model::{FunnelStage, Lang, RolesRound, Side};
use six_rounds_plan::raci::{check, from_csv, template, to_csv, CsvErrorKind, Finding, Severity};

/// A matrix from a compact description: roles `name:side[:rate]` and rows
/// `stage|activity|hours|role=letters,...`.
fn matrix(roles: &str, rows: &[&str], threshold: u32) -> RolesRound {
    let mut round = RolesRound {
        overload_threshold: threshold,
        ..RolesRound::default()
    };
    for spec in roles.split_whitespace() {
        let parts: Vec<&str> = spec.split(':').collect();
        let side = match parts[1] {
            "m" => Side::Marketing,
            "s" => Side::Sales,
            _ => Side::Shared,
        };
        let id = round.add_role(parts[0], side);
        round.role_mut(&id).unwrap().hourly_rate = parts.get(2).map(|r| r.parse().unwrap());
    }
    for row in rows {
        let parts: Vec<&str> = row.split('|').collect();
        let stage = six_rounds_plan::model::Coded::from_code(parts[0]).unwrap();
        let id = round.add_activity(parts[1], stage);
        round.activity_mut(&id).unwrap().hours_per_month = parts[2].parse().ok();
        for cell in parts[3].split(',').filter(|c| !c.is_empty()) {
            let (name, letters) = cell.split_once('=').unwrap();
            let role = round
                .roles
                .iter()
                .find(|r| r.name == name)
                .unwrap()
                .id
                .clone();
            for letter in letters.chars() {
                round.toggle_letter(&id, &role, letter);
            }
        }
    }
    round
}

/// A finding as a short line naming roles and activities by name.
fn describe(round: &RolesRound, finding: &Finding) -> String {
    let role = |id: &String| round.role(id).unwrap().name.clone();
    let activity = |id: &String| {
        round
            .activities
            .iter()
            .find(|a| &a.id == id)
            .unwrap()
            .name
            .clone()
    };
    let names = |ids: &Vec<String>| ids.iter().map(role).collect::<Vec<_>>().join("+");
    match finding {
        Finding::NoAccountable { activity: a } => format!("no-a {}", activity(a)),
        Finding::SeveralAccountable { activity: a, roles } => {
            format!("several-a {} {}", activity(a), names(roles))
        }
        Finding::NoResponsible { activity: a } => format!("no-r {}", activity(a)),
        Finding::DuplicatedEffort {
            activity: a,
            marketing,
            sales,
            monthly_cost,
        } => format!(
            "duplicated {} {} {} {}",
            activity(a),
            names(marketing),
            names(sales),
            monthly_cost.map_or("?".into(), |c| c.to_string())
        ),
        Finding::Overloaded { role: r, load, .. } => format!("overloaded {} {load}", role(r)),
        Finding::Unused { role: r } => format!("unused {}", role(r)),
    }
}

const ROLES: &str = "Mkt:m:50 SDR:s:40 AE:s:80 Ops:o";

#[test]
fn each_check_fires_when_broken_and_stays_quiet_when_kept() {
    let cases: &[(&str, &[&str], u32, &[&str])] = &[
        (
            "a clean matrix",
            &["attract|Ads|10|Mkt=RA,SDR=I,AE=C,Ops=I"],
            8,
            &[],
        ),
        (
            "no accountable",
            &["attract|Ads|10|Mkt=R,SDR=I,AE=I,Ops=I"],
            8,
            &["no-a Ads"],
        ),
        (
            "two accountable",
            &["attract|Ads|10|Mkt=RA,SDR=A,AE=I,Ops=I"],
            8,
            &["several-a Ads Mkt+SDR"],
        ),
        (
            "no responsible",
            &["attract|Ads|10|Mkt=A,SDR=C,AE=I,Ops=I"],
            8,
            &["no-r Ads"],
        ),
        (
            "an empty row",
            &["attract|Ads||SDR=I,AE=I,Mkt=I,Ops=I"],
            8,
            &["no-a Ads", "no-r Ads"],
        ),
        (
            "duplicated effort with its cost: the cheaper doer's hours",
            &["qualify|Scoring|10|Mkt=RA,SDR=R,AE=I,Ops=I"],
            8,
            &["duplicated Scoring Mkt SDR 400"],
        ),
        (
            "duplicated effort across three doers keeps only the dearest",
            &["qualify|Scoring|2|Mkt=RA,SDR=R,AE=R,Ops=I"],
            8,
            &["duplicated Scoring Mkt SDR+AE 180"],
        ),
        (
            "duplicated effort without hours has no cost",
            &["qualify|Scoring||Mkt=RA,SDR=R,AE=I,Ops=I"],
            8,
            &["duplicated Scoring Mkt SDR ?"],
        ),
        (
            "duplicated effort with a doer without a rate has no cost",
            &["qualify|Scoring|5|Mkt=RA,Ops=R,SDR=R,AE=I"],
            8,
            &["duplicated Scoring Mkt SDR ?"],
        ),
        (
            "two sales-side doers are not duplicated effort",
            &["sell|Demo|5|AE=RA,SDR=R,Mkt=I,Ops=I"],
            8,
            &[],
        ),
        (
            "a shared role beside marketing is not duplicated effort",
            &["report|Report|5|Ops=R,Mkt=RA,SDR=I,AE=I"],
            8,
            &[],
        ),
        (
            "overloaded beyond the threshold",
            &[
                "attract|A1|1|Mkt=RA,SDR=I,AE=I,Ops=I",
                "attract|A2|1|Mkt=RA,SDR=I,AE=I,Ops=I",
                "attract|A3|1|Mkt=R,Ops=A,SDR=I,AE=I",
            ],
            2,
            &["overloaded Mkt 3"],
        ),
        (
            "at the threshold is not overloaded",
            &[
                "attract|A1|1|Mkt=RA,SDR=I,AE=I,Ops=I",
                "attract|A2|1|Mkt=RA,SDR=I,AE=I,Ops=I",
            ],
            2,
            &[],
        ),
        (
            "a role with no letters at all",
            &["attract|Ads|10|Mkt=RA,SDR=I,AE=C"],
            8,
            &["unused Ops"],
        ),
        ("no activities: no findings", &[], 8, &[]),
    ];
    for (name, rows, threshold, expected) in cases {
        let round = matrix(ROLES, rows, *threshold);
        let found: Vec<String> = check(&round).iter().map(|f| describe(&round, f)).collect();
        assert_eq!(&found, expected, "{name}");
    }
}

#[test]
fn only_accountability_and_responsibility_block_the_round() {
    let round = matrix(
        ROLES,
        &["qualify|Scoring|10|Mkt=RA,SDR=R", "attract|Ads||"],
        0,
    );
    let blocking: Vec<String> = check(&round)
        .iter()
        .filter(|f| f.severity() == Severity::Blocking)
        .map(|f| describe(&round, f))
        .collect();
    assert_eq!(blocking, ["no-a Ads", "no-r Ads"]);
}

#[test]
fn the_template_has_every_stage_and_no_letters() {
    for lang in [Lang::En, Lang::Ru] {
        let round = template(lang);
        assert_eq!(round.roles.len(), 5);
        for stage in <FunnelStage as six_rounds_plan::model::Coded>::ALL {
            assert!(
                round.activities.iter().any(|a| a.stage == *stage),
                "{stage:?}"
            );
        }
        assert!(round.activities.iter().all(|a| a.cells.is_empty()));
    }
}

#[test]
fn csv_round_trips_the_example_matrix() {
    let plan = six_rounds_plan::example::example_plan(Lang::En, Default::default());
    let text = to_csv(&plan.roles);
    assert!(
        text.starts_with("stage,activity,hours,Marketing,SDR/BDR,Sales (AE),RevOps,Leadership\n")
    );
    let back = from_csv(&text, &plan.roles).unwrap();
    assert_eq!(back.roles, plan.roles.roles);
    assert_eq!(to_csv(&back), text);
    assert_eq!(check(&back), check(&plan.roles));
}

#[test]
fn csv_from_a_spreadsheet_with_semicolons_bom_and_new_roles() {
    let current = matrix(ROLES, &[], 8);
    let text = "\u{feff}Stage;Activity;Hours;mkt;Partners\nHand off;Pass leads;2,5;R A;A\n;;;;\n";
    let round = from_csv(text, &current).unwrap();
    assert_eq!(
        round.roles.len(),
        5,
        "Partners is added, Mkt matched case-insensitively"
    );
    let partners = round.roles.iter().find(|r| r.name == "Partners").unwrap();
    assert_eq!(partners.side, Side::Shared);
    let activity = &round.activities[0];
    assert_eq!(activity.stage, FunnelStage::HandOff);
    assert_eq!(activity.hours_per_month, Some(2.5));
    assert_eq!(round.cell(&activity.id, "r1").letters(), "RA");
    assert_eq!(round.cell(&activity.id, &partners.id).letters(), "A");
}

#[test]
fn csv_mistakes_name_their_line_and_column() {
    let current = matrix(ROLES, &[], 8);
    let cases: &[(&str, usize, Option<usize>, CsvErrorKind)] = &[
        ("", 1, None, CsvErrorKind::BadHeader),
        ("name,role\nx,y\n", 1, None, CsvErrorKind::BadHeader),
        ("stage,activity,hours\n", 1, None, CsvErrorKind::NoRoles),
        (
            "stage,activity,hours,Mkt,mkt\n",
            1,
            Some(5),
            CsvErrorKind::DuplicateRole("mkt".into()),
        ),
        (
            "stage,activity,hours,Mkt\nsomewhere,Ads,,R\n",
            2,
            Some(1),
            CsvErrorKind::UnknownStage("somewhere".into()),
        ),
        (
            "stage,activity,hours,Mkt\nattract,,,R\n",
            2,
            Some(2),
            CsvErrorKind::EmptyActivity,
        ),
        (
            "stage,activity,hours,Mkt\nattract,Ads,lots,R\n",
            2,
            Some(3),
            CsvErrorKind::BadHours("lots".into()),
        ),
        (
            "stage,activity,hours,Mkt\nattract,Ads,1,R\nsell,Demo,1,RX\n",
            3,
            Some(4),
            CsvErrorKind::BadLetters("RX".into()),
        ),
    ];
    for (text, line, column, kind) in cases {
        let error = from_csv(text, &current).unwrap_err();
        assert_eq!(
            (error.line, error.column, &error.kind),
            (*line, *column, kind),
            "{text:?}"
        );
    }
    let uneven = from_csv(
        "stage,activity,hours,Mkt\nattract,Ads,1,R,extra\n",
        &current,
    )
    .unwrap_err();
    assert!(matches!(uneven.kind, CsvErrorKind::Unreadable(_)));
    assert_eq!(uneven.line, 2);
}

#[test]
fn a_matrix_of_100_activities_by_12_roles_is_checked() {
    let roles: Vec<String> = (0..12)
        .map(|i| format!("R{i}:{}:50", ["m", "s", "o"][i % 3]))
        .collect();
    let rows: Vec<String> = (0..100)
        .map(|i| {
            format!(
                "sell|Activity {i}|10|R{}=RA,R{}=R,R{}=C",
                i % 12,
                (i + 1) % 12,
                (i + 2) % 12
            )
        })
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let round = matrix(&roles.join(" "), &rows, 8);
    let findings = check(&round);
    let duplicated = findings
        .iter()
        .filter(|f| matches!(f, Finding::DuplicatedEffort { .. }))
        .count();
    assert!(duplicated > 0 && findings.iter().all(|f| f.severity() == Severity::Warning));
}

/// Found by the edit-sequence property test: deleting a role that owned goals, stages, a
/// system, actions and a seat at the meeting left those pointing at nothing, so the saved
/// plan no longer loaded.
#[test]
fn deleting_a_role_clears_its_uses_everywhere_and_undo_puts_them_back() {
    use chrono::TimeZone;
    let now = chrono::Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let mut plan = six_rounds_plan::example::example_plan(Lang::En, now);
    let before = plan.clone();
    let removed = plan.remove_role("r1").expect("the example has r1");
    assert_eq!(six_rounds_plan::validate(&plan), vec![]);
    assert!(plan
        .goals
        .nodes
        .iter()
        .all(|node| node.owner.as_deref() != Some("r1")));
    assert!(!plan
        .cadence
        .meeting
        .attendees
        .iter()
        .any(|role| role == "r1"));
    plan.restore(removed);
    assert_eq!(plan, before);
}
