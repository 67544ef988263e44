//! The share-link codec against good links and hostile ones: each gives its typed error.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{TimeZone, Utc};
use six_rounds_plan::example::example_plan;
use six_rounds_plan::link::{self, LinkError, LinkReach};
use six_rounds_plan::model::Lang;
use six_rounds_plan::{format, LoadError, NotAPlan, Plan};

fn example() -> Plan {
    example_plan(
        Lang::En,
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    )
}

fn z_of(bytes: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6);
    format!("#z={}", URL_SAFE_NO_PAD.encode(packed))
}

#[test]
fn both_forms_round_trip_the_example() {
    let plan = example();
    for form in ["z", "json"] {
        let fragment = match form {
            "z" => link::encode_z(&plan),
            _ => link::encode_json(&plan),
        };
        assert!(link::is_share_fragment(&fragment));
        assert_eq!(
            link::decode(&format!("#{fragment}")),
            Ok(plan.clone()),
            "{form}"
        );
    }
}

#[test]
fn the_json_form_stays_readable() {
    let fragment = link::encode_json(&example());
    assert!(fragment.starts_with("json=%7B%22format%22:%22six-rounds-plan%22"));
    assert!(fragment.contains("Ledgerline"));
}

#[test]
fn hand_written_json_links_are_read() {
    let fragment = "#json={\"format\":\"six-rounds-plan\",\"schema\":1,\"title\":\"By hand\",\
        \"language\":\"en\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"}";
    assert_eq!(link::decode(fragment).unwrap().title, "By hand");
}

#[test]
fn a_decompression_bomb_stops_at_the_cap() {
    let zeros = vec![0u8; 16 * 1024 * 1024];
    let fragment = z_of(&zeros);
    assert!(
        fragment.len() < link::MAX_FRAGMENT,
        "the bomb must fit a link"
    );
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::TooLarge {
            limit: link::MAX_INFLATED
        })
    );
}

#[test]
fn an_oversized_fragment_is_refused_before_decoding() {
    let fragment = format!("#z={}", "A".repeat(link::MAX_FRAGMENT));
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::TooLarge {
            limit: link::MAX_FRAGMENT
        })
    );
}

#[test]
fn a_flipped_bit_is_corrupt() {
    let plan = example();
    let good = link::encode_z(&plan);
    let mut packed = URL_SAFE_NO_PAD.decode(&good[2..]).unwrap();
    // Flip one bit in every position in turn: none may panic, none may load silently wrong.
    // (A flip in the stream's unused padding bits still gives the very same plan.)
    for index in 2..packed.len() {
        packed[index] ^= 0x10;
        let fragment = format!("z={}", URL_SAFE_NO_PAD.encode(&packed));
        match link::decode(&fragment) {
            Err(LinkError::Corrupt) | Err(LinkError::Document(_)) => {}
            Ok(decoded) if decoded == plan => {}
            other => panic!("bit flipped at {index}: {other:?}"),
        }
        packed[index] ^= 0x10;
    }
}

#[test]
fn a_truncated_link_is_corrupt() {
    let good = link::encode_z(&example());
    for cut in [good.len() - 1, good.len() - 7, good.len() / 2, 10] {
        let result = link::decode(&good[..cut]);
        assert!(
            matches!(result, Err(LinkError::Corrupt) | Err(LinkError::BadBase64)),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn bad_base64_is_named() {
    assert_eq!(link::decode("#z=abc$def!"), Err(LinkError::BadBase64));
    assert_eq!(link::decode("#z=a"), Err(LinkError::BadBase64));
}

#[test]
fn other_fragments_are_not_links() {
    assert_eq!(link::decode("#/round/2"), Err(LinkError::NotALink));
    assert_eq!(link::decode(""), Err(LinkError::NotALink));
    assert!(!link::is_share_fragment("#/decision"));
}

#[test]
fn deep_nesting_is_not_a_plan_and_does_not_overflow() {
    let nested = "[".repeat(100_000) + &"]".repeat(100_000);
    let fragment = z_of(nested.as_bytes());
    assert!(matches!(
        link::decode(&fragment),
        Err(LinkError::Document(LoadError::NotAPlan(NotAPlan::NotJson(
            _
        ))))
    ));
}

#[test]
fn a_megabyte_string_is_an_invalid_plan_with_its_path() {
    let mut plan = example();
    // As long as the inflated document stays under the 1 MiB cap.
    let room = 1024 * 1024 - six_rounds_plan::to_json_compact(&plan).len() - 100;
    plan.title = "x".repeat(room);
    let fragment = link::encode_z(&plan);
    let Err(LinkError::Document(LoadError::Invalid(problems))) = link::decode(&fragment) else {
        panic!("expected an invalid plan");
    };
    assert_eq!(problems[0].path, "title");
}

#[test]
fn a_newer_schema_link_is_refused() {
    let fragment = z_of(br#"{"format":"six-rounds-plan","schema":99}"#);
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::Document(LoadError::NewerSchema {
            found: 99,
            supported: format::CURRENT_SCHEMA
        }))
    );
}

#[test]
fn json_that_is_not_a_plan_is_named() {
    let fragment = z_of(br#"{"hello":"world"}"#);
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::Document(LoadError::NotAPlan(
            NotAPlan::WrongFormat
        )))
    );
}

#[test]
fn reach_follows_the_length_guide() {
    assert_eq!(link::reach(1_999), LinkReach::Everywhere);
    assert_eq!(link::reach(2_000), LinkReach::Everywhere);
    assert_eq!(link::reach(2_001), LinkReach::BrowsersOnly);
    assert_eq!(link::reach(8_000), LinkReach::BrowsersOnly);
    assert_eq!(link::reach(8_001), LinkReach::TooLong);
}
