use six_rounds_plan::model::*;
fn main() {
    let lang = std::env::args().nth(1).unwrap_or("en".into());
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let plan =
        six_rounds_plan::example::example_plan(if lang == "ru" { Lang::Ru } else { Lang::En }, now);
    println!("{}", six_rounds_plan::format::to_json_compact(&plan));
}
