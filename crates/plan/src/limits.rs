//! How much a plan may hold: the caps validation enforces on every input path.

/// Characters in a short text (names, titles, fields).
pub const SHORT_TEXT: usize = 200;
/// Characters in a long text (notes, entry criteria, decisions).
pub const LONG_TEXT: usize = 5_000;
/// Characters in a plan's id.
pub const PLAN_ID: usize = 64;
pub const ROLES: usize = 50;
pub const ACTIVITIES: usize = 500;
pub const CRITERIA: usize = 200;
pub const STAGE_RULES: usize = 20;
pub const REASONS: usize = 50;
pub const GOAL_NODES: usize = 2_000;
pub const SYSTEMS: usize = 50;
/// A proposal per side and round at most.
pub const PROPOSALS: usize = 12;
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

/// The closed range a number must lie in; every number field and the validator read the same.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: f64,
    pub max: f64,
}

impl Bounds {
    pub const fn new(min: f64, max: f64) -> Self {
        Bounds { min, max }
    }

    pub fn contains(self, value: f64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The nearest value in range (NaN becomes the minimum).
    pub fn clamp(self, value: f64) -> f64 {
        if value.is_nan() {
            self.min
        } else {
            value.clamp(self.min, self.max)
        }
    }
}

/// Money amounts and counts: revenue, deal sizes, targets, actuals, costs.
pub const AMOUNT: Bounds = Bounds::new(0.0, MAX_AMOUNT);
/// A share of a whole, such as a conversion rate (fields show it as a percentage).
pub const SHARE: Bounds = Bounds::new(0.0, 1.0);
/// A share as a percentage field shows it.
pub const PERCENT: Bounds = Bounds::new(0.0, 100.0);
/// Attribution's time-decay half-life, in days.
pub const HALF_LIFE_DAYS: Bounds = Bounds::new(0.1, 3650.0);
/// The joint meeting's length, in minutes.
pub const MEETING_MINUTES: Bounds = Bounds::new(5.0, 480.0);
/// A round's timebox in the workshop, in minutes.
pub const TIMEBOX: Bounds = Bounds::new(1.0, TIMEBOX_MINUTES as f64);
/// A side's satisfaction score.
pub const PULSE_SCORE: Bounds = Bounds::new(1.0, 5.0);
/// The round a parked point belongs to.
pub const ROUND_NUMBER: Bounds = Bounds::new(1.0, 6.0);
/// How many MQLs one rep can work a month.
pub const MQLS_PER_REP: Bounds = Bounds::new(0.0, 1e6);
/// A role's hourly rate.
pub const HOURLY_RATE: Bounds = Bounds::new(0.0, 1e6);
/// Hours a month an activity takes.
pub const ACTIVITY_HOURS: Bounds = Bounds::new(0.0, 10_000.0);
/// How many R/A letters make a role overloaded.
pub const OVERLOAD: Bounds = Bounds::new(1.0, 500.0);
/// A criterion's points, plus or minus.
pub const POINTS: Bounds = Bounds::new(-1000.0, 1000.0);
/// The MQL and SQL score thresholds.
pub const THRESHOLD: Bounds = Bounds::new(-10_000.0, 10_000.0);
/// Days over which a criterion's points decay, and the sales cycle.
pub const DAYS: Bounds = Bounds::new(0.0, 3650.0);
/// Days before a rejected lead is recycled.
pub const RECYCLE_DAYS: Bounds = Bounds::new(1.0, 3650.0);
/// The hours sales has to accept or reject a lead.
pub const ACCEPT_HOURS: Bounds = Bounds::new(1.0, 720.0);
/// A month's count in the SLA tracking (MQLs delivered, leads worked).
pub const MONTHLY_COUNT: Bounds = Bounds::new(0.0, 1e7);
/// Sales' first response, in minutes (up to a month).
pub const RESPONSE_MINUTES: Bounds = Bounds::new(0.0, 43_200.0);
/// Contact attempts sales commits to.
pub const ATTEMPTS: Bounds = Bounds::new(0.0, 100.0);
/// The days over which the attempts are made.
pub const ATTEMPT_DAYS: Bounds = Bounds::new(0.0, 365.0);
/// Reps on the team.
pub const REPS: Bounds = Bounds::new(0.0, 100_000.0);
