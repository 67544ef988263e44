//! Undo and redo of whole plans, for the session: edits a moment apart are one step, and the
//! steps kept are bounded by their number and by the plans' size, so a plan with thousands of
//! deals cannot fill the tab's memory with copies of itself.

use crate::model::Plan;

/// Edits closer together than this (milliseconds) are one undo step.
pub const GROUP_MS: f64 = 800.0;
/// The most steps kept.
pub const MOST_STEPS: usize = 100;
/// The most items (see [`Plan::weight`]) kept across all steps: the stress plan of #10
/// (10,000 deals × 8 touches, ~92,000 items) keeps 10 steps, an ordinary plan all 100.
pub const MOST_ITEMS: usize = 1_000_000;

/// The plans before (undo) and after (redo) the current one, newest last, with their weights.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(Plan, usize)>,
    redo: Vec<(Plan, usize)>,
    last_edit: f64,
}

impl Plan {
    /// About how many things the plan holds: each row, goal, deal and touch counts one.
    pub fn weight(&self) -> usize {
        let touches: usize = self
            .integration
            .deals
            .iter()
            .map(|deal| deal.touches.len())
            .sum();
        1 + self.roles.roles.len()
            + self.roles.activities.len()
            + self.lead.criteria.len()
            + self.goals.nodes.len()
            + self.integration.systems.len()
            + self.integration.field_maps.len()
            + self.integration.campaigns.len()
            + self.integration.deals.len()
            + touches
            + self.sla.actuals.len()
            + self.cadence.actions.len()
            + self.cadence.pulses.len()
            + self.cadence.log.len()
            + self.workshop.parking_lot.len()
    }
}

fn weighed(plan: Plan) -> (Plan, usize) {
    let weight = plan.weight();
    (plan, weight)
}

impl History {
    /// Called before an edit with the plan as it is: starts a new step unless the last edit
    /// was less than [`GROUP_MS`] ago. A new edit drops what could be redone.
    pub fn before_edit(&mut self, plan: &Plan, now: f64) {
        if self.undo.is_empty() || now - self.last_edit > GROUP_MS {
            self.undo.push(weighed(plan.clone()));
            self.trim();
        }
        self.redo.clear();
        self.last_edit = now;
    }

    /// The next edit starts a step of its own, however soon it comes.
    pub fn end_step(&mut self) {
        self.last_edit = f64::NEG_INFINITY;
    }

    /// The plan before `current`, if any; `current` can then be redone.
    pub fn undo(&mut self, current: Plan) -> Option<Plan> {
        let (plan, _) = self.undo.pop()?;
        self.redo.push(weighed(current));
        self.last_edit = 0.0;
        Some(plan)
    }

    /// The plan `current` was undone from, if any.
    pub fn redo(&mut self, current: Plan) -> Option<Plan> {
        let (plan, _) = self.redo.pop()?;
        self.undo.push(weighed(current));
        self.trim();
        self.last_edit = 0.0;
        Some(plan)
    }

    /// How many steps can be undone and redone.
    pub fn steps(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }

    /// Drops the oldest steps beyond the bounds; the newest step is always kept.
    fn trim(&mut self) {
        let mut items: usize = self.undo.iter().chain(&self.redo).map(|(_, w)| w).sum();
        let mut drop = 0;
        while self.undo.len() - drop > 1
            && (self.undo.len() - drop > MOST_STEPS || items > MOST_ITEMS)
        {
            items -= self.undo[drop].1;
            drop += 1;
        }
        self.undo.drain(..drop);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Touch};
    use chrono::{TimeZone, Utc};

    fn plan(title: &str) -> Plan {
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        Plan::new(title, Lang::En, now)
    }

    #[test]
    fn edits_a_moment_apart_are_one_step_and_undo_redo_walk_back_and_forth() {
        let mut history = History::default();
        history.before_edit(&plan("a"), 0.0);
        history.before_edit(&plan("ab"), 500.0);
        history.before_edit(&plan("abc"), 2_000.0);
        assert_eq!(history.steps(), (2, 0));
        let back = history.undo(plan("abcd")).unwrap();
        assert_eq!(back.title, "abc");
        assert_eq!(history.undo(back).unwrap().title, "a");
        assert_eq!(history.steps(), (0, 2));
        assert_eq!(history.redo(plan("a")).unwrap().title, "abc");
        history.before_edit(&plan("abc"), 9_000.0);
        assert_eq!(history.steps(), (2, 0), "a new edit drops the redo steps");
    }

    #[test]
    fn at_most_a_hundred_steps_are_kept() {
        let mut history = History::default();
        for step in 0..150 {
            history.before_edit(&plan(&step.to_string()), step as f64 * 1_000.0);
        }
        assert_eq!(history.steps(), (MOST_STEPS, 0));
        let mut oldest = plan("now");
        while let Some(earlier) = history.undo(oldest.clone()) {
            oldest = earlier;
        }
        assert_eq!(oldest.title, "50");
    }

    #[test]
    fn a_heavy_plan_keeps_fewer_steps_but_always_the_last() {
        let touches = |count| {
            let mut plan = plan("heavy");
            let date = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
            plan.integration.add_deal("Deal".into(), date);
            let touch = Touch {
                campaign: "k1".into(),
                date,
            };
            std::sync::Arc::make_mut(&mut plan.integration.deals)[0].touches = vec![touch; count];
            plan
        };
        let heavy = touches(300_000);
        let weight = heavy.weight();
        assert!(weight > 300_000);
        let mut history = History::default();
        for step in 0..5 {
            history.before_edit(&heavy, step as f64 * 1_000.0);
        }
        assert_eq!(history.steps().0, MOST_ITEMS / weight);
        history.before_edit(&touches(MOST_ITEMS), 10_000.0);
        assert_eq!(
            history.steps(),
            (1, 0),
            "the newest step stays, however heavy"
        );
    }
}
