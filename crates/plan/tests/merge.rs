//! The three-way merge, data-driven: one edit per kind of item in every round, merged in
//! both directions and in pairs; conflicts with their picks; deletion against edit; the
//! two-way fallback; another plan refused; a merge whose sides break a rule together.

use chrono::{NaiveDate, TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::format::{self, Fix};
use six_rounds_plan::merge::{merge, ChangeKind, MergeError, Pick};
use six_rounds_plan::model::Round;
use six_rounds_plan::model::*;
use six_rounds_plan::{validate, Plan};

fn base() -> Plan {
    example_plan(
        Lang::En,
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    )
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

type Edit = fn(&mut Plan);

/// One edit of each kind of item, each touching something no other edit touches.
const EDITS: &[(&str, Edit)] = &[
    ("role renamed", |p| {
        p.roles.roles[0].name = "Demand gen".into()
    }),
    ("role added", |p| {
        p.roles.add_role("Partners", Side::Sales);
    }),
    ("activity renamed", |p| {
        p.roles.activities[0].name = "Run webinars".into()
    }),
    ("activity added", |p| {
        p.roles
            .add_activity("Score leads weekly", FunnelStage::Qualify);
    }),
    ("RACI cell", |p| {
        let (a, r) = (
            p.roles.activities[1].id.clone(),
            p.roles.roles[3].id.clone(),
        );
        p.roles.toggle_letter(&a, &r, 'C');
    }),
    ("criterion points", |p| p.lead.criteria[0].points += 5),
    ("criterion added", |p| {
        p.lead.add_criterion(CriterionGroup::Engagement);
    }),
    ("stage entry", |p| {
        p.lead.edit_stage_rule(Lifecycle::Sql, |rule| {
            rule.entry = "Budget confirmed".into()
        })
    }),
    ("rejection reason", |p| {
        p.lead.handoff.rejection_reasons.push("Student".into())
    }),
    ("MQL threshold", |p| p.lead.mql_threshold = Some(55)),
    ("goal target", |p| p.goals.nodes[2].target = Some(777.0)),
    ("goal added", |p| {
        let parent = p.goals.nodes[0].id.clone();
        p.goals.add_goal(Some(&parent), "Partner deals".into());
    }),
    ("funnel rate", |p| p.goals.funnel.win_rate = 0.25),
    ("system renamed", |p| {
        p.integration.systems[0].name = "Salesforce EU".into()
    }),
    ("field map removed", |p| {
        let id = p.integration.field_maps[0].id.clone();
        p.integration.remove_field_map(&id);
    }),
    ("campaign cost", |p| {
        p.integration.campaigns[0].cost = 1234.0
    }),
    ("half-life", |p| p.integration.half_life_days = 14.0),
    ("deal amount", |p| {
        let id = p.integration.deals[0].id.clone();
        p.integration.deal_mut(&id).unwrap().amount = 99_000.0;
    }),
    ("commitment", |p| p.sla.commitments.attempts = 7),
    ("agreement version", |p| {
        p.sla.agreement.version = "2.1".into()
    }),
    ("meeting length", |p| {
        p.cadence.meeting.duration_minutes = 75
    }),
    ("standing item", |p| {
        p.cadence.standing_items.push("Wins of the week".into())
    }),
    ("action added", |p| {
        p.cadence
            .add_action("Send the SLA to finance".into(), Some(day("2027-02-01")));
    }),
    ("pulse recorded", |p| {
        p.cadence
            .record_pulse(day("2027-01-20"), Side::Sales, 4, "Better leads".into())
    }),
    ("checklist ticked", |p| {
        p.cadence.checklist[0].done = !p.cadence.checklist[0].done
    }),
    ("timebox", |p| p.workshop.timebox_minutes[2] = 50),
    ("parked point", |p| {
        p.workshop.park("Who owns events?".into(), 1);
    }),
];

fn edited(edit: Edit) -> Plan {
    let mut plan = base();
    edit(&mut plan);
    plan
}

/// What the plans say, whatever their bookkeeping (when edited, where copied from).
fn same_content(a: &Plan, b: &Plan) -> bool {
    format::digest(a) == format::digest(b)
}

#[test]
fn every_kind_of_item_merges_in_both_directions() {
    let base = base();
    for (name, edit) in EDITS {
        let changed = edited(*edit);
        assert!(
            !same_content(&changed, &base),
            "{name}: the edit changes nothing"
        );
        // Theirs changed it: taken, and listed as taken.
        let merged = merge(Some(&base), &base, &changed, &[]).unwrap();
        assert!(
            same_content(&merged.plan, &changed),
            "{name}: theirs not taken"
        );
        assert!(
            merged.conflicts.is_empty(),
            "{name}: {:?}",
            merged.conflicts
        );
        assert!(!merged.changes.is_empty(), "{name}: no change listed");
        // Ours changed it: kept, nothing to take.
        let merged = merge(Some(&base), &changed, &base, &[]).unwrap();
        assert!(
            same_content(&merged.plan, &changed),
            "{name}: ours not kept"
        );
        assert!(merged.changes.is_empty(), "{name}: {:?}", merged.changes);
        // Both made the same change.
        let merged = merge(Some(&base), &changed, &changed, &[]).unwrap();
        assert!(
            same_content(&merged.plan, &changed),
            "{name}: the same change twice"
        );
        assert!(merged.conflicts.is_empty());
    }
}

#[test]
fn different_changes_on_the_two_sides_both_apply() {
    let base = base();
    for (i, (first, ours_edit)) in EDITS.iter().enumerate() {
        for (second, theirs_edit) in EDITS.iter().skip(i + 1) {
            let ours = edited(*ours_edit);
            let theirs = edited(*theirs_edit);
            let mut both = ours.clone();
            theirs_edit(&mut both);
            for (a, b, label) in [
                (&ours, &theirs, "ours first"),
                (&theirs, &ours, "theirs first"),
            ] {
                let merged = merge(Some(&base), a, b, &[]).unwrap();
                assert!(
                    merged.conflicts.is_empty(),
                    "{first} + {second}: {:?}",
                    merged.conflicts
                );
                assert_eq!(validate(&merged.plan), vec![], "{first} + {second}");
                // Two additions to one list may come in either order; the rest is exact.
                let kinds_differ = !(first.ends_with("added") && second.ends_with("added"));
                if kinds_differ {
                    let mut expected = a.clone();
                    if std::ptr::eq(a, &ours) {
                        theirs_edit(&mut expected);
                    } else {
                        ours_edit(&mut expected);
                    }
                    assert!(
                        same_content(&merged.plan, &expected) || same_content(&merged.plan, &both),
                        "{first} + {second} ({label})"
                    );
                }
            }
        }
    }
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_settled_by_its_pick() {
    let base = base();
    let mut ours = base.clone();
    ours.goals.nodes[2].target = Some(100.0);
    let mut theirs = base.clone();
    theirs.goals.nodes[2].target = Some(200.0);
    let goal = base.goals.nodes[2].clone();

    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.path, format!("goals.nodes[{}].target", goal.id));
    assert_eq!(conflict.round, Some(Round::Goals));
    assert_eq!(conflict.item.as_deref(), Some(goal.name.as_str()));
    assert_eq!(conflict.field, "target");
    assert_eq!(conflict.ours, Some(serde_json::json!(100.0)));
    assert_eq!(conflict.theirs, Some(serde_json::json!(200.0)));
    assert_eq!(
        merged.plan.goals.nodes[2].target,
        Some(100.0),
        "ours until picked"
    );

    let merged = merge(Some(&base), &ours, &theirs, &[Pick::Theirs]).unwrap();
    assert_eq!(merged.plan.goals.nodes[2].target, Some(200.0));
}

#[test]
fn a_deletion_against_an_edit_is_a_conflict_either_way() {
    let base = base();
    let id = base.cadence.actions[0].id.clone();
    let mut deleted = base.clone();
    deleted.cadence.actions.retain(|a| a.id != id);
    let mut edited = base.clone();
    edited.cadence.actions[0].text = "Rewrite the SLA".into();

    let merged = merge(Some(&base), &deleted, &edited, &[]).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].ours, None);
    assert!(merged.conflicts[0].theirs.is_some());
    assert!(merged.plan.cadence.actions.iter().all(|a| a.id != id));
    let kept = merge(Some(&base), &deleted, &edited, &[Pick::Theirs]).unwrap();
    assert_eq!(kept.plan.cadence.actions[0].text, "Rewrite the SLA");
    assert_eq!(kept.plan.cadence.actions[0].id, id, "kept in its place");

    let merged = merge(Some(&base), &edited, &deleted, &[]).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].theirs, None);
    assert_eq!(merged.plan.cadence.actions[0].text, "Rewrite the SLA");
}

