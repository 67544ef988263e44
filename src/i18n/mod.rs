//! Every user-visible string, in English and Russian; the language is a signal the user switches.

mod errors;
mod findings;
mod labels;
mod text;

pub use errors::{
    describe_csv_error, describe_import_error, describe_leads_csv_error, describe_link_error,
};
pub use findings::describe_finding;
pub use labels::{
    frequency_label, group_label, lifecycle_label, model_label, operator_label, progress_label,
    round_name, round_question, side_label, stage_label,
};
pub use text::Text;

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

/// A whole number with thin grouping, e.g. 1 200 000 / 1,200,000.
pub fn number(lang: Lang, value: f64) -> String {
    let rounded = value.round();
    let digits = format!("{:.0}", rounded.abs());
    let separator = match lang {
        Lang::En => ',',
        Lang::Ru => '\u{a0}',
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    if rounded < 0.0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}
