//! Edits to the matrix: roles and activities added, renamed, moved, removed and restored.

use super::role_uses::RoleUses;
use crate::ids::fresh_id;
use crate::model::{Activity, FunnelStage, Raci, Role, RolesRound, Side};

/// Something deleted, kept so that the deletion can be undone.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Activity {
        index: usize,
        activity: Activity,
    },
    Role {
        index: usize,
        role: Role,
        /// Activity id to the removed role's letters there.
        cells: Vec<(String, Raci)>,
        /// Where the plan named the role outside the matrix.
        uses: RoleUses,
    },
}

/// Activity indices in display order: by funnel stage, then as listed.
pub fn display_order(round: &RolesRound) -> Vec<usize> {
    let mut order: Vec<usize> = (0..round.activities.len()).collect();
    order.sort_by_key(|&index| round.activities[index].stage);
    order
}

impl RolesRound {
    pub fn add_role(&mut self, name: &str, side: Side) -> String {
        let id = fresh_id("r", self.roles.iter().map(|role| role.id.as_str()));
        self.roles.push(Role {
            id: id.clone(),
            name: name.to_string(),
            side,
            hourly_rate: None,
        });
        id
    }

    pub fn role_mut(&mut self, id: &str) -> Option<&mut Role> {
        self.roles.iter_mut().find(|role| role.id == id)
    }

    pub fn add_activity(&mut self, name: &str, stage: FunnelStage) -> String {
        let id = fresh_id("a", self.activities.iter().map(|a| a.id.as_str()));
        self.activities.push(Activity {
            id: id.clone(),
            name: name.to_string(),
            stage,
            hours_per_month: None,
            cells: Default::default(),
        });
        id
    }

    pub fn activity_mut(&mut self, id: &str) -> Option<&mut Activity> {
        self.activities
            .iter_mut()
            .find(|activity| activity.id == id)
    }

    /// The letters of one cell (empty when unset).
    pub fn cell(&self, activity: &str, role: &str) -> Raci {
        self.activities
            .iter()
            .find(|a| a.id == activity)
            .and_then(|a| a.cells.get(role).copied())
            .unwrap_or_default()
    }

    /// Sets one cell; an empty cell is removed.
    pub fn set_cell(&mut self, activity: &str, role: &str, cell: Raci) {
        if self.role(role).is_none() {
            return;
        }
        if let Some(activity) = self.activity_mut(activity) {
            if cell.is_empty() {
                activity.cells.remove(role);
            } else {
                activity.cells.insert(role.to_string(), cell);
            }
        }
    }

    /// Turns one letter (R, A, C or I) of a cell on or off; other characters do nothing.
    pub fn toggle_letter(&mut self, activity: &str, role: &str, letter: char) {
        let mut cell = self.cell(activity, role);
        match letter.to_ascii_uppercase() {
            'R' => cell.responsible = !cell.responsible,
            'A' => cell.accountable = !cell.accountable,
            'C' => cell.consulted = !cell.consulted,
            'I' => cell.informed = !cell.informed,
            _ => return,
        }
        self.set_cell(activity, role, cell);
    }

    /// Moves an activity before the previous (`up`) or after the next activity of its stage.
    pub fn move_activity(&mut self, id: &str, up: bool) {
        let Some(index) = self.activities.iter().position(|a| a.id == id) else {
            return;
        };
        let stage = self.activities[index].stage;
        let same_stage = |i: &usize| self.activities[*i].stage == stage;
        let other = if up {
            (0..index).rev().find(same_stage)
        } else {
            (index + 1..self.activities.len()).find(same_stage)
        };
        if let Some(other) = other {
            self.activities.swap(index, other);
        }
    }

    /// Moves a role one column left (`left`) or right.
    pub fn move_role(&mut self, id: &str, left: bool) {
        let Some(index) = self.roles.iter().position(|r| r.id == id) else {
            return;
        };
        let other = if left {
            index.checked_sub(1)
        } else {
            Some(index + 1).filter(|&i| i < self.roles.len())
        };
        if let Some(other) = other {
            self.roles.swap(index, other);
        }
    }

    pub fn remove_activity(&mut self, id: &str) -> Option<Removed> {
        let index = self.activities.iter().position(|a| a.id == id)?;
        Some(Removed::Activity {
            index,
            activity: self.activities.remove(index),
        })
    }

