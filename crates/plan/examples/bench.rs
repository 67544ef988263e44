//! Native figures for the domain's heaviest work, printed, never asserted:
//! `cargo run --release -p six-rounds-plan --example bench`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use six_rounds_plan::integration::{attribute, deals_from_csv};
use six_rounds_plan::model::IntegrationRound;

const DEALS: usize = 10_000;
const TOUCHES: usize = 8;
const CAMPAIGNS: usize = 40;

/// Median and slowest of `runs` timings of `work`.
fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> (Duration, Duration) {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(work());
            start.elapsed()
        })
        .collect();
    samples.sort();
    (samples[runs / 2], samples[runs - 1])
}

fn report(label: &str, (median, slowest): (Duration, Duration)) {
    println!(
        "{label:<60} median {:.1} ms, slowest {:.1} ms",
        median.as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3
    );
}

/// A CSV of deals, one row per touch point.
fn deals_csv() -> String {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut text = String::from("deal,amount,close_date,campaign,touch_date\n");
    for deal in 0..DEALS {
        let close = start + chrono::Duration::days(120 + (deal % 60) as i64);
        for touch in 0..TOUCHES {
            let date = start + chrono::Duration::days(((deal * 7 + touch * 13) % 120) as i64);
            let campaign = (deal + touch * 3) % CAMPAIGNS;
            let amount = 5_000 + deal % 40 * 1_000;
            text.push_str(&format!(
                "Deal {deal},{amount},{close},Campaign {campaign},{date}\n"
            ));
        }
    }
    text
}

fn main() {
    let text = deals_csv();
    report(
        &format!("Attribution CSV: read {DEALS} deals x {TOUCHES} touches"),
        time(9, || deals_from_csv(&text).unwrap()),
    );
    let mut round = IntegrationRound::default();
    round.replace_deals(deals_from_csv(&text).unwrap());
    report(
        &format!("Attribution: {DEALS} deals x {TOUCHES} touches x 6 models"),
        time(21, || attribute(&round)),
    );
}
