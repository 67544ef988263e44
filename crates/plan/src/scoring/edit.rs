//! Edits to the scoring model: criteria added, changed and removed.

use crate::ids::fresh_id;
use crate::model::{Criterion, CriterionGroup, LeadRound, Lifecycle, Operator, StageRule};

impl LeadRound {
    /// Adds a criterion to a group, worth 10 points until the room decides otherwise.
    pub fn add_criterion(&mut self, group: CriterionGroup) -> String {
        let id = fresh_id("c", self.criteria.iter().map(|c| c.id.as_str()));
        self.criteria.push(Criterion {
            id: id.clone(),
            group,
            field: String::new(),
            operator: Operator::Equals,
            value: String::new(),
            points: 10,
            decay_days: None,
        });
        id
    }

    pub fn criterion_mut(&mut self, id: &str) -> Option<&mut Criterion> {
        self.criteria.iter_mut().find(|c| c.id == id)
    }

    /// Removes a criterion; the index and the criterion let it be put back.
    pub fn remove_criterion(&mut self, id: &str) -> Option<(usize, Criterion)> {
        let index = self.criteria.iter().position(|c| c.id == id)?;
        Some((index, self.criteria.remove(index)))
    }

    pub fn restore_criterion(&mut self, index: usize, criterion: Criterion) {
        let index = index.min(self.criteria.len());
        self.criteria.insert(index, criterion);
    }

    /// The rule for entering a lifecycle stage, if one is written.
    pub fn stage_rule(&self, stage: Lifecycle) -> Option<&StageRule> {
        self.stages.iter().find(|rule| rule.stage == stage)
    }

    /// Changes a stage's rule, creating it when missing and dropping it when left empty.
    pub fn edit_stage_rule(&mut self, stage: Lifecycle, change: impl FnOnce(&mut StageRule)) {
        let index = match self.stages.iter().position(|rule| rule.stage == stage) {
            Some(index) => index,
            None => {
                self.stages.push(StageRule {
                    stage,
                    entry: String::new(),
                    owner: None,
                });
                self.stages.sort_by_key(|rule| rule.stage);
                self.stages
                    .iter()
                    .position(|rule| rule.stage == stage)
                    .unwrap_or(0)
            }
        };
        change(&mut self.stages[index]);
        let rule = &self.stages[index];
        if rule.entry.trim().is_empty() && rule.owner.is_none() {
            self.stages.remove(index);
        }
    }

    /// The fields the criteria look at, first use first, each once; `true` where a field
    /// holds a date (it is compared "within N days").
    pub fn fields(&self) -> Vec<(String, bool)> {
        let mut fields: Vec<(String, bool)> = Vec::new();
        for criterion in &self.criteria {
            let name = criterion.field.trim();
            if name.is_empty() {
                continue;
            }
            let dated = criterion.operator == Operator::WithinDays;
            match fields
                .iter_mut()
                .find(|(f, _)| f.eq_ignore_ascii_case(name))
            {
                Some(field) => field.1 |= dated,
                None => fields.push((name.to_string(), dated)),
            }
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_are_added_removed_and_restored_in_place() {
        let mut round = LeadRound::default();
        let first = round.add_criterion(CriterionGroup::Fit);
        let second = round.add_criterion(CriterionGroup::Engagement);
        assert_eq!((first.as_str(), second.as_str()), ("c1", "c2"));
        let (index, removed) = round.remove_criterion("c1").unwrap();
        assert_eq!(round.add_criterion(CriterionGroup::Fit), "c1");
        round.criteria.retain(|c| c.id != "c1");
        round.restore_criterion(index, removed);
        assert_eq!(round.criteria[0].id, "c1");
    }

    #[test]
    fn stage_rules_appear_when_written_and_go_when_emptied() {
        let mut round = LeadRound::default();
        round.edit_stage_rule(Lifecycle::Sql, |rule| rule.owner = Some("r3".into()));
        round.edit_stage_rule(Lifecycle::Mql, |rule| rule.entry = "Score 60+".into());
        let order: Vec<_> = round.stages.iter().map(|rule| rule.stage).collect();
        assert_eq!(order, [Lifecycle::Mql, Lifecycle::Sql]);
        assert_eq!(
            round.stage_rule(Lifecycle::Sql).unwrap().owner.as_deref(),
            Some("r3")
        );
        round.edit_stage_rule(Lifecycle::Sql, |rule| rule.owner = None);
        assert!(round.stage_rule(Lifecycle::Sql).is_none());
    }

    #[test]
    fn fields_are_listed_once_and_marked_when_dated() {
        let mut round = LeadRound::default();
        for (field, operator) in [
            ("industry", Operator::OneOf),
            ("demo", Operator::WithinDays),
            ("Industry", Operator::Equals),
            ("", Operator::Equals),
        ] {
            let id = round.add_criterion(CriterionGroup::Fit);
            let criterion = round.criterion_mut(&id).unwrap();
            criterion.field = field.into();
            criterion.operator = operator;
        }
        assert_eq!(
            round.fields(),
            vec![("industry".to_string(), false), ("demo".to_string(), true)]
        );
    }
}