#[test]
fn a_deletion_on_one_side_applies_when_the_other_left_it_alone() {
    let base = base();
    let id = base.roles.activities[3].id.clone();
    let mut theirs = base.clone();
    theirs.roles.remove_activity(&id);
    let merged = merge(Some(&base), &base, &theirs, &[]).unwrap();
    assert!(merged.plan.roles.activities.iter().all(|a| a.id != id));
    assert!(
        merged.changes.iter().any(|c| c.kind == ChangeKind::Removed),
        "{:?}",
        merged.changes
    );
}

#[test]
fn items_both_sides_added_under_the_same_id_are_both_kept() {
    let base = base();
    let mut ours = base.clone();
    let ours_id = ours.roles.add_activity("Ours", FunnelStage::Attract);
    let mut theirs = base.clone();
    let theirs_id = theirs.roles.add_activity("Theirs", FunnelStage::Sell);
    let role = theirs.roles.roles[0].id.clone();
    theirs.roles.toggle_letter(&theirs_id, &role, 'R');
    assert_eq!(ours_id, theirs_id, "both got the first free id");

    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    let names: Vec<&str> = merged
        .plan
        .roles
        .activities
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert!(
        names.contains(&"Ours") && names.contains(&"Theirs"),
        "{names:?}"
    );
    let theirs_now = merged
        .plan
        .roles
        .activities
        .iter()
        .find(|a| a.name == "Theirs")
        .unwrap();
    assert_ne!(theirs_now.id, ours_id);
    assert!(
        !theirs_now
            .cells
            .get(&role)
            .copied()
            .unwrap_or_default()
            .is_empty(),
        "its letters follow"
    );
    assert_eq!(validate(&merged.plan), vec![]);
}

