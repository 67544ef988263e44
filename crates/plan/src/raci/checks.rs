//! The matrix's checks: who is accountable, who does the work, and who does too much or nothing.

use crate::model::{RolesRound, Side};

use super::display_order;

/// How much a finding stands in the way of the round being settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The round is not complete while any of these remain.
    Blocking,
    Warning,
}

/// One thing the matrix gets wrong; ids refer to the round's activities and roles.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// Nobody answers for the activity.
    NoAccountable { activity: String },
    /// Several roles answer for it, so in practice nobody does.
    SeveralAccountable {
        activity: String,
        roles: Vec<String>,
    },
    /// Nobody does the work.
    NoResponsible { activity: String },
    /// Both a marketing-side and a sales-side role do the work.
    DuplicatedEffort {
        activity: String,
        marketing: Vec<String>,
        sales: Vec<String>,
        /// At least this much a month is spent twice, when hours and rates are known:
        /// the hours times the rates of every doer but the most expensive one.
        monthly_cost: Option<f64>,
    },
    /// A role carries more R and A letters than the threshold.
    Overloaded {
        role: String,
        load: usize,
        threshold: u32,
    },
    /// A role appears nowhere in the matrix.
    Unused { role: String },
}

impl Finding {
    pub fn severity(&self) -> Severity {
        match self {
            Finding::NoAccountable { .. }
            | Finding::SeveralAccountable { .. }
            | Finding::NoResponsible { .. } => Severity::Blocking,
            Finding::DuplicatedEffort { .. }
            | Finding::Overloaded { .. }
            | Finding::Unused { .. } => Severity::Warning,
        }
    }

    /// The activity the finding is about, if it is about one.
    pub fn activity(&self) -> Option<&str> {
        match self {
            Finding::NoAccountable { activity }
            | Finding::SeveralAccountable { activity, .. }
            | Finding::NoResponsible { activity }
            | Finding::DuplicatedEffort { activity, .. } => Some(activity),
            Finding::Overloaded { .. } | Finding::Unused { .. } => None,
        }
    }
}

/// Every finding, activities in display order first, then roles in column order.
pub fn check(round: &RolesRound) -> Vec<Finding> {
    let mut findings = Vec::new();
    let side_of = |id: &str| round.role(id).map(|role| role.side);
    for index in display_order(round) {
        let activity = &round.activities[index];
        let id = || activity.id.clone();
        let with = |wanted: fn(&crate::model::Raci) -> bool| -> Vec<String> {
            round
                .roles
                .iter()
                .filter(|role| activity.cells.get(&role.id).is_some_and(wanted))
                .map(|role| role.id.clone())
                .collect()
        };
        let accountable = with(|cell| cell.accountable);
        match accountable.len() {
            0 => findings.push(Finding::NoAccountable { activity: id() }),
            1 => {}
            _ => findings.push(Finding::SeveralAccountable {
                activity: id(),
                roles: accountable,
            }),
        }
        let responsible = with(|cell| cell.responsible);
        if responsible.is_empty() {
            findings.push(Finding::NoResponsible { activity: id() });
        }
        let on_side = |side| -> Vec<String> {
            responsible
                .iter()
                .filter(|role| side_of(role) == Some(side))
                .cloned()
                .collect()
        };
        let (marketing, sales) = (on_side(Side::Marketing), on_side(Side::Sales));
        if !marketing.is_empty() && !sales.is_empty() {
            findings.push(Finding::DuplicatedEffort {
                activity: id(),
                monthly_cost: duplicated_cost(round, activity.hours_per_month, &responsible),
                marketing,
                sales,
            });
        }
    }
    for role in &round.roles {
        let cells = round
            .activities
            .iter()
            .filter_map(|activity| activity.cells.get(&role.id));
        let load = cells
            .clone()
            .filter(|cell| cell.responsible || cell.accountable)
            .count();
        if load > round.overload_threshold as usize {
            findings.push(Finding::Overloaded {
                role: role.id.clone(),
                load,
                threshold: round.overload_threshold,
            });
        }
        if !round.activities.is_empty() && cells.clone().all(|cell| cell.is_empty()) {
            findings.push(Finding::Unused {
                role: role.id.clone(),
            });
        }
    }
    findings
}

/// Hours times the rates of every doer but the most expensive: what is paid twice, at least.
fn duplicated_cost(round: &RolesRound, hours: Option<f64>, doers: &[String]) -> Option<f64> {
    let hours = hours?;
    let rates: Vec<f64> = doers
        .iter()
        .map(|id| round.role(id).and_then(|role| role.hourly_rate))
        .collect::<Option<_>>()?;
    let highest = rates.iter().copied().fold(0.0, f64::max);
    Some(hours * (rates.iter().sum::<f64>() - highest))
}
