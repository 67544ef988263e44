//! Campaign attribution: how each model splits a deal's revenue across its touch points,
//! and every campaign's revenue and ROI under all six models at once, over the deals read
//! once ([`journeys`]) so that a new half-life only re-runs the models.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{AttributionModel, Campaign, Coded, Deal, IntegrationRound};

/// The six models, in the order their figures are kept: the model's own list.
pub const MODELS: &[AttributionModel] = <AttributionModel as Coded>::ALL;
const _: () = assert!(
    MODELS.len() == 6,
    "a model's figures are kept in a [f64; 6]"
);

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

/// The deals read for attribution, once: each deal's touches of known campaigns in date
/// order, as campaign indexes and days before the close. Built when the deals or the
/// campaigns change; every model (and every half-life) then runs over it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Journeys {
    /// Per deal with a known touch: its amount and its touches' range in the lists below.
    deals: Vec<(f64, std::ops::Range<usize>)>,
    campaign_of: Vec<usize>,
    days: Vec<f64>,
    deals_per_campaign: Vec<usize>,
    unattributed: f64,
    total: f64,
}

/// Reads the deals against the campaign ids (in the round's campaign order); touches of
/// an unknown campaign are left out, and deals with none left credit no campaign.
pub fn journeys<'a>(deals: &[Deal], campaign_ids: impl IntoIterator<Item = &'a str>) -> Journeys {
    let index: HashMap<&str, usize> = campaign_ids
        .into_iter()
        .enumerate()
        .map(|(i, id)| (id, i))
        .collect();
    let mut read = Journeys {
        deals_per_campaign: vec![0; index.len()],
        ..Journeys::default()
    };
    // Buffers reused for every deal.
    let (mut order, mut touched) = (Vec::new(), Vec::new());
    for deal in deals {
        read.total += deal.amount;
        in_date_order(deal, &mut order);
        let start = read.days.len();
        for &i in &order {
            let touch = &deal.touches[i];
            if let Some(&campaign) = index.get(touch.campaign.as_str()) {
                read.campaign_of.push(campaign);
                read.days.push(days_between(touch.date, deal.close_date));
            }
        }
        let end = read.days.len();
        if start == end {
            read.unattributed += deal.amount;
            continue;
        }
        touched.clear();
        touched.extend_from_slice(&read.campaign_of[start..end]);
        touched.sort_unstable();
        touched.dedup();
        for &campaign in &touched {
            read.deals_per_campaign[campaign] += 1;
        }
        read.deals.push((deal.amount, start..end));
    }
    read
}

/// Splits every deal's amount over its campaigns under all six models.
pub fn credit(journeys: &Journeys, half_life: f64) -> Attribution {
    let mut campaigns: Vec<CampaignCredit> = journeys
        .deals_per_campaign
        .iter()
        .map(|&deals| CampaignCredit {
            revenue: [0.0; 6],
            deals,
        })
        .collect();
    let mut shares = Vec::new();
    for (amount, touches) in &journeys.deals {
        let days = &journeys.days[touches.clone()];
        let touched = &journeys.campaign_of[touches.clone()];
        for (at, model) in MODELS.iter().copied().enumerate() {
            shares_into(model, days, half_life, &mut shares);
            for (&campaign, share) in touched.iter().zip(&shares) {
                campaigns[campaign].revenue[at] += share * amount;
            }
        }
    }
    Attribution {
        campaigns,
        unattributed: journeys.unattributed,
        total: journeys.total,
    }
}

/// Splits every deal's amount over its campaigns under all six models in one go.
pub fn attribute(round: &IntegrationRound) -> Attribution {
    let ids = round.campaigns.iter().map(|c| c.id.as_str());
    credit(&journeys(&round.deals, ids), round.half_life_days)
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
    for (at, model) in MODELS.iter().copied().enumerate() {
        shares_into(model, &days, half_life, &mut shares);
        for (step, share) in steps.iter_mut().zip(&shares) {
            step.credit[at] = share * deal.amount;
        }
    }
    steps
}
