//! Campaign attribution: how each model splits a deal's revenue across its touch points,
//! and every campaign's revenue and ROI under all six models at once.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

use crate::model::{AttributionModel, Campaign, Deal, IntegrationRound};

/// The six models, in the order their figures are kept.
pub const MODELS: [AttributionModel; 6] = [
    AttributionModel::FirstTouch,
    AttributionModel::LastTouch,
    AttributionModel::Linear,
    AttributionModel::UShaped,
    AttributionModel::WShaped,
    AttributionModel::TimeDecay,
];

/// The position of a model's figure in a `[f64; 6]`.
pub fn model_index(model: AttributionModel) -> usize {
    MODELS.iter().position(|m| *m == model).unwrap_or(0)
}

/// Writes into `out` the share of the deal's credit each touch gets (they sum to 1), for
/// touches in date order given as days before the close.
///
/// - First and last touch: all to that touch.
/// - Linear: equal shares.
/// - U-shaped: 40% to the first, 40% to the last, 20% split over the ones between (with two
///   touches, half each).
/// - W-shaped: 30% each to the first, the middle (the lead-creation stand-in: touch n/2) and
///   the last, 10% split over the rest; with three touches or fewer, equal shares.
/// - Time decay: a touch's weight halves every `half_life` days before the close.
pub fn shares_into(
    model: AttributionModel,
    days_before_close: &[f64],
    half_life: f64,
    out: &mut Vec<f64>,
) {
    let n = days_before_close.len();
    out.clear();
    out.resize(n, 0.0);
    if n == 0 {
        return;
    }
    let last = n - 1;
    match model {
        AttributionModel::FirstTouch => out[0] = 1.0,
        AttributionModel::LastTouch => out[last] = 1.0,
        AttributionModel::Linear => out.fill(1.0 / n as f64),
        AttributionModel::UShaped if n <= 2 => out.fill(1.0 / n as f64),
        AttributionModel::UShaped => {
            out.fill(0.2 / (n - 2) as f64);
            out[0] = 0.4;
            out[last] = 0.4;
        }
        AttributionModel::WShaped if n <= 3 => out.fill(1.0 / n as f64),
        AttributionModel::WShaped => {
            out.fill(0.1 / (n - 3) as f64);
            out[0] = 0.3;
            out[n / 2] = 0.3;
            out[last] = 0.3;
        }
        AttributionModel::TimeDecay => {
            // Counted from the touch nearest the close, which weighs 1: far-back touches with a
            // short half-life underflow to 0 without taking the sum with them.
            let nearest = days_before_close
                .iter()
                .copied()
                .fold(f64::INFINITY, f64::min);
            for (share, days) in out.iter_mut().zip(days_before_close) {
                *share = 0.5f64.powf((days - nearest).max(0.0) / half_life);
            }
            let sum: f64 = out.iter().sum();
            out.iter_mut().for_each(|share| *share /= sum);
        }
    }
}

/// A deal's touches in date order (ties keep their order), as indexes into `deal.touches`.
fn in_date_order(deal: &Deal, order: &mut Vec<usize>) {
    order.clear();
    order.extend(0..deal.touches.len());
    order.sort_by_key(|&i| deal.touches[i].date);
}

/// One campaign's revenue under each model (in `MODELS` order) and the deals it touched.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignCredit {
    pub revenue: [f64; 6],
    pub deals: usize,
}

/// Every campaign's credit (in the round's campaign order), and the revenue of deals that
/// have no touch point and so credit no campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub campaigns: Vec<CampaignCredit>,
    pub unattributed: f64,
    pub total: f64,
}

impl Attribution {
    /// Campaign indexes ranked by revenue under `model`, highest first (ties by name order).
    pub fn ranking(&self, model: AttributionModel) -> Vec<usize> {
        let at = model_index(model);
        let mut order: Vec<usize> = (0..self.campaigns.len()).collect();
        order.sort_by(|&a, &b| {
            self.campaigns[b].revenue[at].total_cmp(&self.campaigns[a].revenue[at])
        });
        order
    }
}

