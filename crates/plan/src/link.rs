//! The share-link codec: the whole plan in a URL fragment, `#z=` (zlib + base64url) or `#json=`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

use crate::format::{self, LoadError};
use crate::model::Plan;

/// The longest fragment read, in bytes.
pub const MAX_FRAGMENT: usize = 64 * 1024;
/// The most bytes a fragment may expand to.
pub const MAX_INFLATED: usize = 1024 * 1024;
/// Links up to this length work everywhere (mail clients, chat, shorteners).
pub const SAFE_LENGTH: usize = 2_000;
/// Links up to this length work in browsers; longer ones should travel as a file.
pub const BROWSER_LENGTH: usize = 8_000;

/// Characters escaped in a `#json=` fragment; everything else stays readable.
const JSON_ESCAPES: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Why a fragment could not be opened as a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The fragment starts with neither `z=` nor `json=`.
    NotALink,
    /// The `z=` data is not base64url.
    BadBase64,
    /// The compressed data is damaged or cut short (checksum or stream error).
    Corrupt,
    /// The fragment, or what it expands to, is over the limit in bytes.
    TooLarge { limit: usize },
    /// The data is not a readable plan (not a plan, newer schema, invalid).
    Document(LoadError),
}

impl From<LoadError> for LinkError {
    fn from(error: LoadError) -> Self {
        LinkError::Document(error)
    }
}

/// How far a link of some length travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkReach {
    Everywhere,
    BrowsersOnly,
    TooLong,
}

pub fn reach(length: usize) -> LinkReach {
    if length <= SAFE_LENGTH {
        LinkReach::Everywhere
    } else if length <= BROWSER_LENGTH {
        LinkReach::BrowsersOnly
    } else {
        LinkReach::TooLong
    }
}

/// The compact fragment for a plan, without `#`: `z=<base64url(zlib(json))>`.
pub fn encode_z(plan: &Plan) -> String {
    let json = format::to_json_compact(plan);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 10);
    format!("z={}", URL_SAFE_NO_PAD.encode(packed))
}

/// The readable fragment for a plan, without `#`: `json=<percent-encoded json>`.
pub fn encode_json(plan: &Plan) -> String {
    let json = format::to_json_compact(plan);
    format!("json={}", utf8_percent_encode(&json, JSON_ESCAPES))
}

/// Whether a fragment (with or without `#`) carries a shared plan.
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.starts_with("z=") || fragment.starts_with("json=")
}

/// Reads a plan from a fragment (with or without `#`), capped at every step; a plan that
/// breaks a rule is refused.
pub fn decode(fragment: &str) -> Result<Plan, LinkError> {
    Ok(format::from_json(&unpack(fragment)?)?)
}

/// Reads a plan from a fragment as [`decode`] does, repairing values that break a rule
/// (see [`format::open`]).
pub fn open(fragment: &str) -> Result<format::Opened, LinkError> {
    Ok(format::open(&unpack(fragment)?)?)
}

/// The document's bytes in a fragment, capped at every step.
fn unpack(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLarge {
            limit: MAX_FRAGMENT,
        });
    }
    let json = if let Some(data) = fragment.strip_prefix("z=") {
        inflate(data)?
    } else if let Some(data) = fragment.strip_prefix("json=") {
        percent_decode_str(data).collect()
    } else {
        return Err(LinkError::NotALink);
    };
    Ok(json)
}

fn inflate(data: &str) -> Result<Vec<u8>, LinkError> {
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| LinkError::BadBase64)?;
    decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED).map_err(|error| match error.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLarge {
            limit: MAX_INFLATED,
        },
        _ => LinkError::Corrupt,
    })
}
