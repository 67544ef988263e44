//! The goal tree's shape (children in list order, depth-first outline) and its edits:
//! add, remove and restore, move among siblings, indent and outdent.

use std::collections::{HashMap, HashSet};

use crate::ids::fresh_id;
use crate::model::{Formula, GoalNode, GoalsRound, Period, Side};

/// One visible row of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineRow {
    pub id: String,
    /// 0 for a root.
    pub depth: usize,
    pub children: usize,
}

/// Node indices by parent id (`None`: the roots), each list in sibling order.
fn children_of(nodes: &[GoalNode]) -> HashMap<Option<&str>, Vec<usize>> {
    let ids: HashSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let mut children: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    for (index, node) in nodes.iter().enumerate() {
        // A node whose parent is gone is shown as a root rather than lost.
        let parent = node.parent.as_deref().filter(|p| ids.contains(p));
        children.entry(parent).or_default().push(index);
    }
    children
}

/// The tree depth-first, roots first; the children of a collapsed node are left out.
/// Nodes caught in a cycle (only a damaged document has one) follow as roots, never hidden.
pub fn outline(round: &GoalsRound, collapsed: &HashSet<String>) -> Vec<OutlineRow> {
    let children = children_of(&round.nodes);
    let mut rows = Vec::with_capacity(round.nodes.len());
    let mut seen = HashSet::new();
    let roots = children.get(&None).cloned().unwrap_or_default();
    let starts = roots.into_iter().chain(0..round.nodes.len());
    let mut stack: Vec<Step> = Vec::new();
    for start in starts {
        if seen.contains(&start) {
            continue;
        }
        stack.push(Step {
            index: start,
            depth: 0,
            shown: true,
        });
        walk(
            round, &children, collapsed, &mut stack, &mut seen, &mut rows,
        );
    }
    rows
}

/// A node to visit; `shown` is false under a collapsed goal (visited, not listed).
struct Step {
    index: usize,
    depth: usize,
    shown: bool,
}

/// Depth-first from what is on the stack, visiting each node once.
fn walk(
    round: &GoalsRound,
    children: &HashMap<Option<&str>, Vec<usize>>,
    collapsed: &HashSet<String>,
    stack: &mut Vec<Step>,
    seen: &mut HashSet<usize>,
    rows: &mut Vec<OutlineRow>,
) {
    while let Some(Step {
        index,
        depth,
        shown,
    }) = stack.pop()
    {
        let node = &round.nodes[index];
        if !seen.insert(index) {
            continue;
        }
        let kids = children.get(&Some(node.id.as_str()));
        if shown {
            rows.push(OutlineRow {
                id: node.id.clone(),
                depth,
                children: kids.map_or(0, Vec::len),
            });
        }
        for &child in kids.into_iter().flatten().rev() {
            stack.push(Step {
                index: child,
                depth: depth + 1,
                shown: shown && !collapsed.contains(&node.id),
            });
        }
    }
}

impl GoalsRound {
    pub fn node(&self, id: &str) -> Option<&GoalNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn node_mut(&mut self, id: &str) -> Option<&mut GoalNode> {
        self.nodes.iter_mut().find(|n| n.id == id)
    }

    /// Adds a goal under `parent` (a root when `None`), on the parent's side, as its last child.
    pub fn add_goal(&mut self, parent: Option<&str>, name: String) -> String {
        let id = fresh_id("g", self.nodes.iter().map(|n| n.id.as_str()));
        let above = parent.and_then(|p| self.node(p));
        let node = GoalNode {
            id: id.clone(),
            parent: above.map(|p| p.id.clone()),
            name,
            side: above.map_or(Side::Shared, |p| p.side),
            owner: None,
            metric: String::new(),
            unit: String::new(),
            period: above.map_or(Period::Quarter, |p| p.period),
            target: None,
            actual: None,
            formula: Formula::Manual,
            step: None,
        };
        self.nodes.push(node);
        id
    }

    /// Removes a goal and everything under it; the removed nodes (with their places) put it back.
    pub fn remove_goal(&mut self, id: &str) -> Vec<(usize, GoalNode)> {
        let mut doomed: HashSet<String> = HashSet::from([id.to_string()]);
        loop {
            let before = doomed.len();
            for node in &self.nodes {
                if node.parent.as_ref().is_some_and(|p| doomed.contains(p)) {
                    doomed.insert(node.id.clone());
                }
            }
            if doomed.len() == before {
                break;
            }
        }
        let mut removed = Vec::new();
        let mut index = 0;
        self.nodes.retain(|node| {
            let keep = !doomed.contains(&node.id);
            if !keep {
                removed.push((index, node.clone()));
            }
            index += 1;
            keep
        });
        removed
    }

