//! The versioned JSON plan document: writing it, reading any older schema, refusing newer ones.

mod code;
mod doc;
mod migrate;
mod repair;

use serde_json::Value;

use crate::model::Plan;
use crate::model::Round;
use crate::validate::{validate, Problem, ProblemKind};
pub use migrate::MIGRATIONS;
pub use repair::{Fix, Repair};

/// The `format` marker every plan document carries.
pub const FORMAT: &str = "six-rounds-plan";
/// The schema this build writes; every lower one is migrated up when read.
pub const CURRENT_SCHEMA: u32 = 2;

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

/// The first 16 hex digits of the SHA-256 of `bytes`.
pub(crate) fn digest_of(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The digest of a plan's content: its compact document without `updated` and `origin`,
/// which say when and whence, not what. Equal plans have equal digests.
pub fn digest(plan: &Plan) -> String {
    let mut doc = doc::PlanDoc::from_plan(plan);
    doc.origin = None;
    doc.updated = doc.created;
    digest_of(
        serde_json::to_string(&doc)
            .expect("a plan document always serializes")
            .as_bytes(),
    )
}

/// The plan as a readable, indented JSON document (files).
pub fn to_json_pretty(plan: &Plan) -> String {
    serde_json::to_string_pretty(&doc::PlanDoc::from_plan(plan))
        .expect("a plan document always serializes")
}

/// The plan as compact JSON (links, storage).
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&doc::PlanDoc::from_plan(plan))
        .expect("a plan document always serializes")
}

/// The plan as the browser stores it: the compact document without `integration.deals`,
/// which are stored apart ([`deals_to_json`]) so that an edit elsewhere does not rewrite them.
pub fn to_json_compact_without_deals(plan: &Plan) -> String {
    serde_json::to_string(&doc::PlanDoc::without_deals(plan))
        .expect("a plan document always serializes")
}

/// The deals alone: the compact JSON array a document holds at `integration.deals`.
pub fn deals_to_json(plan: &Plan) -> String {
    serde_json::to_string(&doc::deal_docs(&plan.integration.deals)).expect("deals always serialize")
}

/// The document as a JSON value without `integration.deals`, for the merge.
pub(crate) fn to_value_without_deals(plan: &Plan) -> Value {
    serde_json::to_value(doc::PlanDoc::without_deals(plan))
        .expect("a plan document always serializes")
}

/// The deals alone as a JSON value, for the merge.
pub(crate) fn deals_to_value(plan: &Plan) -> Value {
    serde_json::to_value(doc::deal_docs(&plan.integration.deals)).expect("deals always serialize")
}

/// One deal as the document holds it, for merging a deal both sides changed.
pub(crate) fn deal_to_value(deal: &crate::model::Deal) -> Value {
    let docs = doc::deal_docs(std::slice::from_ref(deal));
    serde_json::to_value(&docs[0]).expect("a deal always serializes")
}

/// A merged deal's value read back; `None` if the merge made it unreadable.
pub(crate) fn deal_of_value(value: Value) -> Option<crate::model::Deal> {
    serde_json::from_value::<doc::DealDoc>(value)
        .ok()
        .map(Into::into)
}

/// A current-schema document as a plan, not yet validated (the merge validates the whole).
pub(crate) fn plan_of_value(value: &Value) -> Result<Plan, LoadError> {
    deserialize(value)
}

/// Reads a plan document of any supported schema, migrates it and validates it; a plan
/// that breaks a rule is refused (see [`open`] for the repairing reader every input path uses).
pub fn from_json(bytes: &[u8]) -> Result<Plan, LoadError> {
    from_stored_json(bytes, None)
}

/// Reads a stored plan: the document, with `integration.deals` put back from `deals` when
/// they were stored apart; then as [`from_json`]. Deals the document holds itself win: only
/// a writer that stores the whole document in one piece leaves them there.
pub fn from_stored_json(document: &[u8], deals: Option<&[u8]>) -> Result<Plan, LoadError> {
    let value = read_document(document, deals)?;
    let plan = deserialize(&value)?;
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// A plan as it was opened, with every repair made to values that broke a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub plan: Plan,
    /// Empty when the document was valid as it was.
    pub repairs: Vec<Repair>,
}

/// How many times a document is repaired and checked again before it is given up on.
const REPAIR_PASSES: usize = 3;

/// Reads a plan document as [`from_json`] does, but a document that can be read and only
/// breaks rules (a number out of range, a dangling reference, a text too long) opens
/// repaired, with the repairs listed. What cannot be read at all is refused as before.
pub fn open(bytes: &[u8]) -> Result<Opened, LoadError> {
    open_stored(bytes, None)
}

/// [`open`] for a stored plan whose deals may be stored apart (as [`from_stored_json`]).
pub fn open_stored(document: &[u8], deals: Option<&[u8]>) -> Result<Opened, LoadError> {
    open_value(read_document(document, deals)?)
}

/// Opens a document already parsed and lifted to the current schema, repairing it.
pub(crate) fn open_value(mut value: Value) -> Result<Opened, LoadError> {
    let mut repairs = Vec::new();
    for _ in 0..=REPAIR_PASSES {
        let plan = deserialize(&value)?;
        let problems = validate(&plan);
        if problems.is_empty() {
            return Ok(Opened { plan, repairs });
        }
        let made = repair::repair(&mut value, &problems);
        if made.is_empty() {
            return Err(LoadError::Invalid(problems));
        }
        repairs.extend(made);
    }
    let plan = deserialize(&value)?;
    match validate(&plan) {
        problems if problems.is_empty() => Ok(Opened { plan, repairs }),
        problems => Err(LoadError::Invalid(problems)),
    }
}

/// Where a value is, as the page names it: its round, the item's name, the field.
pub type Place = (Option<Round>, Option<String>, String);

/// Where each JSON path is, in words the page can show: its round, the name of the item it
/// is in (read from `plan`, so after a repair the item as it now is), and the field's name.
pub fn places(plan: &Plan, paths: &[&str]) -> Vec<Place> {
    let document = to_value_without_deals(plan);
    paths
        .iter()
        .map(|path| {
            let last = path.rsplit('.').next().unwrap_or(path);
            let field = last.split('[').next().unwrap_or(last).to_string();
            (round_of(path), repair::item_name_at(&document, path), field)
        })
        .collect()
}

/// The round whose section of the document a JSON path is in (`goals.nodes[0]` is round 3,
/// and so is a side's proposal for it, `proposals[1].goals.nodes[0]`); `None` for the plan's
/// own fields and the workshop's.
pub fn round_of(path: &str) -> Option<Round> {
    let path = match path.strip_prefix("proposals[") {
        Some(rest) => rest.split_once("].")?.1,
        None => path,
    };
    let section = path.split(['.', '[']).next()?;
    Round::ALL
        .into_iter()
        .find(|round| round.section() == section)
}

/// Parses, puts stored-apart deals back, checks the header and migrates.
fn read_document(document: &[u8], deals: Option<&[u8]>) -> Result<Value, LoadError> {
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
    Ok(migrate::migrate(value, schema, MIGRATIONS))
}

/// The current schema's document as a model plan; a shape error names its path.
fn deserialize(value: &Value) -> Result<Plan, LoadError> {
    let doc: doc::PlanDoc = serde_path_to_error::deserialize(value).map_err(|error| {
        LoadError::Invalid(vec![Problem {
            path: error.path().to_string(),
            kind: ProblemKind::Shape(error.inner().to_string()),
        }])
    })?;
    Ok(doc.into_plan())
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