/// Return on the money spent: (revenue − cost) / cost; none when the campaign cost nothing.
pub fn roi(revenue: f64, campaign: &Campaign) -> Option<f64> {
    (campaign.cost > 0.0).then(|| (revenue - campaign.cost) / campaign.cost)
}

/// Splits every deal's amount over its campaigns under all six models in one pass.
pub fn attribute(round: &IntegrationRound) -> Attribution {
    let index: HashMap<&str, usize> = round
        .campaigns
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut campaigns = vec![
        CampaignCredit {
            revenue: [0.0; 6],
            deals: 0,
        };
        round.campaigns.len()
    ];
    let (mut unattributed, mut total) = (0.0, 0.0);
    // Buffers reused for every deal.
    let (mut order, mut known, mut days, mut shares, mut touched) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for deal in round.deals.iter() {
        total += deal.amount;
        in_date_order(deal, &mut order);
        known.clear();
        known.extend(order.iter().filter_map(|&i| {
            let campaign = *index.get(deal.touches[i].campaign.as_str())?;
            Some((i, campaign))
        }));
        if known.is_empty() {
            unattributed += deal.amount;
            continue;
        }
        days.clear();
        days.extend(
            known
                .iter()
                .map(|&(i, _)| days_between(deal.touches[i].date, deal.close_date)),
        );
        for (at, model) in MODELS.into_iter().enumerate() {
            shares_into(model, &days, round.half_life_days, &mut shares);
            for (&(_, campaign), share) in known.iter().zip(&shares) {
                campaigns[campaign].revenue[at] += share * deal.amount;
            }
        }
        touched.clear();
        touched.extend(known.iter().map(|&(_, campaign)| campaign));
        touched.sort_unstable();
        touched.dedup();
        for &campaign in &touched {
            campaigns[campaign].deals += 1;
        }
    }
    Attribution {
        campaigns,
        unattributed,
        total,
    }
}

fn days_between(touch: NaiveDate, close: NaiveDate) -> f64 {
    (close - touch).num_days() as f64
}

/// One touch of a deal's journey and the revenue each model gives it (in `MODELS` order).
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyStep {
    pub campaign: String,
    pub date: NaiveDate,
    pub credit: [f64; 6],
}

/// How each model splits one deal: its touches in date order with their credit.
pub fn journey(deal: &Deal, half_life: f64) -> Vec<JourneyStep> {
    let mut order = Vec::new();
    in_date_order(deal, &mut order);
    let days: Vec<f64> = order
        .iter()
        .map(|&i| days_between(deal.touches[i].date, deal.close_date))
        .collect();
    let mut steps: Vec<JourneyStep> = order
        .iter()
        .map(|&i| JourneyStep {
            campaign: deal.touches[i].campaign.clone(),
            date: deal.touches[i].date,
            credit: [0.0; 6],
        })
        .collect();
    let mut shares = Vec::new();
    for (at, model) in MODELS.into_iter().enumerate() {
        shares_into(model, &days, half_life, &mut shares);
        for (step, share) in steps.iter_mut().zip(&shares) {
            step.credit[at] = share * deal.amount;
        }
    }
    steps
}

/// A digest of everything `attribute` reads (deals, campaign ids, half-life): cheaper to
/// compute than the attribution, so a caller can skip it when the digest has not changed.
pub fn attribution_inputs(round: &IntegrationRound) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    round.half_life_days.to_bits().hash(&mut hasher);
    for campaign in &round.campaigns {
        campaign.id.hash(&mut hasher);
    }
    for deal in round.deals.iter() {
        deal.amount.to_bits().hash(&mut hasher);
        deal.close_date.hash(&mut hasher);
        for touch in &deal.touches {
            touch.campaign.hash(&mut hasher);
            touch.date.hash(&mut hasher);
        }
    }
    hasher.finish()
}
