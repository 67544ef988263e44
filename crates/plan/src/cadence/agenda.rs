//! The next meeting's agenda, built from the plan: the SLA scorecard (round 5), goals at risk
//! (round 3), rejected and recycled leads (round 2), open action items (overdue first), a
//! partner-satisfaction score that fell, and the standing items; timeboxes add up to the
//! meeting's length.

use chrono::NaiveDate;

use crate::goals::{rollup, scorecards, Status};
use crate::model::{Plan, Side};
use crate::sla::compliance;

/// An action item still open.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAction {
    pub id: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// Due before the meeting.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Topic {
    /// The latest month's compliance per side, if any month was tracked.
    SlaReview {
        month: Option<NaiveDate>,
        marketing: Option<f64>,
        sales: Option<f64>,
    },
    /// Goals at risk or off track, by name.
    GoalsAtRisk(Vec<String>),
    /// Leads sales rejected and marketing recycled, with round 2's reason codes.
    RejectedLeads {
        reasons: Vec<String>,
    },
    OpenActions(Vec<OpenAction>),
    /// A side rated working with the other lower than last time.
    FallingPulse {
        side: Side,
        from: u8,
        to: u8,
    },
    Standing(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    pub topic: Topic,
    pub minutes: u32,
}

/// How much of the meeting a topic gets, relative to the others.
fn weight(topic: &Topic) -> u32 {
    match topic {
        Topic::SlaReview { .. } => 3,
        Topic::GoalsAtRisk(_) | Topic::RejectedLeads { .. } | Topic::OpenActions(_) => 2,
        Topic::FallingPulse { .. } | Topic::Standing(_) => 1,
    }
}

/// The agenda of the meeting on `date`.
pub fn agenda(plan: &Plan, date: NaiveDate) -> Vec<AgendaItem> {
    let mut topics = Vec::new();
    let sla = &plan.sla;
    let months = compliance(
        &sla.commitments,
        &sla.actuals,
        plan.goals.on_track,
        plan.goals.at_risk,
    );
    let latest = months.last();
    topics.push(Topic::SlaReview {
        month: latest.map(|m| m.month),
        marketing: latest.and_then(|m| m.marketing),
        sales: latest.and_then(|m| m.sales),
    });
    let values = rollup(&plan.goals);
    let mut at_risk: Vec<String> = Vec::new();
    for card in scorecards(&plan.goals, &values) {
        for line in card.lines {
            if matches!(line.status, Status::AtRisk | Status::OffTrack)
                && !at_risk.contains(&line.name)
            {
                at_risk.push(line.name);
            }
        }
    }
    if !at_risk.is_empty() {
        topics.push(Topic::GoalsAtRisk(at_risk));
    }
    topics.push(Topic::RejectedLeads {
        reasons: plan.lead.handoff.rejection_reasons.clone(),
    });
    let mut open: Vec<OpenAction> = plan
        .cadence
        .actions
        .iter()
        .filter(|a| !a.done)
        .map(|a| OpenAction {
            id: a.id.clone(),
            text: a.text.clone(),
            owner: a.owner.clone(),
            due: a.due,
            overdue: a.is_overdue(date),
        })
        .collect();
    open.sort_by_key(|a| (!a.overdue, a.due.is_none(), a.due));
    if !open.is_empty() {
        topics.push(Topic::OpenActions(open));
    }
    for side in [Side::Marketing, Side::Sales] {
        let mut scores: Vec<_> = plan
            .cadence
            .pulses
            .iter()
            .filter(|p| p.side == side)
            .collect();
        scores.sort_by_key(|p| p.date);
        if let [.., before, last] = scores.as_slice() {
            if last.score < before.score {
                topics.push(Topic::FallingPulse {
                    side,
                    from: before.score,
                    to: last.score,
                });
            }
        }
    }
    topics.extend(
        plan.cadence
            .standing_items
            .iter()
            .filter(|item| !item.trim().is_empty())
            .map(|item| Topic::Standing(item.clone())),
    );
    timeboxed(topics, plan.cadence.meeting.duration_minutes)
}

/// Shares `minutes` by weight, whole minutes, the remainder to the first topics: the
/// timeboxes always add up to the meeting.
fn timeboxed(topics: Vec<Topic>, minutes: u32) -> Vec<AgendaItem> {
    let total: u32 = topics.iter().map(weight).sum::<u32>().max(1);
    let mut items: Vec<AgendaItem> = topics
        .into_iter()
        .map(|topic| AgendaItem {
            minutes: minutes * weight(&topic) / total,
            topic,
        })
        .collect();
    let given: u32 = items.iter().map(|i| i.minutes).sum();
    let count = items.len().max(1) as u32;
    for (i, item) in items.iter_mut().enumerate() {
        let i = i as u32;
        item.minutes += (minutes - given) / count + u32::from(i < (minutes - given) % count);
    }
    items
}