    pub fn restore_goals(&mut self, removed: Vec<(usize, GoalNode)>) {
        for (index, node) in removed {
            let index = index.min(self.nodes.len());
            self.nodes.insert(index, node);
        }
    }

    /// The list index of the sibling before (`-1`) or after (`1`) a goal.
    fn sibling(&self, id: &str, step: isize) -> Option<(usize, usize)> {
        let index = self.nodes.iter().position(|n| n.id == id)?;
        let parent = self.nodes[index].parent.clone();
        let mut siblings = self
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.parent == parent)
            .map(|(i, _)| i);
        let place = siblings.clone().position(|i| i == index)?;
        let other = place.checked_add_signed(step)?;
        Some((index, siblings.nth(other)?))
    }

    /// Swaps a goal with its previous (`-1`) or next (`1`) sibling; false at either end.
    pub fn move_goal(&mut self, id: &str, step: isize) -> bool {
        match self.sibling(id, step) {
            Some((index, other)) => {
                self.nodes.swap(index, other);
                true
            }
            None => false,
        }
    }

    /// Makes a goal the last child of its previous sibling; false for a first child.
    pub fn indent_goal(&mut self, id: &str) -> bool {
        let Some((index, previous)) = self.sibling(id, -1) else {
            return false;
        };
        let mut node = self.nodes.remove(index);
        node.parent = Some(self.nodes[previous].id.clone());
        self.nodes.push(node);
        true
    }

    /// Makes a goal the next sibling of its parent; false for a root.
    pub fn outdent_goal(&mut self, id: &str) -> bool {
        let Some(index) = self.nodes.iter().position(|n| n.id == id) else {
            return false;
        };
        let Some(parent_id) = self.nodes[index].parent.clone() else {
            return false;
        };
        let Some(parent) = self.nodes.iter().position(|n| n.id == parent_id) else {
            return false;
        };
        let mut node = self.nodes.remove(index);
        let parent = if parent > index { parent - 1 } else { parent };
        node.parent = self.nodes[parent].parent.clone();
        self.nodes.insert(parent + 1, node);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(round: &GoalsRound) -> Vec<(String, usize)> {
        outline(round, &HashSet::new())
            .into_iter()
            .map(|row| (round.node(&row.id).unwrap().name.clone(), row.depth))
            .collect()
    }

    fn names(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
        pairs.iter().map(|(n, d)| (n.to_string(), *d)).collect()
    }

    #[test]
    fn goals_are_added_moved_indented_outdented_and_removed() {
        let mut round = GoalsRound::default();
        let revenue = round.add_goal(None, "Revenue".into());
        let deals = round.add_goal(Some(&revenue), "Deals".into());
        round.add_goal(Some(&revenue), "Deal size".into());
        let opportunities = round.add_goal(Some(&revenue), "Opportunities".into());
        assert!(round.indent_goal(&opportunities));
        assert_eq!(
            shape(&round),
            names(&[
                ("Revenue", 0),
                ("Deals", 1),
                ("Deal size", 1),
                ("Opportunities", 2)
            ])
        );
        assert!(round.outdent_goal(&opportunities));
        assert!(round.move_goal(&opportunities, -1));
        assert!(round.move_goal(&opportunities, -1));
        assert!(!round.move_goal(&opportunities, -1), "already first");
        assert!(!round.indent_goal(&opportunities), "no sibling before it");
        assert_eq!(
            shape(&round),
            names(&[
                ("Revenue", 0),
                ("Opportunities", 1),
                ("Deals", 1),
                ("Deal size", 1)
            ])
        );
        assert!(round.indent_goal(&deals));
        assert!(round.outdent_goal(&deals));
        assert_eq!(
            shape(&round),
            names(&[
                ("Revenue", 0),
                ("Opportunities", 1),
                ("Deals", 1),
                ("Deal size", 1)
            ]),
            "outdent puts it right after its old parent"
        );
        assert!(!round.outdent_goal(&revenue), "a root stays a root");
        let before = round.clone();
        let removed = round.remove_goal(&revenue);
        assert_eq!(removed.len(), 4, "the subtree goes with it");
        assert!(round.nodes.is_empty());
        round.restore_goals(removed);
        assert_eq!(round, before);
    }

    #[test]
    fn collapsed_goals_hide_their_children_and_orphans_show_as_roots() {
        let mut round = GoalsRound::default();
        let revenue = round.add_goal(None, "Revenue".into());
        round.add_goal(Some(&revenue), "Deals".into());
        let lost = round.add_goal(None, "Lost".into());
        round.node_mut(&lost).unwrap().parent = Some("gone".into());
        let rows = outline(&round, &HashSet::from([revenue.clone()]));
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec![revenue.as_str(), lost.as_str()]);
        assert_eq!(rows[0].children, 1);
    }
}