#[test]
fn a_reordering_on_one_side_is_kept() {
    let base = base();
    let mut theirs = base.clone();
    let id = theirs.roles.activities[2].id.clone();
    theirs.roles.move_activity(&id, true);
    let mut ours = base.clone();
    ours.roles.activities[5].name = "Renamed here".into();
    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    let ids = |p: &Plan| {
        p.roles
            .activities
            .iter()
            .map(|a| a.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&merged.plan), ids(&theirs));
    assert_eq!(merged.plan.roles.activities[5].name, "Renamed here");
}

#[test]
fn without_the_shared_version_every_difference_is_a_choice() {
    let base = base();
    let mut ours = base.clone();
    ours.title = "Ours".into();
    ours.goals.nodes[1].actual = Some(5.0);
    let mut theirs = base.clone();
    theirs.title = "Theirs".into();
    theirs.cadence.meeting.duration_minutes = 90;

    let merged = merge(None, &ours, &theirs, &[]).unwrap();
    let mut fields: Vec<&str> = merged.conflicts.iter().map(|c| c.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["actual", "duration_minutes", "title"]);
    assert!(same_content(&merged.plan, &ours), "ours until picked");
    let all_theirs = vec![Pick::Theirs; merged.conflicts.len()];
    let merged = merge(None, &ours, &theirs, &all_theirs).unwrap();
    assert!(same_content(&merged.plan, &theirs));
}

#[test]
fn what_changed_since_sharing_is_listed_round_by_round() {
    let base = base();
    let mut now = base.clone();
    now.goals.nodes[2].target = Some(321.0);
    now.cadence.standing_items.push("Wins".into());
    let changes = six_rounds_plan::merge::diff(&base, &now);
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert_eq!(changes[0].round, Some(Round::Cadence));
    assert_eq!(changes[0].kind, ChangeKind::Added);
    assert_eq!(changes[0].item.as_deref(), Some("Wins"));
    assert_eq!(changes[1].round, Some(Round::Goals));
    assert_eq!(changes[1].field, "target");
    assert_eq!(changes[1].kind, ChangeKind::Changed);
}

#[test]
fn another_plan_is_not_merged() {
    let base = base();
    let mut other = base.clone();
    other.id = "p-someone-else".into();
    assert_eq!(
        merge(Some(&base), &base, &other, &[]),
        Err(MergeError::OtherPlan)
    );
}

