//! Serde glue that writes a `Coded` value as its code and reads it back strictly.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

use crate::model::{Coded, Raci};

/// Serializes a `Coded` value as its code.
pub fn serialize<T: Coded, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.code())
}

/// Deserializes a `Coded` value, naming every accepted code on failure.
pub fn deserialize<'de, T: Coded, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    struct CodeVisitor<T>(PhantomData<T>);
    impl<T: Coded> Visitor<'_> for CodeVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "one of: {}", T::expected())
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            T::from_code(text).ok_or_else(|| {
                E::custom(format!(
                    "unknown value `{text}`, expected one of: {}",
                    T::expected()
                ))
            })
        }
    }
    deserializer.deserialize_str(CodeVisitor(PhantomData))
}

/// The same for an optional value.
pub mod option {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    struct Wrap<T: Coded>(
        #[serde(
            serialize_with = "super::serialize",
            deserialize_with = "super::deserialize"
        )]
        T,
    );

    pub fn serialize<T: Coded, S: Serializer>(
        value: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.map(Wrap).serialize(serializer)
    }

    pub fn deserialize<'de, T: Coded, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        Ok(Option::<Wrap<T>>::deserialize(deserializer)?.map(|Wrap(value)| value))
    }
}

/// RACI cells as letters, e.g. "RA".
pub mod raci {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Raci, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.letters())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Raci, D::Error> {
        let text: std::borrow::Cow<str> = serde::Deserialize::deserialize(deserializer)?;
        Raci::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "`{text}` is not a RACI cell: use the letters R, A, C, I"
            ))
        })
    }
}
