//! Closed sets of values (sides, stages, models...) and their stable text codes.

/// A value from a closed set with a stable, language-neutral code used in files and links.
pub trait Coded: Sized + Copy + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The stable code of this value.
    fn code(self) -> &'static str;
    /// The value with this code, if any.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
    /// All codes, comma separated, for error messages.
    fn expected() -> String {
        Self::ALL
            .iter()
            .map(|v| v.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Declares a fieldless enum together with its `Coded` implementation.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $crate::model::Coded for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
        }
    };
}
pub(crate) use coded_enum;

coded_enum! {
    /// The language a plan is written in, and the app's interface language.
    Lang { En => "en", Ru => "ru" }
}

impl Lang {
    /// The English or the Russian of a built-in text (default roles, templates, the example).
    pub fn pick<'a>(self, en: &'a str, ru: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ru => ru,
        }
    }
}

coded_enum! {
    /// Which department a role, goal or opinion belongs to.
    Side { Marketing => "marketing", Sales => "sales", Shared => "shared" }
}
