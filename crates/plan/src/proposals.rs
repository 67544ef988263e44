//! Side proposals: a side can send only its proposal for some rounds (the version its copy
//! started from, with those rounds as its proposals beside it), and the plan that receives it
//! keeps each side's proposal for a round until the room takes one, merges the two (the same
//! three-way merge as a returned copy, with marketing's and sales's versions as the sides),
//! or drops it.

use crate::merge::{merge, Merged, Pick};
use crate::model::{Plan, Proposal, Round, RoundContent, Side};

/// The copy a side sends when it sends only its proposal: `base` (the version the plan
/// started from) with `plan`'s content of each of `rounds` as `side`'s proposal. For round 2
/// the proposal's thresholds also become that side's proposed thresholds, which the room
/// compares in round 2 whatever is done with the proposal.
pub fn proposal_copy(plan: &Plan, base: &Plan, side: Side, rounds: &[Round]) -> Plan {
    let mut copy = base.clone();
    copy.origin = plan.origin.clone();
    copy.updated = plan.updated.max(base.updated);
    for round in Round::ALL.into_iter().filter(|r| rounds.contains(r)) {
        put(
            &mut copy,
            Proposal {
                side,
                content: RoundContent::of(plan, round),
            },
        );
    }
    if rounds.contains(&Round::Lead) {
        let (mql, sql) = (plan.lead.mql_threshold, plan.lead.sql_threshold);
        let proposed = &mut copy.lead.proposals;
        match side {
            Side::Marketing => (proposed.marketing_mql, proposed.marketing_sql) = (mql, sql),
            Side::Sales | Side::Shared => (proposed.sales_mql, proposed.sales_sql) = (mql, sql),
        }
    }
    copy
}

/// Puts a proposal in the plan, in place of the same side's earlier one for that round.
fn put(plan: &mut Plan, proposal: Proposal) {
    let key = proposal.key();
    match plan.proposals.iter_mut().find(|p| p.key() == key) {
        Some(earlier) => *earlier = proposal,
        None => plan.proposals.push(proposal),
    }
}

/// A round with proposals waiting, and whose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub round: Round,
    /// Marketing's first.
    pub sides: Vec<Side>,
}

impl Pending {
    /// Both sides proposed: the two are still to be merged into one.
    pub fn both(&self) -> bool {
        self.sides.len() > 1
    }
}

/// Every round with a proposal waiting, in workshop order.
pub fn pending(plan: &Plan) -> Vec<Pending> {
    Round::ALL
        .into_iter()
        .filter_map(|round| {
            let sides: Vec<Side> = [Side::Marketing, Side::Sales]
                .into_iter()
                .filter(|side| proposal(plan, round, *side).is_some())
                .collect();
            (!sides.is_empty()).then_some(Pending { round, sides })
        })
        .collect()
}

/// A side's proposal for a round, if there is one.
pub fn proposal(plan: &Plan, round: Round, side: Side) -> Option<&Proposal> {
    plan.proposals
        .iter()
        .find(|p| p.round() == round && p.side == side)
}

/// The plan without any proposal for `round`.
fn without_round(plan: &Plan, round: Round) -> Plan {
    let mut rest = plan.clone();
    rest.proposals.retain(|p| p.round() != round);
    rest
}

/// The plan with a side's proposal in its round's place (and no proposal for it left);
/// `None` when that side has no proposal for the round.
fn with_proposal(plan: &Plan, round: Round, side: Side) -> Option<Plan> {
    let content = proposal(plan, round, side)?.content.clone();
    let mut version = without_round(plan, round);
    content.put_into(&mut version);
    Some(version)
}

/// Takes one side's proposal for a round as the round's content; both sides' proposals for
/// the round are then settled. Merged against the plan as it is, so what the proposal breaks
/// elsewhere (an owner it removed) is repaired and listed. `None`: no such proposal.
pub fn take(plan: &Plan, round: Round, side: Side) -> Option<Merged> {
    let base = without_round(plan, round);
    let taken = with_proposal(plan, round, side)?;
    merge(Some(&base), &taken, &base, &[]).ok()
}

/// Drops a side's proposal for a round.
pub fn drop_proposal(plan: &mut Plan, round: Round, side: Side) {
    plan.proposals
        .retain(|p| !(p.round() == round && p.side == side));
}

/// The two sides' proposals for a round merged into one against the round as the plan holds
/// it: what only one side proposed is taken, what both proposed differently is a conflict
/// (`Pick::Ours` is marketing's, `Pick::Theirs` sales's). The result has no proposal left
/// for the round. `None` unless both sides proposed.
pub fn merge_proposals(plan: &Plan, round: Round, picks: &[Pick]) -> Option<Merged> {
    let base = without_round(plan, round);
    let marketing = with_proposal(plan, round, Side::Marketing)?;
    let sales = with_proposal(plan, round, Side::Sales)?;
    merge(Some(&base), &marketing, &sales, picks).ok()
}
