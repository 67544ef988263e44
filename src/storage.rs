//! localStorage glue: the library index, each plan's text, deals and revision, the language.
//!
//! Nothing here decides anything; the rules (revisions, ids) live in the domain crate.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use leptos::prelude::window;
use six_rounds_plan::format::{
    deals_to_json, open_stored, to_json_compact_without_deals, Opened, Repair,
};
use six_rounds_plan::library::{may_write, LibraryIndex};
use six_rounds_plan::model::{Coded, Lang};
use six_rounds_plan::{LoadError, Plan};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::DomException;

pub const LIBRARY_KEY: &str = "six-rounds/library";
const LANG_KEY: &str = "six-rounds/lang";
const HINT_KEY: &str = "six-rounds/first-run-hint";
const PLAN_PREFIX: &str = "six-rounds/plan/";
const REV_PREFIX: &str = "six-rounds/rev/";
/// A plan's deals, stored apart from its text: 10,000 deals are 4 M characters, rewritten
/// only when they change.
const DEALS_PREFIX: &str = "six-rounds/deals/";
const ASIDE_PREFIX: &str = "six-rounds/aside/";
/// The versions of a plan last shared (links copied, files exported), for merging the
/// copies that come back: a JSON array of compact documents, newest first.
const BASES_PREFIX: &str = "six-rounds/bases/";
/// How many shared versions are kept per plan, and how many characters they may take in all.
const MOST_BASES: usize = 3;
const MOST_BASE_CHARS: usize = 2_000_000;

fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

fn deals_key(id: &str) -> String {
    format!("{DEALS_PREFIX}{id}")
}

fn rev_key(id: &str) -> String {
    format!("{REV_PREFIX}{id}")
}

/// The plan id whose revision a storage key holds, if it is such a key.
pub fn plan_of_rev_key(key: &str) -> Option<&str> {
    key.strip_prefix(REV_PREFIX)
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The browser's storage is full.
    Quota,
    /// There is no storage (disabled, private mode) or it refused.
    Unavailable,
}

/// Why a plan was not saved.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision; this tab must not overwrite it.
    NewerElsewhere,
    Write(WriteError),
}

/// What storage holds for a plan.
pub enum StoredPlan {
    Missing,
    Readable {
        plan: Box<Plan>,
        rev: u64,
        /// Whether the deals were read from their own key, so storage has them as they are.
        deals_apart: bool,
        /// What was repaired on opening; the stored text is then the original, not the plan.
        repairs: Vec<Repair>,
    },
    /// Saved by a newer version of the app: left where it is for that version.
    Newer,
    Unreadable,
}

fn local() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Whether localStorage can be used at all.
pub fn available() -> bool {
    const PROBE: &str = "six-rounds/probe";
    local().is_some_and(|storage| {
        let works = storage.set_item(PROBE, "1").is_ok();
        let _ = storage.remove_item(PROBE);
        works
    })
}

/// Quota errors: `QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED`, or code 22.
fn classify(error: JsValue) -> WriteError {
    match error.dyn_into::<DomException>() {
        Ok(exception)
            if exception.code() == 22
                || exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED" =>
        {
            WriteError::Quota
        }
        _ => WriteError::Unavailable,
    }
}

fn write(key: &str, value: &str) -> Result<(), WriteError> {
    // After a panic the app's state may be half-edited: nothing of it may reach storage.
    if crate::crash::panicked() {
        return Err(WriteError::Unavailable);
    }
    let storage = local().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, value).map_err(classify)
}

fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

