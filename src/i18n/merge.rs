//! A merge in words: where a conflict or a change is (round, item, field), and each side's
//! value as the room reads it (names for ids, numbers grouped, yes or no), never JSON.

use serde_json::Value;
use six_rounds_plan::merge::{Change, ChangeKind, Conflict};
use six_rounds_plan::model::Lang;
use six_rounds_plan::model::Round;
use six_rounds_plan::Plan;

use super::{decimal, round_name, tr, Text};

/// The name of the record with this id anywhere in the plan (a role, goal, system, …).
fn name_of_id(plan: &Plan, id: &str) -> Option<String> {
    fn found<'a>(mut pairs: impl Iterator<Item = (&'a str, &'a str)>, id: &str) -> Option<String> {
        pairs
            .find(|(key, _)| *key == id)
            .map(|(_, name)| name.to_string())
    }
    found(
        plan.roles
            .roles
            .iter()
            .map(|r| (r.id.as_str(), r.name.as_str())),
        id,
    )
    .or_else(|| {
        found(
            plan.roles
                .activities
                .iter()
                .map(|a| (a.id.as_str(), a.name.as_str())),
            id,
        )
    })
    .or_else(|| {
        found(
            plan.goals
                .nodes
                .iter()
                .map(|g| (g.id.as_str(), g.name.as_str())),
            id,
        )
    })
    .or_else(|| {
        found(
            plan.integration
                .systems
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str())),
            id,
        )
    })
    .or_else(|| {
        found(
            plan.integration
                .campaigns
                .iter()
                .map(|c| (c.id.as_str(), c.name.as_str())),
            id,
        )
    })
}

/// Words for a field's name in the document; ids (a RACI cell's role) are named from `plan`.
pub fn field_words(lang: Lang, field: &str, plan: &Plan) -> String {
    field_label(lang, field)
        .unwrap_or_else(|| name_of_id(plan, field).unwrap_or_else(|| field.replace('_', " ")))
}

/// Words for the fields the room meets most; `None` for the rest.
fn field_label(lang: Lang, field: &str) -> Option<String> {
    let en_ru: Option<(&str, &str)> = match field {
        "title" => Some(("title", "название")),
        "name" => Some(("name", "название")),
        "target" => Some(("target", "цель")),
        "actual" => Some(("actual", "факт")),
        "owner" => Some(("owner", "ответственный")),
        "side" => Some(("side", "сторона")),
        "text" => Some(("text", "текст")),
        "done" => Some(("done", "выполнено")),
        "due" => Some(("due date", "срок")),
        "points" => Some(("points", "баллы")),
        "cost" => Some(("cost", "затраты")),
        "amount" => Some(("amount", "сумма")),
        "entry" => Some(("entry criteria", "критерии входа")),
        "version" => Some(("version", "версия")),
        "duration_minutes" => Some(("meeting length", "длительность встречи")),
        "half_life_days" => Some(("half-life", "период полураспада")),
        "mql_threshold" => Some(("MQL threshold", "порог MQL")),
        "sql_threshold" => Some(("SQL threshold", "порог SQL")),
        "win_rate" => Some(("win rate", "доля выигранных")),
        "revenue_goal" => Some(("revenue goal", "цель по выручке")),
        "attempts" => Some(("attempts", "попытки")),
        "timebox_minutes" => Some(("timebox", "время на раунд")),
        _ => None,
    };
    en_ru.map(|(en, ru)| match lang {
        Lang::En => en.to_string(),
        Lang::Ru => ru.to_string(),
    })
}

/// "Goals · “MQLs” · target" for a place the app repaired (no plan to name ids from).
pub fn repair_place(lang: Lang, round: Option<Round>, item: Option<&str>, field: &str) -> String {
    let field = field_label(lang, field).unwrap_or_else(|| field.replace('_', " "));
    place(lang, round, item, field)
}

/// One side's value in words; ids are shown by the name they have in that side's plan.
pub fn value_words(lang: Lang, value: Option<&Value>, plan: &Plan, two_way: bool) -> String {
    let Some(value) = value else {
        return tr(
            lang,
            if two_way {
                Text::ValueNotThere
            } else {
                Text::ValueRemoved
            },
        )
        .into();
    };
    match value {
        Value::Null => tr(lang, Text::ValueEmpty).into(),
        Value::Bool(yes) => tr(lang, if *yes { Text::Yes } else { Text::No }).into(),
        Value::Number(number) => decimal(lang, number.as_f64().unwrap_or_default(), 2),
        Value::String(text) if text.is_empty() => tr(lang, Text::ValueEmpty).into(),
        Value::String(text) => name_of_id(plan, text).unwrap_or_else(|| text.clone()),
        Value::Array(items) if items.is_empty() => tr(lang, Text::ValueEmpty).into(),
        Value::Array(items) => items
            .iter()
            .map(|item| value_words(lang, Some(item), plan, two_way))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(object) => ["name", "text", "title", "from_field"]
            .iter()
            .find_map(|key| object.get(*key)?.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| {
                object
                    .iter()
                    .map(|(key, value)| {
                        format!(
                            "{}: {}",
                            key.replace('_', " "),
                            value_words(lang, Some(value), plan, two_way)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
    }
}

fn place(lang: Lang, round: Option<Round>, item: Option<&str>, field: String) -> String {
    let round = round.map_or_else(
        || tr(lang, Text::MergePlanWide).to_string(),
        |r| round_name(lang, r).to_string(),
    );
    match item {
        Some(item) if item != field => match lang {
            Lang::En => format!("{round} · “{item}” · {field}"),
            Lang::Ru => format!("{round} · «{item}» · {field}"),
        },
        _ => format!("{round} · {field}"),
    }
}

/// "Goals · “MQLs” · target" for a conflict.
pub fn conflict_place(lang: Lang, conflict: &Conflict, plan: &Plan) -> String {
    let field = field_words(lang, &conflict.field, plan);
    place(lang, conflict.round, conflict.item.as_deref(), field)
}

/// "Goals · “MQLs” · target — changed" for a change taken or made.
pub fn change_words(lang: Lang, change: &Change, plan: &Plan) -> String {
    let field = field_words(lang, &change.field, plan);
    let kind = tr(
        lang,
        match change.kind {
            ChangeKind::Added => Text::ChangeAdded,
            ChangeKind::Changed => Text::ChangeChanged,
            ChangeKind::Removed => Text::ChangeRemoved,
        },
    );
    format!(
        "{} — {kind}",
        place(lang, change.round, change.item.as_deref(), field)
    )
}
