//! Every user-visible string, in English and Russian; the language is a signal the user switches.

mod errors;
mod findings;
mod integration_findings;
mod labels;
mod merge;
mod review;
mod text;

pub use errors::{
    describe_attribution_csv_error, describe_csv_error, describe_formula_problem,
    describe_funnel_problem, describe_import_error, describe_leads_csv_error, describe_link_error,
    describe_problem, describe_repair,
};
pub use findings::describe_finding;
pub use integration_findings::describe_integration_finding;
pub use labels::{
    direction_label, formula_label, frequency_label, funnel_step_label, group_label,
    lifecycle_label, model_label, operator_label, period_label, progress_label, round_name,
    round_question, side_label, stage_label, status_label, system_kind_label, weekday_label,
};
pub use merge::{change_words, conflict_place, value_words};
pub use review::describe_issue;
pub use text::Text;

use six_rounds_plan::goals::Status;
use six_rounds_plan::model::Lang;

/// The text of `key` in `lang`.
pub fn tr(lang: Lang, key: Text) -> &'static str {
    match lang {
        Lang::En => key.en(),
        Lang::Ru => key.ru(),
    }
}

/// `template` with each `{}` replaced by the next argument.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// A whole number with grouping, e.g. 1 200 000 / 1,200,000.
pub fn number(lang: Lang, value: f64) -> String {
    decimal(lang, value, 0)
}

/// A number with grouping and up to `places` decimals, trailing zeros dropped: 10.7, 10,69.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let text = format!("{:.places$}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let (separator, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Ru => ('\u{a0}', ','),
    };
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A share as a whole percentage, "89%", or "—" when there is none.
pub fn percent(share: Option<f64>) -> String {
    share.map_or("—".to_string(), |s| format!("{:.0}%", s * 100.0))
}

/// A campaign's return on its cost, "ROI 2,900%", or "ROI —" when it cost nothing.
pub fn roi_text(lang: Lang, roi: Option<f64>) -> String {
    let value = roi.map_or("—".to_string(), |r| {
        format!("{}%", number(lang, (r * 100.0).round()))
    });
    fill(tr(lang, Text::RoiShort), &[&value])
}

/// A goal's share of target and its status: "89% · at risk", or the status alone.
pub fn attainment(lang: Lang, attained: Option<f64>, status: Status) -> String {
    match attained {
        Some(_) => format!("{} · {}", percent(attained), status_label(lang, status)),
        None => status_label(lang, status).to_string(),
    }
}

/// A month as people name it: "January 2027" / "январь 2027".
pub fn month_name(lang: Lang, month: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const RU: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    let names = match lang {
        Lang::En => EN,
        Lang::Ru => RU,
    };
    format!("{} {}", names[month.month0() as usize], month.year())
}

/// A date with its weekday: "Tuesday, 5 Jan 2027" / "вторник, 05.01.2027".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{}, {}",
        weekday_label(lang, date.weekday()),
        short_date(lang, date)
    )
}

/// A date as people write it: 18 Oct 2026 / 18.10.2026.
pub fn short_date(lang: Lang, date: chrono::NaiveDate) -> String {
    match lang {
        Lang::En => date.format("%-d %b %Y").to_string(),
        Lang::Ru => date.format("%d.%m.%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_trimmed_in_each_language() {
        assert_eq!(decimal(Lang::En, 1_200_000.0, 2), "1,200,000");
        assert_eq!(decimal(Lang::Ru, 1_200_000.0, 2), "1\u{a0}200\u{a0}000");
        assert_eq!(decimal(Lang::En, 10.693, 1), "10.7");
        assert_eq!(decimal(Lang::Ru, 10.693, 2), "10,69");
        assert_eq!(decimal(Lang::En, -0.001, 1), "0");
        assert_eq!(number(Lang::En, -1234.4), "−1,234");
    }
}
