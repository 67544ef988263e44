//! Scoring one lead: each criterion's points (with decay), group caps, grade and stage.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::rules::{find_field, Column, Rules};
use crate::model::{LeadRound, Lifecycle};

/// A lead's attributes by field name (dates as YYYY-MM-DD).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lead {
    pub attributes: BTreeMap<String, String>,
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

/// Scores a lead on `as_of` (the day decay and "within N days" are counted to).
pub fn score_lead(round: &LeadRound, lead: &Lead, as_of: NaiveDate) -> LeadScore {
    let rules = Rules::new(round);
    let mut values = Column::default();
    for criterion in &round.criteria {
        let attributes = lead.attributes.iter().map(|(k, v)| (k.as_str(), v));
        values.push(find_field(attributes, &criterion.field).map_or("", String::as_str));
    }
    let points: Vec<Option<f64>> = rules
        .rules
        .iter()
        .enumerate()
        .map(|(index, rule)| rule.points(values.get(index), as_of))
        .collect();
    let (fit, engagement) = rules.sum(points.iter().copied());
    let criteria = round
        .criteria
        .iter()
        .zip(points)
        .map(|(criterion, points)| CriterionResult {
            criterion: criterion.id.clone(),
            matched: points.is_some(),
            points: points.unwrap_or(0.0),
        })
        .collect();
    let total = fit + engagement;
    let share = |points: f64, max: f64| if max > 0.0 { points / max } else { 0.0 };
    let fit_share = share(fit, rules.fit_max);
    let grade = match fit_share {
        s if s >= 0.75 => 'A',
        s if s >= 0.5 => 'B',
        s if s >= 0.25 => 'C',
        _ => 'D',
    };
    let engagement_share = share(engagement, rules.engagement_max);
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