fn remove(key: &str) {
    if crate::crash::panicked() {
        return;
    }
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

pub fn read_lang() -> Option<Lang> {
    local()?;
    let code: String = LocalStorage::get(LANG_KEY).ok()?;
    Lang::from_code(&code)
}

/// Stored as a JSON string, as `read_lang` reads it.
pub fn write_lang(lang: Lang) {
    if let Ok(text) = serde_json::to_string(lang.code()) {
        let _ = write(LANG_KEY, &text);
    }
}

/// Whether the first-run hint was dismissed (without storage, it never was).
pub fn hint_dismissed() -> bool {
    read(HINT_KEY).is_some()
}

pub fn dismiss_hint() {
    let _ = write(HINT_KEY, "dismissed");
}

/// The library index; `Err` when it is there but cannot be read.
pub fn read_index() -> Result<Option<LibraryIndex>, ()> {
    if local().is_none() {
        return Ok(None);
    }
    match LocalStorage::get(LIBRARY_KEY) {
        Ok(index) => Ok(Some(index)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(_) => Err(()),
    }
}

pub fn write_index(index: &LibraryIndex) -> Result<(), WriteError> {
    let text = serde_json::to_string(index).map_err(|_| WriteError::Unavailable)?;
    write(LIBRARY_KEY, &text)
}

pub fn read_rev(id: &str) -> Option<u64> {
    read(&rev_key(id))?.parse().ok()
}

pub fn read_plan(id: &str) -> StoredPlan {
    let Some(text) = read(&plan_key(id)) else {
        return StoredPlan::Missing;
    };
    let deals = read(&deals_key(id));
    match open_stored(text.as_bytes(), deals.as_deref().map(str::as_bytes)) {
        Ok(Opened { plan, repairs }) => StoredPlan::Readable {
            plan: Box::new(plan),
            rev: read_rev(id).unwrap_or(0),
            deals_apart: deals.is_some() && repairs.is_empty(),
            repairs,
        },
        Err(LoadError::NewerSchema { .. }) => StoredPlan::Newer,
        Err(_) => StoredPlan::Unreadable,
    }
}

/// Writes `plan` as revision `base + 1`, unless storage holds a newer one; its deals only
/// when `with_deals` (they changed since storage last had them).
pub fn save_plan(id: &str, plan: &Plan, with_deals: bool, base: u64) -> Result<u64, SaveError> {
    if !may_write(base, read_rev(id)) {
        return Err(SaveError::NewerElsewhere);
    }
    let rev = base + 1;
    let text = to_json_compact_without_deals(plan);
    if with_deals {
        let deals = deals_to_json(plan);
        if let Err(error) = write(&deals_key(id), &deals) {
            if error != WriteError::Quota {
                return Err(SaveError::Write(error));
            }
            // The stored text may still hold the deals itself (saved whole by an older
            // version): the text without them makes room. If the deals still do not fit,
            // storage is full: the tab keeps the plan and offers it as a file.
            write(&plan_key(id), &text).map_err(SaveError::Write)?;
            write(&deals_key(id), &deals).map_err(SaveError::Write)?;
        }
    }
    write(&plan_key(id), &text).map_err(SaveError::Write)?;
    write(&rev_key(id), &rev.to_string()).map_err(SaveError::Write)?;
    Ok(rev)
}

fn bases_key(id: &str) -> String {
    format!("{BASES_PREFIX}{id}")
}

fn read_bases(id: &str) -> Vec<String> {
    read(&bases_key(id))
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps `shared` (the copy as it was sent) as a base for merging what comes back: the
/// newest first, at most [`MOST_BASES`] and [`MOST_BASE_CHARS`] in all, so older ones make
/// room. A version too large to keep, or a full storage, leaves the merge two-way.
pub fn keep_base(id: &str, shared: &Plan) -> Result<(), WriteError> {
    let text = six_rounds_plan::to_json_compact(shared);
    let mut bases = read_bases(id);
    if bases.first() == Some(&text) {
        return Ok(());
    }
    bases.retain(|base| base != &text);
    bases.insert(0, text);
    let mut total = 0;
    bases.retain(|base| {
        total += base.len();
        total <= MOST_BASE_CHARS
    });
    bases.truncate(MOST_BASES);
    let text = serde_json::to_string(&bases).map_err(|_| WriteError::Unavailable)?;
    write(&bases_key(id), &text)
}

/// The version of plan `id` last sent, if one is kept.
pub fn latest_base(id: &str) -> Option<Plan> {
    let text = read_bases(id).into_iter().next()?;
    six_rounds_plan::from_json(text.as_bytes()).ok()
}

/// The kept base of plan `id` whose digest is `digest`, if any.
pub fn read_base(id: &str, digest: &str) -> Option<Plan> {
    read_bases(id)
        .iter()
        .filter_map(|text| six_rounds_plan::from_json(text.as_bytes()).ok())
        .find(|plan| six_rounds_plan::format::digest(plan) == digest)
}

pub fn remove_plan(id: &str) {
    remove(&bases_key(id));
    remove(&plan_key(id));
    remove(&deals_key(id));
    remove(&rev_key(id));
}

/// Moves unreadable data to an "aside" key so that it is kept but no longer in the way.
/// The original stays where it was when the copy cannot be written.
pub fn set_aside_plan(id: &str, stamp: i64) -> Result<(), WriteError> {
    if read(&deals_key(id)).is_some() {
        set_aside(&deals_key(id), &format!("{ASIDE_PREFIX}deals-{id}-{stamp}"))?;
    }
    set_aside(&plan_key(id), &format!("{ASIDE_PREFIX}plan-{id}-{stamp}"))
}

fn original_key(id: &str) -> String {
    format!("{ASIDE_PREFIX}original-{id}")
}

fn original_deals_key(id: &str) -> String {
    format!("{ASIDE_PREFIX}original-deals-{id}")
}

/// Copies a plan's stored text (and deals) aside before its repaired version replaces it.
/// A copy already there is the older original and is kept.
pub fn keep_original(id: &str) -> Result<(), WriteError> {
    if read(&original_key(id)).is_some() {
        return Ok(());
    }
    if let Some(deals) = read(&deals_key(id)) {
        write(&original_deals_key(id), &deals)?;
    }
    write(&original_key(id), &read(&plan_key(id)).unwrap_or_default())
}

/// Forgets the original of a repaired plan (the user has seen the repairs).
pub fn drop_original(id: &str) {
    remove(&original_key(id));
    remove(&original_deals_key(id));
}

pub fn set_aside_index(stamp: i64) -> Result<(), WriteError> {
    set_aside(LIBRARY_KEY, &format!("{ASIDE_PREFIX}library-{stamp}"))
}

fn set_aside(key: &str, aside: &str) -> Result<(), WriteError> {
    let raw = read(key).unwrap_or_default();
    write(aside, &raw)?;
    remove(key);
    Ok(())
}

/// Ids of every stored plan, for rebuilding a lost index.
pub fn stored_plan_ids() -> Vec<String> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter_map(|key| key.strip_prefix(PLAN_PREFIX).map(str::to_string))
        .collect()
}
