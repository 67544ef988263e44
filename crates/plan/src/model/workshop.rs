//! The live workshop's own notes: a timebox per round, who agreed to each round, and the
//! parking lot of disagreements to settle later.

/// Minutes each round gets when nobody has changed them: a half-day workshop.
pub const DEFAULT_TIMEBOX_MINUTES: [u32; 6] = [30, 40, 30, 30, 40, 20];

/// A disagreement set aside so the round can go on.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkedPoint {
    pub id: String,
    pub text: String,
    /// The round it came up in, 1 to 6.
    pub round: u8,
    pub settled: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    /// Minutes per round, rounds 1 to 6.
    pub timebox_minutes: [u32; 6],
    /// Per round, who agreed to it ("Anna, Boris — 12 March"); empty while nobody has.
    pub agreed: [String; 6],
    pub parking_lot: Vec<ParkedPoint>,
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop {
            timebox_minutes: DEFAULT_TIMEBOX_MINUTES,
            agreed: Default::default(),
            parking_lot: Vec::new(),
        }
    }
}
