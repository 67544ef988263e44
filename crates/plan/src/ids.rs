//! Short ids for the plan's records: a prefix and the first free number (`a1`, `r12`).

use std::collections::HashSet;

/// The first id `prefix` + number that is not taken (one pass over the taken ids, so adding
/// to ten thousand deals stays instant).
pub fn fresh_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let numbers: HashSet<usize> = taken
        .filter_map(|id| id.strip_prefix(prefix)?.parse().ok())
        .collect();
    let free = (1..).find(|n| !numbers.contains(n)).unwrap_or_default();
    format!("{prefix}{free}")
}
