//! A round's criteria prepared once for scoring many leads: wanted values lowercased,
//! ranges and day counts parsed, group maxima summed.

use chrono::NaiveDate;

use crate::model::{Criterion, CriterionGroup, LeadRound, Operator};
use crate::spreadsheet::decimal;

/// One attribute value of a lead: lowercased, and as a number and a date if it reads as one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value<'a> {
    lower: &'a str,
    number: Option<f64>,
    date: Option<NaiveDate>,
}

/// Many values of one attribute, each read once, in one buffer (few allocations for many leads).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    lower: String,
    ends: Vec<usize>,
    numbers: Vec<Option<f64>>,
    dates: Vec<Option<NaiveDate>>,
}

impl Column {
    /// Adds a value; a blank one is kept as missing, which no criterion matches.
    pub fn push(&mut self, text: &str) {
        let text = text.trim();
        if text.is_ascii() {
            self.lower
                .extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            self.lower.push_str(&text.to_lowercase());
        }
        self.ends.push(self.lower.len());
        let numeric = text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b','));
        self.numbers.push(numeric.then(|| decimal(text)).flatten());
        let dated = text.len() == 10 && text.as_bytes()[4] == b'-';
        self.dates.push(dated.then(|| text.parse().ok()).flatten());
    }

    /// The value at `index`, or `None` when it was blank.
    pub fn get(&self, index: usize) -> Option<Value<'_>> {
        let start = index.checked_sub(1).map_or(0, |before| self.ends[before]);
        let lower = &self.lower[start..self.ends[index]];
        (!lower.is_empty()).then_some(Value {
            lower,
            number: self.numbers[index],
            date: self.dates[index],
        })
    }
}

/// The test a criterion puts to a value.
#[derive(Debug)]
enum Test {
    Equals(String),
    OneOf(Vec<String>),
    Contains(String),
    Range(f64, f64),
    WithinDays(i64),
    /// A value the operator cannot read (e.g. a range "lots"): matches nothing.
    Never,
}

impl Test {
    fn new(criterion: &Criterion) -> Test {
        let wanted = criterion.value.trim();
        let lower = |text: &str| text.trim().to_lowercase();
        match criterion.operator {
            Operator::Equals => Test::Equals(lower(wanted)),
            Operator::OneOf => Test::OneOf(wanted.split([',', ';']).map(lower).collect()),
            Operator::Contains => Test::Contains(lower(wanted)),
            Operator::Range => {
                parse_range(wanted).map_or(Test::Never, |(low, high)| Test::Range(low, high))
            }
            Operator::WithinDays => wanted.parse().map_or(Test::Never, Test::WithinDays),
        }
    }

    /// Whether the value passes, and how many days ago a dated behaviour was.
    fn check(&self, value: Value, as_of: NaiveDate) -> Option<Option<i64>> {
        let passed = match self {
            Test::Equals(wanted) => value.lower == wanted,
            Test::OneOf(options) => options.iter().any(|option| option == value.lower),
            Test::Contains(wanted) => value.lower.contains(wanted.as_str()),
            Test::Range(low, high) => value.number.is_some_and(|n| (*low..=*high).contains(&n)),
            Test::WithinDays(days) => {
                let age = (as_of - value.date?).num_days();
                return (0..=*days).contains(&age).then_some(Some(age));
            }
            Test::Never => false,
        };
        passed.then_some(None)
    }
}

/// "200-5000", "200..5000", ">=200", "<=50".
fn parse_range(text: &str) -> Option<(f64, f64)> {
    let number = |t: &str| decimal(t.trim());
    if let Some(low) = text.strip_prefix(">=") {
        return Some((number(low)?, f64::INFINITY));
    }
    if let Some(high) = text.strip_prefix("<=") {
        return Some((f64::NEG_INFINITY, number(high)?));
    }
    let (low, high) = text.split_once("..").or_else(|| text.split_once('-'))?;
    Some((number(low)?, number(high)?))
}

/// One prepared criterion.
#[derive(Debug)]
pub struct Rule {
    pub group: CriterionGroup,
    points: i32,
    decay_days: Option<u32>,
    test: Test,
}

impl Rule {
    /// The points the value earns (after decay), or `None` when it does not match.
    pub fn points(&self, value: Option<Value>, as_of: NaiveDate) -> Option<f64> {
        let age = self.test.check(value?, as_of)?;
        let points = f64::from(self.points);
        Some(match (age, self.decay_days) {
            (Some(age), Some(half_life)) if half_life > 0 => {
                points * 0.5f64.powf(age as f64 / f64::from(half_life))
            }
            _ => points,
        })
    }
}

/// A round's criteria and caps, ready to score.
#[derive(Debug)]
pub struct Rules {
    /// In the order of the round's criteria.
    pub rules: Vec<Rule>,
    fit_cap: Option<i32>,
    engagement_cap: Option<i32>,
    /// The most points each group can give: its cap, or the sum of its positive criteria.
    pub fit_max: f64,
    pub engagement_max: f64,
}

fn capped(sum: f64, cap: Option<i32>) -> f64 {
    cap.map_or(sum, |cap| sum.min(f64::from(cap)))
}

impl Rules {
    pub fn new(round: &LeadRound) -> Rules {
        let positive = |group: CriterionGroup| -> f64 {
            round
                .criteria
                .iter()
                .filter(|c| c.group == group && c.points > 0)
                .map(|c| f64::from(c.points))
                .sum()
        };
        Rules {
            rules: round
                .criteria
                .iter()
                .map(|criterion| Rule {
                    group: criterion.group,
                    points: criterion.points,
                    decay_days: criterion.decay_days,
                    test: Test::new(criterion),
                })
                .collect(),
            fit_cap: round.fit_cap,
            engagement_cap: round.engagement_cap,
            fit_max: capped(positive(CriterionGroup::Fit), round.fit_cap),
            engagement_max: capped(positive(CriterionGroup::Engagement), round.engagement_cap),
        }
    }

    /// Fit and engagement points after the caps, from each rule's points (`None`: no match).
    pub fn sum(&self, points: impl IntoIterator<Item = Option<f64>>) -> (f64, f64) {
        let (mut fit, mut engagement) = (0.0, 0.0);
        for (rule, points) in self.rules.iter().zip(points) {
            match rule.group {
                CriterionGroup::Fit => fit += points.unwrap_or(0.0),
                CriterionGroup::Engagement => engagement += points.unwrap_or(0.0),
            }
        }
        (
            capped(fit, self.fit_cap),
            capped(engagement, self.engagement_cap),
        )
    }
}

/// Finds a field by name: exactly, else ignoring case and spaces around.
pub fn find_field<'a, T>(
    mut entries: impl Iterator<Item = (&'a str, T)> + Clone,
    field: &str,
) -> Option<T> {
    entries
        .clone()
        .find(|(name, _)| *name == field)
        .or_else(|| {
            let field = field.trim().to_lowercase();
            entries.find(|(name, _)| name.trim().to_lowercase() == field)
        })
        .map(|(_, value)| value)
}
