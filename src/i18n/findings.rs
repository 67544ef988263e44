//! Round 1's findings in words: what is wrong, and what to change.

use six_rounds_plan::model::{Lang, RolesRound};
use six_rounds_plan::raci::Finding;

use super::{fill, number, tr, Text};

/// (what is wrong, what to change) for one finding of `round`.
pub fn describe_finding(lang: Lang, round: &RolesRound, finding: &Finding) -> (String, String) {
    let role = |id: &String| round.role(id).map(|r| r.name.clone()).unwrap_or_default();
    let roles = |ids: &Vec<String>| ids.iter().map(role).collect::<Vec<_>>().join(", ");
    let activity = |id: &String| {
        round
            .activities
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let say = |key, args: &[&str]| fill(tr(lang, key), args);
    match finding {
        Finding::NoAccountable { activity: a } => (
            say(Text::FindingNoA, &[&activity(a)]),
            say(Text::AdviceNoA, &[]),
        ),
        Finding::SeveralAccountable {
            activity: a,
            roles: r,
        } => (
            say(Text::FindingSeveralA, &[&activity(a), &roles(r)]),
            say(Text::AdviceSeveralA, &[]),
        ),
        Finding::NoResponsible { activity: a } => (
            say(Text::FindingNoR, &[&activity(a)]),
            say(Text::AdviceNoR, &[]),
        ),
        Finding::DuplicatedEffort {
            activity: a,
            marketing,
            sales,
            monthly_cost,
        } => {
            let cost = match monthly_cost {
                Some(cost) => say(Text::DuplicatedCost, &[&number(lang, *cost)]),
                None => say(Text::DuplicatedNoCost, &[]),
            };
            (
                format!(
                    "{} {cost}",
                    say(
                        Text::FindingDuplicated,
                        &[&activity(a), &roles(marketing), &roles(sales)]
                    )
                ),
                say(Text::AdviceDuplicated, &[]),
            )
        }
        Finding::Overloaded {
            role: r,
            load,
            threshold,
        } => (
            say(
                Text::FindingOverloaded,
                &[&role(r), &load.to_string(), &threshold.to_string()],
            ),
            say(Text::AdviceOverloaded, &[]),
        ),
        Finding::Unused { role: r } => (
            say(Text::FindingUnused, &[&role(r)]),
            say(Text::AdviceUnused, &[]),
        ),
    }
}
