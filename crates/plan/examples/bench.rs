//! Native figures for the domain's heaviest work, printed, never asserted:
//! `cargo run --release -p six-rounds-plan --example bench`.

use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::{NaiveDate, TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::integration::{attribute, deals_from_csv};
use six_rounds_plan::link::{encode_json, encode_z};
use six_rounds_plan::merge::merge;
use six_rounds_plan::model::{Coded, IntegrationRound, Lang};
use six_rounds_plan::{to_json_compact, to_json_pretty, validate, Plan};

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
        link_by_round(&plan);
        let text = free_text(&serde_json::from_str(&pretty).unwrap());
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 10);
        println!(
            "{:<60} {} chars: {} bytes of text, packed alike",
            format!(
                "Link floor: the example's sentences alone ({})",
                lang.code()
            ),
            URL_SAFE_NO_PAD.encode(packed).len() + 3,
            text.len(),
        );
        let compact: serde_json::Value = serde_json::from_str(&to_json_compact(&plan)).unwrap();
        let values = serde_json::to_string(&values_only(compact)).unwrap();
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(values.as_bytes(), 10);
        println!(
            "{:<60} {} chars: every value of the link, no field names, packed alike",
            format!("Link floor: no field names at all ({})", lang.code()),
            URL_SAFE_NO_PAD.encode(packed).len() + 3,
        );
    }
}

/// The document with every object turned into the array of its values: what a link would
/// hold if field names cost nothing (positional encoding), numbers as short as they go.
fn values_only(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(fields) => {
            Value::Array(fields.into_iter().map(|(_, v)| values_only(v)).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(values_only).collect()),
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => Value::from(x as i64),
            _ => Value::Number(n),
        },
        other => other,
    }
}

/// Copies one round from the full plan into the empty one.
type CopyRound = fn(&mut Plan, &Plan);

/// What each round adds to the link: the example's link length with only that round filled.
fn link_by_round(plan: &Plan) {
    let mut empty = plan.clone();
    empty.roles = Default::default();
    empty.lead = Default::default();
    empty.goals = Default::default();
    empty.integration = Default::default();
    empty.sla = Default::default();
    empty.cadence = Default::default();
    empty.workshop = Default::default();
    let base = encode_z(&empty).len() as i64;
    let mut parts = vec![format!("header {base}")];
    let rounds: [(&str, CopyRound); 7] = [
        ("1 roles", |p, f| p.roles = f.roles.clone()),
        ("2 lead", |p, f| p.lead = f.lead.clone()),
        ("3 goals", |p, f| p.goals = f.goals.clone()),
        ("4 integration", |p, f| {
            p.integration = f.integration.clone()
        }),
        ("5 SLA", |p, f| p.sla = f.sla.clone()),
        ("6 cadence", |p, f| p.cadence = f.cadence.clone()),
        ("workshop notes", |p, f| p.workshop = f.workshop.clone()),
    ];
    for (name, fill) in rounds {
        let mut one = empty.clone();
        fill(&mut one, plan);
        parts.push(format!("{name} +{}", encode_z(&one).len() as i64 - base));
    }
    println!(
        "{:<60} {}",
        format!("Link chars by round, each alone ({})", plan.language.code()),
        parts.join(", ")
    );
}

/// The plan's sentences and names (every string with a space), one per line: what no
/// encoding of the plan can leave out.
fn free_text(value: &serde_json::Value) -> String {
    fn walk(value: &serde_json::Value, out: &mut String) {
        match value {
            // Words people typed: not ids, codes or dates, which have no spaces.
            serde_json::Value::String(text) if text.contains(' ') => {
                out.push_str(text);
                out.push('\n');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            serde_json::Value::Object(fields) => fields.values().for_each(|item| walk(item, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(value, &mut out);
    out
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
    merges(round);
}

/// Merging two copies of the example plan with the deals above: each side edits a little
/// (the usual case: one side's deals changed), then both sides' deals (deal by deal).
fn merges(round: IntegrationRound) {
    let mut base = example_plan(Lang::En, Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap());
    base.integration.campaigns = round.campaigns.clone();
    base.integration.deals = round.deals.clone();
    assert!(validate(&base).is_empty(), "the stress plan is valid");
    report(
        &format!("Validate the plan with {DEALS} deals"),
        time(21, || validate(&base)),
    );
    let mut ours = base.clone();
    ours.title = "Ours".into();
    ours.goals.nodes[2].target = Some(100.0);
    let mut theirs = base.clone();
    theirs.goals.nodes[2].target = Some(200.0);
    theirs.cadence.meeting.duration_minutes = 75;
    let first = theirs.integration.deals[0].id.clone();
    theirs.integration.deal_mut(&first).unwrap().amount += 1.0;
    report(
        &format!("Merge + validation, {DEALS} deals, one side's deals changed"),
        time(11, || merge(Some(&base), &ours, &theirs, &[]).unwrap()),
    );
    let last = ours.integration.deals[DEALS - 1].id.clone();
    ours.integration.deal_mut(&last).unwrap().amount += 1.0;
    report(
        &format!("Merge + validation, {DEALS} deals, both sides' deals changed"),
        time(5, || merge(Some(&base), &ours, &theirs, &[]).unwrap()),
    );
}
