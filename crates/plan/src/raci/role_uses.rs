//! Deleting a role from the whole plan: its column, and every place another round names it
//! (owners, the acceptor, attendees), so the plan stays valid; undo puts all of it back.

use super::Removed;
use crate::model::{Lifecycle, Plan};

/// Where a deleted role was named outside the matrix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleUses {
    stage_owner: Vec<Lifecycle>,
    acceptor: bool,
    goal_owner: Vec<String>,
    system_owner: Vec<String>,
    attendee_at: Option<usize>,
    action_owner: Vec<String>,
}

/// Clears `owner` if it is `role`; true when it was.
fn clear(owner: &mut Option<String>, role: &str) -> bool {
    let named = owner.as_deref() == Some(role);
    if named {
        *owner = None;
    }
    named
}

/// Names `role` as `owner` again unless someone else was chosen meanwhile.
fn put_back(owner: &mut Option<String>, role: &str) {
    owner.get_or_insert_with(|| role.to_string());
}

impl Plan {
    /// Deletes a role everywhere: its column of the matrix and every use of it elsewhere.
    pub fn remove_role(&mut self, id: &str) -> Option<Removed> {
        let mut removed = self.roles.remove_role(id)?;
        if let Removed::Role { uses, .. } = &mut removed {
            *uses = self.clear_role(id);
        }
        Some(removed)
    }

    /// Undoes [`Plan::remove_role`] or `remove_activity`: everything goes back where it was.
    pub fn restore(&mut self, removed: Removed) {
        if let Removed::Role { role, uses, .. } = &removed {
            self.name_role_again(&role.id, uses);
        }
        self.roles.restore(removed);
    }

    fn clear_role(&mut self, id: &str) -> RoleUses {
        let lead = &mut self.lead;
        let cadence = &mut self.cadence;
        let attendees = &mut cadence.meeting.attendees;
        let attendee_at = attendees.iter().position(|role| role == id);
        if let Some(at) = attendee_at {
            attendees.remove(at);
        }
        RoleUses {
            stage_owner: lead
                .stages
                .iter_mut()
                .filter_map(|rule| clear(&mut rule.owner, id).then_some(rule.stage))
                .collect(),
            acceptor: clear(&mut lead.handoff.acceptor, id),
            goal_owner: (self.goals.nodes.iter_mut())
                .filter_map(|node| clear(&mut node.owner, id).then(|| node.id.clone()))
                .collect(),
            system_owner: (self.integration.systems.iter_mut())
                .filter_map(|system| clear(&mut system.owner, id).then(|| system.id.clone()))
                .collect(),
            attendee_at,
            action_owner: (cadence.actions.iter_mut())
                .filter_map(|action| clear(&mut action.owner, id).then(|| action.id.clone()))
                .collect(),
        }
    }

    fn name_role_again(&mut self, id: &str, uses: &RoleUses) {
        for rule in &mut self.lead.stages {
            if uses.stage_owner.contains(&rule.stage) {
                put_back(&mut rule.owner, id);
            }
        }
        if uses.acceptor {
            put_back(&mut self.lead.handoff.acceptor, id);
        }
        for node in &mut self.goals.nodes {
            if uses.goal_owner.contains(&node.id) {
                put_back(&mut node.owner, id);
            }
        }
        for system in &mut self.integration.systems {
            if uses.system_owner.contains(&system.id) {
                put_back(&mut system.owner, id);
            }
        }
        for action in &mut self.cadence.actions {
            if uses.action_owner.contains(&action.id) {
                put_back(&mut action.owner, id);
            }
        }
        let attendees = &mut self.cadence.meeting.attendees;
        if let Some(at) = uses.attendee_at {
            if !attendees.iter().any(|role| role == id) {
                attendees.insert(at.min(attendees.len()), id.to_string());
            }
        }
    }
}