#[test]
fn what_the_two_sides_break_together_is_repaired_and_listed() {
    let base = base();
    // Ours deletes a role; theirs makes that role the owner of a new action.
    let role = base.roles.roles[4].id.clone();
    let mut ours = base.clone();
    ours.remove_role(&role);
    let mut theirs = base.clone();
    let action = theirs.cadence.add_action("Review the funnel".into(), None);
    theirs.cadence.action_mut(&action).unwrap().owner = Some(role.clone());

    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    assert_eq!(validate(&merged.plan), vec![]);
    assert!(merged.plan.roles.roles.iter().all(|r| r.id != role));
    let added = merged
        .plan
        .cadence
        .actions
        .iter()
        .find(|a| a.text == "Review the funnel")
        .unwrap();
    assert_eq!(added.owner, None);
    assert!(merged
        .repairs
        .iter()
        .any(|r| r.problem.path.ends_with(".owner") && r.fix == Fix::Cleared));
}

#[test]
fn the_stress_plans_deals_changed_on_one_side_come_across_whole() {
    let base = base();
    let mut theirs = base.clone();
    let deal = theirs
        .integration
        .add_deal("Big one".into(), day("2027-03-01"));
    let mut ours = base.clone();
    ours.title = "Ours".into();
    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    assert!(merged.plan.integration.deals.iter().any(|d| d.id == deal));
    assert_eq!(merged.plan.title, "Ours");
    assert!(merged.changes.iter().any(|c| c.path == "integration.deals"));
}

#[test]
fn deals_changed_on_both_sides_merge_deal_by_deal() {
    let base = base();
    let (first, second) = (
        base.integration.deals[0].id.clone(),
        base.integration.deals[1].id.clone(),
    );
    let mut ours = base.clone();
    ours.integration.deal_mut(&first).unwrap().amount = 1.0;
    ours.integration.deal_mut(&second).unwrap().amount = 5.0;
    let ours_new = ours
        .integration
        .add_deal("Ours new".into(), day("2027-02-01"));
    let mut theirs = base.clone();
    theirs.integration.deal_mut(&first).unwrap().name = "Renamed there".into();
    theirs.integration.deal_mut(&second).unwrap().amount = 7.0;
    let theirs_new = theirs
        .integration
        .add_deal("Theirs new".into(), day("2027-02-02"));
    assert_eq!(ours_new, theirs_new, "both got the first free id");

    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    let deals = &merged.plan.integration.deals;
    let deal = |id: &str| deals.iter().find(|d| d.id == id).unwrap();
    assert_eq!(deal(&first).amount, 1.0, "ours' amount");
    assert_eq!(deal(&first).name, "Renamed there", "theirs' name");
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(
        merged.conflicts[0].path,
        format!("integration.deals[{second}].amount")
    );
    assert_eq!(deal(&second).amount, 5.0);
    let names: Vec<&str> = deals.iter().map(|d| d.name.as_str()).collect();
    assert!(names.contains(&"Ours new") && names.contains(&"Theirs new"));
    assert_eq!(validate(&merged.plan), vec![]);
    let picked = merge(Some(&base), &ours, &theirs, &[Pick::Theirs]).unwrap();
    assert_eq!(
        picked
            .plan
            .integration
            .deals
            .iter()
            .find(|d| d.id == second)
            .unwrap()
            .amount,
        7.0
    );
}

#[test]
fn two_meetings_logged_on_one_day_are_both_kept() {
    let base = base();
    let mut ours = base.clone();
    ours.cadence
        .log_meeting(day("2027-01-12"), "Morning: SLA review".into());
    ours.cadence
        .log_meeting(day("2027-01-12"), "Afternoon: funnel review".into());
    let mut theirs = base.clone();
    theirs
        .cadence
        .log_meeting(day("2027-01-12"), "Sales' note of the day".into());
    let merged = merge(Some(&base), &ours, &theirs, &[]).unwrap();
    let texts: Vec<&str> = merged
        .plan
        .cadence
        .log
        .iter()
        .map(|r| r.decisions.as_str())
        .collect();
    for text in [
        "Morning: SLA review",
        "Afternoon: funnel review",
        "Sales' note of the day",
    ] {
        assert!(texts.contains(&text), "{text} is kept: {texts:?}");
    }
}
