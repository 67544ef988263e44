//! Short ids for the plan's records: a prefix and the first free number (`a1`, `r12`).

/// The first id `prefix` + number that is not taken.
pub fn fresh_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.clone().any(|used| used == id))
        .unwrap_or_default()
}
