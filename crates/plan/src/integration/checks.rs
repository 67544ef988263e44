//! The integration's checks: systems without an owner, field maps that leave a required
//! field unmapped or let two systems overwrite each other, and stages without a status.

use std::collections::BTreeMap;

use crate::model::{FieldMap, IntegrationRound, LeadRound, Lifecycle, SyncDirection};

/// Where a stage's name is kept: the marketing-automation tool or the CRM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusSystem {
    Automation,
    Crm,
}

/// One thing to settle before the systems are connected.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// A system nobody owns (id).
    SystemWithoutOwner(String),
    /// A required field with no field named on one side (map id).
    RequiredUnmapped(String),
    /// Both systems write the field and neither is named its system of record (map id).
    TwoWayWithoutRecord(String),
    /// The system of record is neither of the two systems it maps (map id).
    RecordOutsideMap(String),
    /// A field mapped to a field of the same system (map id).
    SameSystem(String),
    /// Several maps write into one field of one system: the last sync wins.
    FieldWrittenTwice {
        system: String,
        field: String,
        maps: Vec<String>,
    },
    /// A stage of round 2 with no name in one of the systems.
    StageWithoutStatus(Lifecycle, StatusSystem),
    /// Several stages share one name in a system, which then cannot tell them apart.
    StatusShared {
        system: StatusSystem,
        value: String,
        stages: Vec<Lifecycle>,
    },
}

/// The stages to map: round 2's, in its order, or every lifecycle stage when it has none.
pub fn stages_to_map(lead: &LeadRound) -> Vec<Lifecycle> {
    if lead.stages.is_empty() {
        <Lifecycle as crate::model::Coded>::ALL.to_vec()
    } else {
        lead.stages.iter().map(|rule| rule.stage).collect()
    }
}

/// Every finding, systems first, then field maps in their order, then stages.
pub fn check(round: &IntegrationRound, stages: &[Lifecycle]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = round
        .systems
        .iter()
        .filter(|s| s.owner.is_none())
        .map(|s| Finding::SystemWithoutOwner(s.id.clone()))
        .collect();
    for map in &round.field_maps {
        findings.extend(map_findings(map));
    }
    findings.extend(fields_written_twice(&round.field_maps));
    findings.extend(stage_findings(round, stages));
    findings
}

fn map_findings(map: &FieldMap) -> Vec<Finding> {
    let id = || map.id.clone();
    let mut found = Vec::new();
    if map.from_system == map.to_system {
        found.push(Finding::SameSystem(id()));
    }
    if map.required && (map.from_field.trim().is_empty() || map.to_field.trim().is_empty()) {
        found.push(Finding::RequiredUnmapped(id()));
    }
    match &map.system_of_record {
        None if map.direction == SyncDirection::Both => {
            found.push(Finding::TwoWayWithoutRecord(id()))
        }
        Some(record) if *record != map.from_system && *record != map.to_system => {
            found.push(Finding::RecordOutsideMap(id()))
        }
        _ => {}
    }
    found
}

/// The fields a map writes into: (system, field) pairs, by its direction.
fn written(map: &FieldMap) -> Vec<(&str, &str)> {
    let to = (map.to_system.as_str(), map.to_field.trim());
    let from = (map.from_system.as_str(), map.from_field.trim());
    match map.direction {
        SyncDirection::Forward => vec![to],
        SyncDirection::Backward => vec![from],
        SyncDirection::Both => vec![to, from],
    }
}

fn fields_written_twice(maps: &[FieldMap]) -> Vec<Finding> {
    let mut writers: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for map in maps {
        for (system, field) in written(map) {
            if field.is_empty() {
                continue;
            }
            let maps = writers
                .entry((system.to_string(), field.to_lowercase()))
                .or_default();
            if !maps.contains(&map.id) {
                maps.push(map.id.clone());
            }
        }
    }
    writers
        .into_iter()
        .filter(|(_, maps)| maps.len() > 1)
        .map(|((system, field), maps)| Finding::FieldWrittenTwice {
            system,
            field,
            maps,
        })
        .collect()
}

fn stage_findings(round: &IntegrationRound, stages: &[Lifecycle]) -> Vec<Finding> {
    let mut found = Vec::new();
    // By system and lowercased name: the name as first written, and the stages using it.
    let mut shared: BTreeMap<(StatusSystem, String), (String, Vec<Lifecycle>)> = BTreeMap::new();
    for &stage in stages {
        let row = round.stage_statuses.iter().find(|row| row.stage == stage);
        for (system, value) in [
            (StatusSystem::Automation, row.map(|r| r.automation.trim())),
            (StatusSystem::Crm, row.map(|r| r.crm.trim())),
        ] {
            match value.filter(|v| !v.is_empty()) {
                None => found.push(Finding::StageWithoutStatus(stage, system)),
                Some(value) => shared
                    .entry((system, value.to_lowercase()))
                    .or_insert_with(|| (value.to_string(), Vec::new()))
                    .1
                    .push(stage),
            }
        }
    }
    found.extend(
        shared
            .into_iter()
            .filter(|(_, (_, stages))| stages.len() > 1)
            .map(|((system, _), (value, stages))| Finding::StatusShared {
                system,
                value,
                stages,
            }),
    );
    found
}
