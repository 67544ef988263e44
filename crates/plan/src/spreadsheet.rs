//! Reading CSV as spreadsheets write it: with or without a byte-order mark, with commas or
//! (as many locales do) semicolons, numbers with a decimal comma and dates day-first.

/// A mistake in a CSV: the 1-based line and column where it is, and what it is (`K`, one
/// kind per importer).
#[derive(Debug, Clone, PartialEq)]
pub struct CsvError<K> {
    pub line: usize,
    pub column: Option<usize>,
    pub kind: K,
}

impl<K> CsvError<K> {
    pub fn at(line: usize, column: Option<usize>, kind: K) -> Self {
        CsvError { line, column, kind }
    }
}

/// A reader for `text` that yields every row, the header included.
pub fn reader(text: &str) -> ::csv::Reader<&[u8]> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    };
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
}

/// The 1-based line a reading error happened on.
pub fn error_line(error: &::csv::Error) -> usize {
    error.position().map_or(1, |p| p.line() as usize)
}

/// A number with a point or (as many locales write it) a comma, and spaces between thousands.
pub fn decimal(text: &str) -> Option<f64> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    text.parse().ok().filter(|n: &f64| n.is_finite())
}

/// A date as `2027-01-31` or, as Russian and European spreadsheets write it, `31.01.2027`.
pub fn date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
}
