//! Side proposals: a side sends only its proposal; the plan that receives both sides' keeps
//! them beside the round, the review says the round waits on them, and taking one or merging
//! the two settles the round — in either order of arrival, always a valid plan.

use chrono::{TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::lineage::shared_copy;
use six_rounds_plan::merge::{merge, Pick};
use six_rounds_plan::model::*;
use six_rounds_plan::proposals::{merge_proposals, pending, proposal_copy, take, Pending};
use six_rounds_plan::review::{findings, Issue, Severity};
use six_rounds_plan::{format, from_json, link, to_json_pretty, validate, Plan};

/// The facilitator's plan as first sent to both sides.
fn sent() -> Plan {
    shared_copy(&example_plan(
        Lang::En,
        Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap(),
    ))
}

/// A side's copy of `sent` with its own thresholds, one criterion of its own, and an edit in
/// round 1 that is not part of its proposal.
fn side_edits(sent: &Plan, side: Side, mql: i32, field: &str) -> Plan {
    let mut copy = sent.clone();
    copy.lead.mql_threshold = Some(mql);
    let id = copy.lead.add_criterion(CriterionGroup::Fit);
    let criterion = copy.lead.criterion_mut(&id).unwrap();
    criterion.field = field.into();
    criterion.value = "yes".into();
    criterion.points = 10;
    copy.roles.roles[0].name = format!("Renamed by {}", side.code());
    copy
}

fn marketing_copy(sent: &Plan) -> Plan {
    let edited = side_edits(sent, Side::Marketing, 55, "webinar_attended");
    proposal_copy(&edited, sent, Side::Marketing, &[Round::Lead])
}

fn sales_copy(sent: &Plan) -> Plan {
    let edited = side_edits(sent, Side::Sales, 80, "budget_confirmed");
    proposal_copy(&edited, sent, Side::Sales, &[Round::Lead])
}

/// The facilitator's plan after both copies came back, merged in this order.
fn received(sent: &Plan, copies: &[Plan]) -> Plan {
    copies.iter().fold(sent.clone(), |ours, theirs| {
        let merged = merge(Some(sent), &ours, theirs, &[]).unwrap();
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        merged.plan
    })
}

#[test]
fn only_the_proposal_travels_and_it_reads_back_through_a_link() {
    let sent = sent();
    let copy = marketing_copy(&sent);
    assert_eq!(copy.lead, {
        let mut lead = sent.lead.clone();
        lead.proposals.marketing_mql = Some(55);
        lead.proposals.marketing_sql = sent.lead.sql_threshold;
        lead
    });
    assert_eq!(
        copy.roles, sent.roles,
        "round 1's edit is not part of the proposal"
    );
    assert_eq!(copy.origin, sent.origin);
    assert_eq!(copy.proposals.len(), 1);
    assert_eq!(copy.proposals[0].key(), "marketing-lead");
    let RoundContent::Lead(proposed) = &copy.proposals[0].content else {
        panic!("a lead proposal")
    };
    assert_eq!(proposed.mql_threshold, Some(55));
    assert!(validate(&copy).is_empty());
    assert_eq!(from_json(to_json_pretty(&copy).as_bytes()).unwrap(), copy);
    assert_eq!(link::decode(&link::encode_z(&copy)).unwrap(), copy);
    let document: serde_json::Value = serde_json::from_str(&to_json_pretty(&copy)).unwrap();
    assert_eq!(document["proposals"][0]["id"], "marketing-lead");
    assert_eq!(document["proposals"][0]["side"], "marketing");
    assert_eq!(document["proposals"][0]["lead"]["mql_threshold"], 55);
}

#[test]
fn both_proposals_wait_beside_the_round_in_either_order() {
    let sent = sent();
    let (marketing, sales) = (marketing_copy(&sent), sales_copy(&sent));
    let one_way = received(&sent, &[marketing.clone(), sales.clone()]);
    let other_way = received(&sent, &[sales, marketing]);
    for plan in [&one_way, &other_way] {
        assert_eq!(
            plan.lead.mql_threshold, sent.lead.mql_threshold,
            "the round is untouched"
        );
        assert_eq!(plan.lead.proposals.marketing_mql, Some(55));
        assert_eq!(plan.lead.proposals.sales_mql, Some(80));
        assert_eq!(
            pending(plan),
            vec![Pending {
                round: Round::Lead,
                sides: vec![Side::Marketing, Side::Sales]
            }]
        );
        let waiting: Vec<_> = findings(plan, "2026-12-04".parse().unwrap())
            .into_iter()
            .filter(|f| f.issue == Issue::TwoProposals)
            .collect();
        assert_eq!(waiting.len(), 1);
        assert_eq!(
            (waiting[0].round, waiting[0].severity),
            (Round::Lead, Severity::Blocking)
        );
    }
    let mut sorted = other_way.proposals.clone();
    sorted.sort_by_key(Proposal::key);
    let mut expected = one_way.proposals.clone();
    expected.sort_by_key(Proposal::key);
    assert_eq!(sorted, expected);
}

#[test]
fn one_proposal_waits_as_a_warning_and_taking_it_settles_the_round() {
    let sent = sent();
    let plan = received(&sent, &[sales_copy(&sent)]);
    let issues: Vec<_> = findings(&plan, "2026-12-04".parse().unwrap())
        .into_iter()
        .filter(|f| matches!(f.issue, Issue::ProposalWaiting(_)))
        .collect();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].issue, Issue::ProposalWaiting(Side::Sales));
    assert_eq!(issues[0].severity, Severity::Warning);
    let taken = take(&plan, Round::Lead, Side::Sales).unwrap();
    assert_eq!(taken.plan.lead.mql_threshold, Some(80));
    assert!(taken.plan.proposals.is_empty());
    assert!(pending(&taken.plan).is_empty());
    assert!(validate(&taken.plan).is_empty());
    assert!(take(&plan, Round::Lead, Side::Marketing).is_none());
}

