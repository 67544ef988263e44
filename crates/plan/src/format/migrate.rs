//! The migration chain: each step lifts a document one schema up, as plain JSON.

use serde_json::Value;

/// A step that turns a document of schema N into schema N + 1 (and sets `schema`).
pub type Migration = fn(Value) -> Value;

/// `MIGRATIONS[i]` lifts schema `i + 1` to `i + 2`.
pub const MIGRATIONS: &[Migration] = &[schema_1_to_2];

/// Schema 2 gives every plan a stable id. A schema-1 plan gets one from what never changes
/// in it (its creation time), so two copies of the same old
/// plan get the same id and can be merged (two-way: schema 1 kept no shared version).
fn schema_1_to_2(mut value: Value) -> Value {
    if let Some(plan) = value.as_object_mut() {
        let created = plan.get("created").and_then(Value::as_str).unwrap_or("");
        let id = format!("v1-{}", &super::digest_of(created.as_bytes())[..12]);
        plan.insert("id".into(), Value::String(id));
        plan.insert("schema".into(), Value::from(2));
    }
    value
}

/// Applies every step from `schema` up to the end of `chain`.
pub fn migrate(mut value: Value, schema: u32, chain: &[Migration]) -> Value {
    let first = schema.saturating_sub(1) as usize;
    for step in chain.iter().skip(first) {
        value = step(value);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_title(mut value: Value) -> Value {
        let title = value["name"].take();
        value["title"] = title;
        value["schema"] = json!(2);
        value
    }

    fn add_language(mut value: Value) -> Value {
        value["language"] = json!("en");
        value["schema"] = json!(3);
        value
    }

    #[test]
    fn runs_each_step_from_the_documents_schema() {
        let chain: &[Migration] = &[rename_title, add_language];
        let migrated = migrate(json!({"schema": 1, "name": "Q3"}), 1, chain);
        assert_eq!(migrated["title"], "Q3");
        assert_eq!(migrated["language"], "en");
        assert_eq!(migrated["schema"], 3);
    }

    #[test]
    fn skips_steps_the_document_is_already_past() {
        let chain: &[Migration] = &[rename_title, add_language];
        let migrated = migrate(json!({"schema": 2, "name": "kept"}), 2, chain);
        assert_eq!(migrated["name"], "kept");
        assert_eq!(migrated["schema"], 3);
    }

    #[test]
    fn current_schema_matches_the_chain() {
        assert_eq!(super::super::CURRENT_SCHEMA as usize, MIGRATIONS.len() + 1);
    }
}
