//! The browser's time-zone rules (`Intl.DateTimeFormat`) for the domain's cadence, and the
//! zone names it knows: the wasm carries no tz database of its own.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use six_rounds_plan::cadence::ZoneRules;
use wasm_bindgen::{JsCast, JsValue};

/// The zone rules of the browser running the app.
pub struct BrowserZones;

thread_local! {
    /// One formatter per zone name; `None` for a name the browser refused.
    static FORMATS: RefCell<HashMap<String, Option<Intl::DateTimeFormat>>> =
        RefCell::new(HashMap::new());
}

/// A formatter that writes an instant as the zone's wall-clock time, field by field; `None`
/// when the browser does not know the zone (the constructor throws a RangeError).
fn new_format(zone: &str) -> Option<Intl::DateTimeFormat> {
    let options = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&options, &key.into(), &value.into());
    set("timeZone", zone).ok()?;
    set("hourCycle", "h23").ok()?;
    for field in ["year", "month", "day", "hour", "minute", "second"] {
        set(field, "numeric").ok()?;
    }
    let constructor: Function = intl_member("DateTimeFormat")?;
    let args = Array::of2(&Array::of1(&"en-US".into()), &options);
    Reflect::construct(&constructor, &args)
        .ok()?
        .dyn_into()
        .ok()
}

/// A function of the global `Intl`, looked up so that a browser without it is not an error.
fn intl_member(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

fn with_format<T>(zone: &str, read: impl FnOnce(&Intl::DateTimeFormat) -> Option<T>) -> Option<T> {
    FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        let format = formats
            .entry(zone.to_string())
            .or_insert_with(|| new_format(zone));
        format.as_ref().and_then(read)
    })
}

impl ZoneRules for BrowserZones {
    fn offset(&self, zone: &str, at: DateTime<Utc>) -> Option<i32> {
        with_format(zone, |format| {
            let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
            let mut fields = [0i64; 6];
            for part in format.format_to_parts(&date).iter() {
                let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
                let slot = match kind.as_str() {
                    "year" => 0,
                    "month" => 1,
                    "day" => 2,
                    "hour" => 3,
                    "minute" => 4,
                    "second" => 5,
                    _ => continue,
                };
                let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
                fields[slot] = value.parse().ok()?;
            }
            let [year, month, day, hour, minute, second] = fields;
            let local = NaiveDate::from_ymd_opt(
                i32::try_from(year).ok()?,
                u32::try_from(month).ok()?,
                u32::try_from(day).ok()?,
            )?
            .and_hms_opt(
                u32::try_from(hour).ok()?,
                u32::try_from(minute).ok()?,
                u32::try_from(second).ok()?,
            )?;
            // The browser writes whole seconds.
            let utc = DateTime::from_timestamp(at.timestamp(), 0)?.naive_utc();
            i32::try_from((local - utc).num_seconds()).ok()
        })
    }
}

/// Every zone name the browser knows, UTC first; only UTC where the browser cannot list them.
pub fn zone_names() -> Vec<String> {
    let mut names = vec!["UTC".to_string()];
    let listed = intl_member("supportedValuesOf").and_then(|list| {
        list.call1(&JsValue::UNDEFINED, &"timeZone".into())
            .ok()?
            .dyn_into::<Array>()
            .ok()
    });
    if let Some(listed) = listed {
        names.extend(
            listed
                .iter()
                .filter_map(|name| name.as_string())
                .filter(|name| name != "UTC"),
        );
    }
    names
}
