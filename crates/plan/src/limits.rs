//! How much a plan may hold: the caps validation enforces on every input path.

/// Characters in a short text (names, titles, fields).
pub const SHORT_TEXT: usize = 200;
/// Characters in a long text (notes, entry criteria, decisions).
pub const LONG_TEXT: usize = 5_000;
pub const ROLES: usize = 50;
pub const ACTIVITIES: usize = 500;
pub const CRITERIA: usize = 200;
pub const STAGE_RULES: usize = 20;
pub const REASONS: usize = 50;
pub const GOAL_NODES: usize = 2_000;
pub const SYSTEMS: usize = 50;
pub const FIELD_MAPS: usize = 1_000;
pub const CAMPAIGNS: usize = 1_000;
pub const DEALS: usize = 20_000;
pub const TOUCHES_PER_DEAL: usize = 50;
pub const MONTHS: usize = 120;
pub const ACTIONS: usize = 2_000;
pub const LOG_ENTRIES: usize = 1_000;
pub const PULSES: usize = 2_000;
pub const LIST_ITEMS: usize = 100;
pub const PARKED_POINTS: usize = 500;
/// The longest timebox a round can have: a whole working day.
pub const TIMEBOX_MINUTES: u32 = 480;
/// Largest money amount or count accepted anywhere.
pub const MAX_AMOUNT: f64 = 1e12;
