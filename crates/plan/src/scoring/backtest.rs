//! Back-testing: how thresholds would have sorted past leads that were won or lost.

use chrono::NaiveDate;

use super::leads_csv::{Outcome, PastLeads};
use super::rules::Rules;
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
    /// Past leads scored.
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

/// Each past lead's total score under the round's criteria.
fn totals(round: &LeadRound, leads: &PastLeads, as_of: NaiveDate) -> Vec<f64> {
    let rules = Rules::new(round);
    let columns: Vec<_> = round
        .criteria
        .iter()
        .map(|criterion| leads.column(&criterion.field))
        .collect();
    (0..leads.outcomes.len())
        .map(|lead| {
            let points = rules.rules.iter().zip(&columns).map(|(rule, column)| {
                let value = column.and_then(|values| values.get(lead));
                rule.points(value, as_of)
            });
            let (fit, engagement) = rules.sum(points);
            fit + engagement
        })
        .collect()
}

/// The best-balanced threshold: every rounded score is tried, in one sweep from the top.
fn suggest(scores: &[(f64, Outcome)]) -> Option<ThresholdResult> {
    let mut sorted = scores.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let won = sorted.iter().filter(|(_, o)| *o == Outcome::Won).count();
    let lost = sorted.len() - won;
    let mut candidates: Vec<f64> = sorted.iter().map(|(score, _)| score.round()).collect();
    candidates.dedup();
    let (mut passed_won, mut passed_lost, mut next) = (0, 0, 0);
    candidates
        .into_iter()
        .map(|threshold| {
            while sorted
                .get(next)
                .is_some_and(|(score, _)| *score >= threshold)
            {
                match sorted[next].1 {
                    Outcome::Won => passed_won += 1,
                    Outcome::Lost => passed_lost += 1,
                }
                next += 1;
            }
            ThresholdResult {
                threshold,
                true_positives: passed_won,
                false_positives: passed_lost,
                false_negatives: won - passed_won,
                true_negatives: lost - passed_lost,
            }
        })
        .filter(|result| result.true_positives > 0)
        // Highest F1; on a tie, the higher threshold (fewer leads for sales to work).
        .max_by(|a, b| {
            a.f1()
                .total_cmp(&b.f1())
                .then(a.threshold.total_cmp(&b.threshold))
        })
}

/// Scores every past lead once, then sorts them at each threshold.
pub fn backtest(round: &LeadRound, leads: &PastLeads, as_of: NaiveDate) -> Backtest {
    let scores: Vec<(f64, Outcome)> = totals(round, leads, as_of)
        .into_iter()
        .zip(leads.outcomes.iter().copied())
        .collect();
    Backtest {
        leads: scores.len(),
        mql: round.mql_threshold.map(|t| sort_at(&scores, f64::from(t))),
        sql: round.sql_threshold.map(|t| sort_at(&scores, f64::from(t))),
        suggested: suggest(&scores),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sweep finds what trying every candidate threshold one by one finds.
    fn one_by_one(scores: &[(f64, Outcome)]) -> Option<ThresholdResult> {
        let mut candidates: Vec<f64> = scores.iter().map(|(score, _)| score.round()).collect();
        candidates.sort_by(f64::total_cmp);
        candidates.dedup();
        candidates
            .into_iter()
            .map(|threshold| sort_at(scores, threshold))
            .filter(|result| result.true_positives > 0)
            .max_by(|a, b| {
                a.f1()
                    .total_cmp(&b.f1())
                    .then(a.threshold.total_cmp(&b.threshold))
            })
    }

    proptest! {
        #[test]
        fn the_sweep_matches_trying_each_threshold(
            scores in prop::collection::vec((-50.0f64..150.0, any::<bool>()), 0..60)
        ) {
            let scores: Vec<(f64, Outcome)> = scores
                .into_iter()
                .map(|(score, won)| (score, if won { Outcome::Won } else { Outcome::Lost }))
                .collect();
            prop_assert_eq!(suggest(&scores), one_by_one(&scores));
        }
    }
}
