//! Scoring one lead: each criterion's points (with decay), group caps, grade and stage.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Criterion, CriterionGroup, LeadRound, Lifecycle, Operator};

/// How a past lead ended, for back-testing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Won,
    Lost,
}

/// A lead's attributes by field name (dates as YYYY-MM-DD), and its outcome if known.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lead {
    pub attributes: BTreeMap<String, String>,
    pub outcome: Option<Outcome>,
}

impl Lead {
    /// The value of a field; names match exactly, else ignoring case and spaces around.
    fn value(&self, field: &str) -> Option<&str> {
        let value = match self.attributes.get(field) {
            Some(value) => value,
            None => {
                let field = field.trim().to_lowercase();
                self.attributes
                    .iter()
                    .find(|(name, _)| name.trim().to_lowercase() == field)
                    .map(|(_, value)| value)?
            }
        };
        Some(value.trim()).filter(|value| !value.is_empty())
    }
}

/// One criterion's part in a lead's score.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionResult {
    pub criterion: String,
    pub matched: bool,
    /// Points after decay (0 when not matched).
    pub points: f64,
}

/// A lead's score, explained.
#[derive(Debug, Clone, PartialEq)]
pub struct LeadScore {
    pub criteria: Vec<CriterionResult>,
    /// Fit points after the fit cap.
    pub fit: f64,
    /// Engagement points after the engagement cap.
    pub engagement: f64,
    pub total: f64,
    /// 'A' (best fit) to 'D'.
    pub grade: char,
    /// 1 (cold) to 3 (hot).
    pub level: u8,
    /// Lead, MQL or SQL, by the thresholds.
    pub stage: Lifecycle,
    /// Whether the grade-and-level cell is one the round marked sales-ready.
    pub sales_ready: bool,
}

/// The grades, best first, and the engagement levels, hottest last.
pub const GRADES: [char; 4] = ['A', 'B', 'C', 'D'];
pub const LEVELS: [u8; 3] = [1, 2, 3];

/// The code of a grade-and-level cell, e.g. "A3".
pub fn grade_cell(grade: char, level: u8) -> String {
    format!("{grade}{level}")
}

/// Whether `code` names a cell of the grade-and-level matrix.
pub fn is_grade_cell(code: &str) -> bool {
    GRADES
        .iter()
        .any(|&grade| LEVELS.iter().any(|&level| grade_cell(grade, level) == code))
}

/// Whether the lead's value matches the criterion, and how many days ago a dated behaviour was.
fn matches(criterion: &Criterion, value: &str, as_of: NaiveDate) -> Option<Option<i64>> {
    let wanted = criterion.value.trim();
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let matched = match criterion.operator {
        Operator::Equals => same(value, wanted),
        Operator::OneOf => wanted.split([',', ';']).any(|option| same(value, option)),
        Operator::Contains => value.to_lowercase().contains(&wanted.to_lowercase()),
        Operator::Range => {
            let number: f64 = value.replace(',', ".").parse().ok()?;
            let (low, high) = parse_range(wanted)?;
            (low..=high).contains(&number)
        }
        Operator::WithinDays => {
            let days: i64 = wanted.parse().ok()?;
            let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
            let age = (as_of - date).num_days();
            return ((0..=days).contains(&age)).then_some(Some(age));
        }
    };
    matched.then_some(None)
}

/// "200-5000", "200..5000", ">=200", "<=50".
fn parse_range(text: &str) -> Option<(f64, f64)> {
    let number = |t: &str| t.trim().replace(',', ".").parse::<f64>().ok();
    if let Some(low) = text.strip_prefix(">=") {
        return Some((number(low)?, f64::INFINITY));
    }
    if let Some(high) = text.strip_prefix("<=") {
        return Some((f64::NEG_INFINITY, number(high)?));
    }
    let (low, high) = text.split_once("..").or_else(|| text.split_once('-'))?;
    Some((number(low)?, number(high)?))
}

/// Points after halving every `decay_days` since the behaviour.
fn decayed(points: i32, age_days: Option<i64>, decay_days: Option<u32>) -> f64 {
    match (age_days, decay_days) {
        (Some(age), Some(half_life)) if half_life > 0 => {
            f64::from(points) * 0.5f64.powf(age as f64 / f64::from(half_life))
        }
        _ => f64::from(points),
    }
}

fn capped(sum: f64, cap: Option<i32>) -> f64 {
    cap.map_or(sum, |cap| sum.min(f64::from(cap)))
}

/// The most points a group can give: its cap, or the sum of its positive criteria.
fn group_max(round: &LeadRound, group: CriterionGroup, cap: Option<i32>) -> f64 {
    let positive: f64 = round
        .criteria
        .iter()
        .filter(|c| c.group == group && c.points > 0)
        .map(|c| f64::from(c.points))
        .sum();
    capped(positive, cap)
}

/// Scores a lead on `as_of` (the day decay and "within N days" are counted to).
pub fn score_lead(round: &LeadRound, lead: &Lead, as_of: NaiveDate) -> LeadScore {
    let mut fit = 0.0;
    let mut engagement = 0.0;
    let criteria = round
        .criteria
        .iter()
        .map(|criterion| {
            let hit = lead
                .value(&criterion.field)
                .and_then(|value| matches(criterion, value, as_of));
            let points = hit.map_or(0.0, |age| {
                decayed(criterion.points, age, criterion.decay_days)
            });
            match criterion.group {
                CriterionGroup::Fit => fit += points,
                CriterionGroup::Engagement => engagement += points,
            }
            CriterionResult {
                criterion: criterion.id.clone(),
                matched: hit.is_some(),
                points,
            }
        })
        .collect();
    let fit = capped(fit, round.fit_cap);
    let engagement = capped(engagement, round.engagement_cap);
    let total = fit + engagement;
    let share = |points: f64, max: f64| if max > 0.0 { points / max } else { 0.0 };
    let fit_share = share(fit, group_max(round, CriterionGroup::Fit, round.fit_cap));
    let grade = match fit_share {
        s if s >= 0.75 => 'A',
        s if s >= 0.5 => 'B',
        s if s >= 0.25 => 'C',
        _ => 'D',
    };
    let engagement_share = share(
        engagement,
        group_max(round, CriterionGroup::Engagement, round.engagement_cap),
    );
    let level = match engagement_share {
        s if s >= 2.0 / 3.0 => 3,
        s if s >= 1.0 / 3.0 => 2,
        _ => 1,
    };
    let reaches = |threshold: Option<i32>| threshold.is_some_and(|t| total >= f64::from(t));
    let stage = if reaches(round.sql_threshold) {
        Lifecycle::Sql
    } else if reaches(round.mql_threshold) {
        Lifecycle::Mql
    } else {
        Lifecycle::Lead
    };
    LeadScore {
        criteria,
        fit,
        engagement,
        total,
        grade,
        level,
        stage,
        sales_ready: round.sales_ready.contains(&grade_cell(grade, level)),
    }
}