    /// Removes a role and its letters in every activity; the plan's other uses of it are
    /// left to `Plan::remove_role`, which the app calls.
    pub(crate) fn remove_role(&mut self, id: &str) -> Option<Removed> {
        let index = self.roles.iter().position(|r| r.id == id)?;
        let role = self.roles.remove(index);
        let cells = self
            .activities
            .iter_mut()
            .filter_map(|activity| Some((activity.id.clone(), activity.cells.remove(id)?)))
            .collect();
        Some(Removed::Role {
            index,
            role,
            cells,
            uses: RoleUses::default(),
        })
    }

    /// Puts back what a removal took from the matrix, where it was.
    pub(crate) fn restore(&mut self, removed: Removed) {
        match removed {
            Removed::Activity { index, activity } => {
                let index = index.min(self.activities.len());
                self.activities.insert(index, activity);
            }
            Removed::Role {
                index, role, cells, ..
            } => {
                let index = index.min(self.roles.len());
                let id = role.id.clone();
                self.roles.insert(index, role);
                for (activity, cell) in cells {
                    self.set_cell(&activity, &id, cell);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn round() -> RolesRound {
        let mut round = RolesRound::with_default_roles(Lang::En);
        round.add_activity("Campaigns", FunnelStage::Attract);
        round.add_activity("Demos", FunnelStage::Sell);
        round.add_activity("Webinars", FunnelStage::Attract);
        round
    }

    #[test]
    fn ids_are_fresh_even_after_a_removal() {
        let mut round = round();
        round.remove_activity("a2");
        assert_eq!(round.add_activity("Calls", FunnelStage::Sell), "a2");
        assert_eq!(round.add_activity("Deals", FunnelStage::Close), "a4");
        assert_eq!(round.add_role("Partners", Side::Sales), "r6");
    }

    #[test]
    fn letters_toggle_and_an_empty_cell_disappears() {
        let mut round = round();
        round.toggle_letter("a1", "r1", 'r');
        round.toggle_letter("a1", "r1", 'A');
        assert_eq!(round.cell("a1", "r1").letters(), "RA");
        round.toggle_letter("a1", "r1", 'x');
        assert_eq!(round.cell("a1", "r1").letters(), "RA");
        round.toggle_letter("a1", "r1", 'R');
        round.toggle_letter("a1", "r1", 'A');
        assert!(round.activities[0].cells.is_empty());
    }

    #[test]
    fn a_cell_for_an_unknown_role_is_not_set() {
        let mut round = round();
        round.toggle_letter("a1", "r99", 'R');
        assert!(round.activities[0].cells.is_empty());
    }

    #[test]
    fn activities_move_within_their_stage_and_display_by_stage() {
        let mut round = round();
        assert_eq!(display_order(&round), vec![0, 2, 1]);
        round.move_activity("a3", true);
        let names: Vec<_> = display_order(&round)
            .into_iter()
            .map(|i| round.activities[i].name.as_str())
            .collect();
        assert_eq!(names, ["Webinars", "Campaigns", "Demos"]);
        round.move_activity("a2", true); // the only Sell activity: stays
        round.move_activity("a3", true); // already first of its stage: stays
        assert_eq!(round.activities[0].id, "a3");
    }

    #[test]
    fn roles_move_and_stop_at_the_edges() {
        let mut round = round();
        round.move_role("r1", true);
        assert_eq!(round.roles[0].id, "r1");
        round.move_role("r1", false);
        assert_eq!(round.roles[1].id, "r1");
        round.move_role("r5", false);
        assert_eq!(round.roles[4].id, "r5");
    }

    #[test]
    fn removing_then_restoring_gives_back_the_same_matrix() {
        let mut round = round();
        round.toggle_letter("a1", "r2", 'R');
        round.toggle_letter("a3", "r2", 'A');
        let before = round.clone();
        let removed = round.remove_role("r2").unwrap();
        assert!(round.activities.iter().all(|a| !a.cells.contains_key("r2")));
        round.restore(removed);
        assert_eq!(round, before);
        let removed = round.remove_activity("a2").unwrap();
        round.restore(removed);
        assert_eq!(round, before);
    }
}
