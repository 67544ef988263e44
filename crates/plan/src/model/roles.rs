//! Round 1 data: roles, activities by funnel stage, and the RACI cells between them.

use std::collections::BTreeMap;

use super::{coded_enum, Lang, Side};

coded_enum! {
    /// The funnel stage an activity belongs to.
    FunnelStage {
        Attract => "attract", Capture => "capture", Qualify => "qualify",
        HandOff => "hand-off", Nurture => "nurture", Sell => "sell",
        Close => "close", Recycle => "recycle", Report => "report",
    }
}

/// A team role, a column of the matrix and an owner everywhere else.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub side: Side,
    pub hourly_rate: Option<f64>,
}

/// The letters of one RACI cell; several may be set (A and R together is common).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Raci {
    pub responsible: bool,
    pub accountable: bool,
    pub consulted: bool,
    pub informed: bool,
}

impl Raci {
    /// The letters in R, A, C, I order, e.g. "RA".
    pub fn letters(self) -> String {
        [
            (self.responsible, 'R'),
            (self.accountable, 'A'),
            (self.consulted, 'C'),
            (self.informed, 'I'),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, letter)| *letter)
        .collect()
    }

    /// Parses letters in any order and case; `None` for anything but R, A, C, I.
    pub fn parse(text: &str) -> Option<Self> {
        let mut cell = Raci::default();
        for ch in text.chars() {
            match ch.to_ascii_uppercase() {
                'R' => cell.responsible = true,
                'A' => cell.accountable = true,
                'C' => cell.consulted = true,
                'I' => cell.informed = true,
                _ => return None,
            }
        }
        Some(cell)
    }

    pub fn is_empty(self) -> bool {
        self == Raci::default()
    }
}

/// A row of the matrix: something that has to be done, and who does what about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: String,
    pub name: String,
    pub stage: FunnelStage,
    pub hours_per_month: Option<f64>,
    /// Role id to that role's letters; empty cells are absent.
    pub cells: BTreeMap<String, Raci>,
}

/// Round 1: who is responsible, accountable, consulted and informed for each activity.
#[derive(Debug, Clone, PartialEq)]
pub struct RolesRound {
    pub roles: Vec<Role>,
    pub activities: Vec<Activity>,
    /// How many R/A letters one role may carry before it counts as overloaded.
    pub overload_threshold: u32,
}

pub const DEFAULT_OVERLOAD_THRESHOLD: u32 = 8;

impl Default for RolesRound {
    fn default() -> Self {
        RolesRound {
            roles: Vec::new(),
            activities: Vec::new(),
            overload_threshold: DEFAULT_OVERLOAD_THRESHOLD,
        }
    }
}

impl RolesRound {
    /// The five roles the brief starts every plan with, named in `language`.
    pub fn with_default_roles(language: Lang) -> Self {
        let names: [(&str, &str, Side); 5] = [
            ("Marketing", "Маркетинг", Side::Marketing),
            ("SDR/BDR", "SDR/BDR", Side::Sales),
            ("Sales (AE)", "Продажи (AE)", Side::Sales),
            ("RevOps", "RevOps", Side::Shared),
            ("Leadership", "Руководство", Side::Shared),
        ];
        let roles = names
            .iter()
            .enumerate()
            .map(|(index, (en, ru, side))| Role {
                id: format!("r{}", index + 1),
                name: language.pick(en, ru).to_string(),
                side: *side,
                hourly_rate: None,
            })
            .collect();
        RolesRound {
            roles,
            ..RolesRound::default()
        }
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }
}
