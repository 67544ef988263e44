//! Moving around the matrix like a spreadsheet: which cell an arrow key leads to.

use crate::model::RolesRound;

use super::display_order;

/// A move from one cell to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
    Left,
    Right,
    RowStart,
    RowEnd,
}

/// The (activity id, role id) a step leads to from a cell, staying inside the matrix.
pub fn step(
    round: &RolesRound,
    activity: &str,
    role: &str,
    step: Step,
) -> Option<(String, String)> {
    let rows: Vec<&str> = display_order(round)
        .into_iter()
        .map(|index| round.activities[index].id.as_str())
        .collect();
    let row = rows.iter().position(|id| *id == activity)?;
    let column = round.roles.iter().position(|r| r.id == role)?;
    let last_row = rows.len() - 1;
    let last_column = round.roles.len() - 1;
    let (row, column) = match step {
        Step::Up => (row.saturating_sub(1), column),
        Step::Down => ((row + 1).min(last_row), column),
        Step::Left => (row, column.saturating_sub(1)),
        Step::Right => (row, (column + 1).min(last_column)),
        Step::RowStart => (row, 0),
        Step::RowEnd => (row, last_column),
    };
    Some((rows[row].to_string(), round.roles[column].id.clone()))
}

/// The cell a click or Enter moves to next: none, R, A, R+A, C, I, then none again.
pub fn cycle(cell: crate::model::Raci) -> crate::model::Raci {
    const ORDER: [&str; 6] = ["", "R", "A", "RA", "C", "I"];
    let letters = cell.letters();
    let next = ORDER
        .iter()
        .position(|o| *o == letters)
        .map_or("", |i| ORDER[(i + 1) % ORDER.len()]);
    crate::model::Raci::parse(next).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FunnelStage, Lang, Raci};

    #[test]
    fn steps_follow_the_displayed_rows_and_stop_at_the_edges() {
        let mut round = RolesRound::with_default_roles(Lang::En);
        round.add_activity("Demo", FunnelStage::Sell); // a1, shown second
        round.add_activity("Ads", FunnelStage::Attract); // a2, shown first
        let at = |a: &str, r: &str| Some((a.to_string(), r.to_string()));
        assert_eq!(step(&round, "a2", "r1", Step::Down), at("a1", "r1"));
        assert_eq!(step(&round, "a1", "r1", Step::Down), at("a1", "r1"));
        assert_eq!(step(&round, "a2", "r1", Step::Up), at("a2", "r1"));
        assert_eq!(step(&round, "a2", "r1", Step::Left), at("a2", "r1"));
        assert_eq!(step(&round, "a2", "r1", Step::Right), at("a2", "r2"));
        assert_eq!(step(&round, "a2", "r2", Step::RowEnd), at("a2", "r5"));
        assert_eq!(step(&round, "a2", "r5", Step::RowStart), at("a2", "r1"));
        assert_eq!(step(&round, "a9", "r1", Step::Down), None);
    }

    #[test]
    fn a_click_cycles_through_the_usual_cells() {
        let mut cell = Raci::default();
        let mut seen = Vec::new();
        for _ in 0..6 {
            cell = cycle(cell);
            seen.push(cell.letters());
        }
        assert_eq!(seen, ["R", "A", "RA", "C", "I", ""]);
        assert_eq!(cycle(Raci::parse("CI").unwrap()).letters(), "");
    }
}
