//! A round's timebox as a countdown that can be started, paused, extended and reset. Times
//! are milliseconds from any monotonic origin (the browser's `Date.now()`), so the clock is
//! exact however rarely it is looked at.

/// One round's clock; the timebox itself (minutes) lives in the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RoundClock {
    /// Time spent in finished runs.
    spent_ms: f64,
    /// When the current run started, while running.
    running_since: Option<f64>,
    /// Minutes added to the timebox during the workshop.
    extra_minutes: u32,
}

impl RoundClock {
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, now_ms: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now_ms);
        }
    }

    pub fn pause(&mut self, now_ms: f64) {
        if let Some(since) = self.running_since.take() {
            self.spent_ms += (now_ms - since).max(0.0);
        }
    }

    /// Starts a paused clock or pauses a running one.
    pub fn toggle(&mut self, now_ms: f64) {
        if self.is_running() {
            self.pause(now_ms);
        } else {
            self.start(now_ms);
        }
    }

    pub fn extend(&mut self, minutes: u32) {
        self.extra_minutes = self.extra_minutes.saturating_add(minutes);
    }

    pub fn extra_minutes(&self) -> u32 {
        self.extra_minutes
    }

    /// Back to the full timebox, paused, with no extension.
    pub fn reset(&mut self) {
        *self = RoundClock::default();
    }

    pub fn spent_ms(&self, now_ms: f64) -> f64 {
        self.spent_ms
            + self
                .running_since
                .map_or(0.0, |since| (now_ms - since).max(0.0))
    }

    /// Whole seconds left of a timebox of `minutes` plus the extensions; negative once the
    /// round runs over. A second counts as left until it has fully passed.
    pub fn seconds_left(&self, minutes: u32, now_ms: f64) -> i64 {
        let total_ms = f64::from(minutes.saturating_add(self.extra_minutes)) * 60_000.0;
        ((total_ms - self.spent_ms(now_ms)) / 1000.0).ceil() as i64
    }
}

/// `12:05`, `1:02:00` past an hour, and `−3:20` once over time (a true minus sign).
pub fn clock_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "\u{2212}" } else { "" };
    let total = seconds.unsigned_abs();
    let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
    if hours > 0 {
        format!("{sign}{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{sign}{minutes:02}:{seconds:02}")
    }
}
