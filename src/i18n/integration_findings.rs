//! Round 4's findings in words, with the systems, fields and stages named.

use six_rounds_plan::integration::{Finding, StatusSystem};
use six_rounds_plan::model::{IntegrationRound, Lang};

use super::{fill, lifecycle_label, tr, Text};

/// One sentence: what would go wrong once the systems sync, and what to decide.
pub fn describe_integration_finding(
    lang: Lang,
    round: &IntegrationRound,
    finding: &Finding,
) -> String {
    let system = |id: &str| {
        round
            .systems
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let map = |id: &str| {
        round
            .field_maps
            .iter()
            .find(|m| m.id == id)
            .map(|m| {
                format!(
                    "{}.{} → {}.{}",
                    system(&m.from_system),
                    m.from_field,
                    system(&m.to_system),
                    m.to_field
                )
            })
            .unwrap_or_else(|| id.to_string())
    };
    let where_kept = |which: StatusSystem| match which {
        StatusSystem::Automation => tr(lang, Text::InTheAutomationTool),
        StatusSystem::Crm => tr(lang, Text::InTheCrm),
    };
    let say = |key, args: &[&str]| fill(tr(lang, key), args);
    match finding {
        Finding::SystemWithoutOwner(id) => say(Text::FindingSystemNoOwner, &[&system(id)]),
        Finding::RequiredUnmapped(id) => say(Text::FindingRequiredUnmapped, &[&map(id)]),
        Finding::TwoWayWithoutRecord(id) => say(Text::FindingTwoWayNoRecord, &[&map(id)]),
        Finding::RecordOutsideMap(id) => say(Text::FindingRecordOutside, &[&map(id)]),
        Finding::SameSystem(id) => say(Text::FindingSameSystem, &[&map(id)]),
        Finding::FieldWrittenTwice {
            system: s,
            field,
            maps,
        } => {
            let maps: Vec<String> = maps.iter().map(|id| map(id)).collect();
            say(
                Text::FindingWrittenTwice,
                &[&format!("{}.{field}", system(s)), &maps.join("; ")],
            )
        }
        Finding::StageWithoutStatus(stage, which) => say(
            Text::FindingStageUnnamed,
            &[lifecycle_label(lang, *stage), where_kept(*which)],
        ),
        Finding::StatusShared {
            system: which,
            value,
            stages,
        } => {
            let stages: Vec<&str> = stages.iter().map(|s| lifecycle_label(lang, *s)).collect();
            say(
                Text::FindingStatusShared,
                &[value, where_kept(*which), &stages.join(", ")],
            )
        }
    }
}
