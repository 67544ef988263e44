//! Back-testing: how thresholds would have sorted past leads that were won or lost.

use chrono::NaiveDate;

use super::score::{score_lead, Lead, Outcome};
use crate::model::LeadRound;

/// How one threshold sorts the past leads.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdResult {
    pub threshold: f64,
    /// Won leads at or above the threshold.
    pub true_positives: usize,
    /// Lost leads at or above the threshold.
    pub false_positives: usize,
    /// Won leads below the threshold.
    pub false_negatives: usize,
    /// Lost leads below the threshold.
    pub true_negatives: usize,
}

impl ThresholdResult {
    /// Of the leads passed on, the share that was won (`None` when none passed).
    pub fn precision(&self) -> Option<f64> {
        let passed = self.true_positives + self.false_positives;
        (passed > 0).then(|| self.true_positives as f64 / passed as f64)
    }

    /// Of the won leads, the share that was passed on (`None` when none was won).
    pub fn recall(&self) -> Option<f64> {
        let won = self.true_positives + self.false_negatives;
        (won > 0).then(|| self.true_positives as f64 / won as f64)
    }

    fn f1(&self) -> f64 {
        match (self.precision(), self.recall()) {
            (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
            _ => 0.0,
        }
    }
}

/// The back-test of a round's thresholds against past leads.
#[derive(Debug, Clone, PartialEq)]
pub struct Backtest {
    /// Leads with an outcome that were scored.
    pub leads: usize,
    pub mql: Option<ThresholdResult>,
    pub sql: Option<ThresholdResult>,
    /// The threshold that best balances precision and recall (highest F1), if any lead was won.
    pub suggested: Option<ThresholdResult>,
}

fn sort_at(scores: &[(f64, Outcome)], threshold: f64) -> ThresholdResult {
    let mut result = ThresholdResult {
        threshold,
        true_positives: 0,
        false_positives: 0,
        false_negatives: 0,
        true_negatives: 0,
    };
    for (score, outcome) in scores {
        match (*score >= threshold, outcome) {
            (true, Outcome::Won) => result.true_positives += 1,
            (true, Outcome::Lost) => result.false_positives += 1,
            (false, Outcome::Won) => result.false_negatives += 1,
            (false, Outcome::Lost) => result.true_negatives += 1,
        }
    }
    result
}

/// Scores every lead with an outcome once, then sorts them at each threshold.
pub fn backtest(round: &LeadRound, leads: &[Lead], as_of: NaiveDate) -> Backtest {
    let scores: Vec<(f64, Outcome)> = leads
        .iter()
        .filter_map(|lead| Some((score_lead(round, lead, as_of).total, lead.outcome?)))
        .collect();
    let mut candidates: Vec<f64> = scores.iter().map(|(score, _)| score.round()).collect();
    candidates.sort_by(f64::total_cmp);
    candidates.dedup();
    let suggested = candidates
        .iter()
        .map(|&threshold| sort_at(&scores, threshold))
        .filter(|result| result.true_positives > 0)
        // Highest F1; on a tie, the higher threshold (fewer leads for sales to work).
        .max_by(|a, b| {
            a.f1()
                .total_cmp(&b.f1())
                .then(a.threshold.total_cmp(&b.threshold))
        });
    Backtest {
        leads: scores.len(),
        mql: round.mql_threshold.map(|t| sort_at(&scores, f64::from(t))),
        sql: round.sql_threshold.map(|t| sort_at(&scores, f64::from(t))),
        suggested,
    }
}
