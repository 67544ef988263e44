//! Native figures for the domain's heaviest work, printed, never asserted:
//! `cargo run --release -p six-rounds-plan --example bench`.

use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::{NaiveDate, TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::integration::{attribute, deals_from_csv};
use six_rounds_plan::link::{encode_json, encode_z};
use six_rounds_plan::model::{Coded, IntegrationRound, Lang};
use six_rounds_plan::to_json_pretty;

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

/// The example plan's share link in each form, with the file's JSON packed the same way
/// for comparison (characters after `#`).
fn links() {
    for lang in [Lang::En, Lang::Ru] {
        let plan = example_plan(lang, Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap());
        let z = encode_z(&plan).len() + 1;
        let json = encode_json(&plan).len() + 1;
        let pretty = to_json_pretty(&plan);
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(pretty.as_bytes(), 10);
        let file_packed = URL_SAFE_NO_PAD.encode(packed).len() + 3;
        println!(
            "{:<60} #z= {z} chars, #json= {json} chars ({:.1}x), the file packed alike {file_packed} chars ({:.2}x)",
            format!("Share link of the example plan ({})", lang.code()),
            json as f64 / z as f64,
            z as f64 / file_packed as f64,
        );
    }
}

fn main() {
    links();
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