#[test]
fn two_proposals_merge_into_one_with_their_differences_as_picks() {
    let sent = sent();
    let plan = received(&sent, &[marketing_copy(&sent), sales_copy(&sent)]);
    let merged = merge_proposals(&plan, Round::Lead, &[]).unwrap();
    // Both set the MQL threshold differently: one conflict, marketing's by default.
    let on_threshold: Vec<_> = merged
        .conflicts
        .iter()
        .filter(|c| c.field == "mql_threshold")
        .collect();
    assert_eq!(on_threshold.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(on_threshold[0].round, Some(Round::Lead));
    assert_eq!(merged.plan.lead.mql_threshold, Some(55));
    // Each side's new criterion is kept, though both gave it the same id.
    let fields: Vec<&str> = merged
        .plan
        .lead
        .criteria
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    assert!(fields.contains(&"webinar_attended") && fields.contains(&"budget_confirmed"));
    assert!(merged.plan.proposals.is_empty());
    assert!(validate(&merged.plan).is_empty());
    // Sales's pick.
    let index = merged
        .conflicts
        .iter()
        .position(|c| c.field == "mql_threshold")
        .unwrap();
    let mut picks = vec![Pick::Ours; merged.conflicts.len()];
    picks[index] = Pick::Theirs;
    let picked = merge_proposals(&plan, Round::Lead, &picks).unwrap();
    assert_eq!(picked.plan.lead.mql_threshold, Some(80));
    assert!(merge_proposals(&received(&sent, &[sales_copy(&sent)]), Round::Lead, &[]).is_none());
}

#[test]
fn a_proposal_that_removes_a_role_owning_something_is_taken_repaired() {
    let sent = sent();
    let owner = sent
        .goals
        .nodes
        .iter()
        .find_map(|n| n.owner.clone())
        .expect("the example's goals have owners");
    let mut edited = sent.clone();
    edited.roles.roles.retain(|r| r.id != owner);
    for activity in &mut edited.roles.activities {
        activity.cells.remove(&owner);
    }
    let copy = proposal_copy(&edited, &sent, Side::Sales, &[Round::Roles]);
    assert!(validate(&copy).is_empty(), "{:?}", validate(&copy));
    let taken = take(&copy, Round::Roles, Side::Sales).unwrap();
    assert!(validate(&taken.plan).is_empty());
    assert!(taken
        .plan
        .goals
        .nodes
        .iter()
        .all(|n| n.owner.as_deref() != Some(owner.as_str())));
    assert!(
        !taken.repairs.is_empty(),
        "the owners it left dangling were cleared"
    );
}

#[test]
fn a_proposal_keeps_its_rounds_rules_and_opens_repaired_at_its_own_path() {
    let sent = sent();
    let copy = marketing_copy(&sent);
    let mut document: serde_json::Value = serde_json::from_str(&to_json_pretty(&copy)).unwrap();
    document["proposals"][0]["lead"]["mql_threshold"] = 5_000_000.into();
    let problems = match from_json(document.to_string().as_bytes()) {
        Err(six_rounds_plan::LoadError::Invalid(problems)) => problems,
        other => panic!("refused as invalid, got {other:?}"),
    };
    assert_eq!(
        problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(),
        ["proposals[0].lead.mql_threshold"]
    );
    assert_eq!(
        format::round_of("proposals[0].lead.mql_threshold"),
        Some(Round::Lead)
    );
    let opened = format::open(document.to_string().as_bytes()).unwrap();
    assert_eq!(opened.repairs.len(), 1);
    // The same side's proposal twice for one round, or a "shared" one: the extra one goes.
    let mut twice = document.clone();
    let again = twice["proposals"][0].clone();
    twice["proposals"].as_array_mut().unwrap().push(again);
    let opened = format::open(twice.to_string().as_bytes()).unwrap();
    assert_eq!(opened.plan.proposals.len(), 1);
    let mut shared = document;
    shared["proposals"][0]["side"] = "shared".into();
    let opened = format::open(shared.to_string().as_bytes()).unwrap();
    assert!(opened.plan.proposals.is_empty());
}
