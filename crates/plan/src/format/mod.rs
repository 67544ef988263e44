//! The versioned JSON plan document: writing it, reading any older schema, refusing newer ones.

mod code;
mod migrate;
mod v1;

use serde_json::Value;

use crate::model::Plan;
use crate::validate::{validate, Problem, ProblemKind};
pub use migrate::MIGRATIONS;

/// The `format` marker every plan document carries.
pub const FORMAT: &str = "six-rounds-plan";
/// The schema this build writes; every lower one is migrated up when read.
pub const CURRENT_SCHEMA: u32 = 1;

/// Why a document could not be read as a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The bytes are not a plan document at all.
    NotAPlan(NotAPlan),
    /// The document was written by a newer Six Rounds; nothing of it is loaded.
    NewerSchema { found: u64, supported: u32 },
    /// The document is a plan but breaks the rules; every problem is listed.
    Invalid(Vec<Problem>),
}

/// The reason a text is not a plan document.
#[derive(Debug, Clone, PartialEq)]
pub enum NotAPlan {
    /// Not JSON; the parser's message, with line and column.
    NotJson(String),
    /// JSON, but not an object with `"format": "six-rounds-plan"`.
    WrongFormat,
    /// The `schema` field is missing or not a whole number of at least 1.
    NoSchema,
}

/// The plan as a readable, indented JSON document (files).
pub fn to_json_pretty(plan: &Plan) -> String {
    serde_json::to_string_pretty(&v1::PlanDoc::from_plan(plan))
        .expect("a plan document always serializes")
}

/// The plan as compact JSON (links, storage).
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&v1::PlanDoc::from_plan(plan)).expect("a plan document always serializes")
}

/// The plan as the browser stores it: the compact document without `integration.deals`,
/// which are stored apart ([`deals_to_json`]) so that an edit elsewhere does not rewrite them.
pub fn to_json_compact_without_deals(plan: &Plan) -> String {
    serde_json::to_string(&v1::PlanDoc::without_deals(plan))
        .expect("a plan document always serializes")
}

/// The deals alone: the compact JSON array a document holds at `integration.deals`.
pub fn deals_to_json(plan: &Plan) -> String {
    serde_json::to_string(&v1::deal_docs(&plan.integration.deals)).expect("deals always serialize")
}

/// Reads a plan document of any supported schema, migrates it and validates it.
pub fn from_json(bytes: &[u8]) -> Result<Plan, LoadError> {
    from_stored_json(bytes, None)
}

/// Reads a stored plan: the document, with `integration.deals` put back from `deals` when
/// they were stored apart; then as [`from_json`]. Deals the document holds itself win: only
/// a writer that stores the whole document in one piece leaves them there.
pub fn from_stored_json(document: &[u8], deals: Option<&[u8]>) -> Result<Plan, LoadError> {
    let mut value = parse(document)?;
    if let Some(deals) = deals {
        let deals = parse(deals)?;
        if let Some(plan) = value.as_object_mut() {
            let integration = plan
                .entry("integration")
                .or_insert_with(|| Value::Object(Default::default()));
            if let Some(integration) = integration.as_object_mut() {
                integration.entry("deals").or_insert(deals);
            }
        }
    }
    let schema = read_header(&value)?;
    let value = migrate::migrate(value, schema, MIGRATIONS);
    let doc: v1::PlanDoc = serde_path_to_error::deserialize(value).map_err(|error| {
        LoadError::Invalid(vec![Problem {
            path: error.path().to_string(),
            kind: ProblemKind::Shape(error.inner().to_string()),
        }])
    })?;
    let plan = doc.into_plan();
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

fn parse(bytes: &[u8]) -> Result<Value, LoadError> {
    serde_json::from_slice(bytes)
        .map_err(|error| LoadError::NotAPlan(NotAPlan::NotJson(error.to_string())))
}

/// Checks the format marker and returns the schema, refusing newer ones.
fn read_header(value: &Value) -> Result<u32, LoadError> {
    let object = value
        .as_object()
        .ok_or(LoadError::NotAPlan(NotAPlan::WrongFormat))?;
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotAPlan(NotAPlan::WrongFormat));
    }
    let schema = object
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|schema| *schema >= 1)
        .ok_or(LoadError::NotAPlan(NotAPlan::NoSchema))?;
    if schema > u64::from(CURRENT_SCHEMA) {
        return Err(LoadError::NewerSchema {
            found: schema,
            supported: CURRENT_SCHEMA,
        });
    }
    Ok(schema as u32)
}
