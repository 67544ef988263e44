//! The agreement in plain words, built from the numbers in both languages, and whether each
//! leader's signature still covers the numbers as they are.

use crate::model::{Lang, Plan, SignOff};

/// The numbers a signature covers, in one canonical line: a signature whose line differs
/// from today's was given for other numbers.
pub fn terms(plan: &Plan) -> String {
    let c = &plan.sla.commitments;
    let count = |v: Option<u32>| v.map_or("-".to_string(), |v| v.to_string());
    let h = &plan.lead.handoff;
    format!(
        "mqls={};response={}min;attempts={}/{}d;accept={}h;deals={};recycle={}d;mql>={};version={}",
        count(c.mqls_per_month),
        c.first_response_minutes,
        c.attempts,
        c.attempt_days,
        h.accept_within_hours,
        count(c.deals_per_month),
        h.recycle_after_days,
        plan.lead
            .mql_threshold
            .map_or("-".to_string(), |t| t.to_string()),
        plan.sla.agreement.version,
    )
}

/// Where a leader's signature stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOffState {
    Unsigned,
    Signed,
    /// Signed, but a number changed since: it needs signing again.
    Stale,
}

pub fn sign_off_state(sign_off: Option<&SignOff>, current_terms: &str) -> SignOffState {
    match sign_off {
        None => SignOffState::Unsigned,
        Some(s) if s.terms == current_terms => SignOffState::Signed,
        Some(_) => SignOffState::Stale,
    }
}

/// A unit of time, as a count of it reads after "within" (in Russian after «в течение», so in
/// the genitive: «1 часа», «24 часов»).
#[derive(Clone, Copy)]
enum Unit {
    Minute,
    Hour,
    Day,
}

fn within_unit(lang: Lang, value: u32, unit: Unit) -> String {
    let (en, ru) = match unit {
        Unit::Minute => ("minute", ["минуты", "минут", "минут"]),
        Unit::Hour => ("hour", ["часа", "часов", "часов"]),
        Unit::Day => ("day", ["дня", "дней", "дней"]),
    };
    match lang {
        Lang::En => format!("{value} {en}{}", if value == 1 { "" } else { "s" }),
        Lang::Ru => format!("{value} {}", russian_plural(value, ru)),
    }
}

/// Minutes in the largest whole unit: "30 minutes", "2 hours", "1 day".
fn within(lang: Lang, minutes: u32) -> String {
    match minutes {
        0 => within_unit(lang, 0, Unit::Minute),
        m if m % (24 * 60) == 0 => within_unit(lang, m / (24 * 60), Unit::Day),
        m if m % 60 == 0 => within_unit(lang, m / 60, Unit::Hour),
        m => within_unit(lang, m, Unit::Minute),
    }
}

/// The Russian form for a count: 1 день, 2 дня, 5 дней, 21 день.
fn russian_plural(n: u32, forms: [&str; 3]) -> &str {
    match (n % 10, n % 100) {
        (1, m) if m != 11 => forms[0],
        (2..=4, m) if !(12..=14).contains(&m) => forms[1],
        _ => forms[2],
    }
}

/// The agreement as paragraphs: what marketing commits to, what sales commits to, what
/// happens to rejected leads, and how it is reviewed. Numbers not set yet read "—".
pub fn agreement_text(plan: &Plan, lang: Lang) -> Vec<String> {
    let c = &plan.sla.commitments;
    let h = &plan.lead.handoff;
    let a = &plan.sla.agreement;
    let count = |v: Option<u32>| v.map_or("—".to_string(), |v| v.to_string());
    let date = |d: Option<chrono::NaiveDate>| d.map_or("—".to_string(), |d| d.to_string());
    let threshold = plan
        .lead
        .mql_threshold
        .map_or("—".to_string(), |t| t.to_string());
    let days = |n: u32| match lang {
        Lang::En => format!("{n} day{}", if n == 1 { "" } else { "s" }),
        Lang::Ru => format!("{n} {}", russian_plural(n, ["день", "дня", "дней"])),
    };
    let hours = |n: u32| within_unit(lang, n, Unit::Hour);
    let ru_count = |n: u32, forms| format!("{n} {}", russian_plural(n, forms));
    match lang {
        Lang::En => vec![
            format!(
                "Marketing delivers {} marketing-qualified leads (MQLs) a month: leads scoring {} or more by the model agreed in round 2.",
                count(c.mqls_per_month), threshold
            ),
            format!(
                "Sales responds to every MQL within {}, makes {} attempts over {}, accepts or rejects it within {} with a reason code, and closes {} deals a month.",
                within(lang, c.first_response_minutes), c.attempts, days(c.attempt_days), hours(h.accept_within_hours), count(c.deals_per_month)
            ),
            format!(
                "A rejected or stalled lead goes back to marketing's nurture and can return after {}.",
                days(h.recycle_after_days)
            ),
            format!(
                "Both sides review the numbers together every month. Version {}, in effect from {}, to be reviewed by {}.",
                if a.version.is_empty() { "—" } else { &a.version }, date(a.effective), date(a.review)
            ),
        ],
        Lang::Ru => vec![
            format!(
                "Маркетинг передаёт продажам {} MQL (маркетингово квалифицированных лидов) в месяц: лидов с баллом {} и выше по модели, согласованной в раунде 2.",
                count(c.mqls_per_month), threshold
            ),
            format!(
                "Продажи отвечают на каждый MQL в течение {}, делают {} связаться за {}, принимают или отклоняют лид с кодом причины в течение {} и закрывают в месяц сделок: {}.",
                within(lang, c.first_response_minutes), ru_count(c.attempts, ["попытку", "попытки", "попыток"]), days(c.attempt_days), hours(h.accept_within_hours), count(c.deals_per_month)
            ),
            format!(
                "Отклонённый или зависший лид возвращается в маркетинговое прогревание и может вернуться через {}.",
                days(h.recycle_after_days)
            ),
            format!(
                "Стороны ежемесячно вместе сверяют цифры. Версия {}, действует с {}, пересмотр не позже {}.",
                if a.version.is_empty() { "—" } else { &a.version }, date(a.effective), date(a.review)
            ),
        ],
    }
}
