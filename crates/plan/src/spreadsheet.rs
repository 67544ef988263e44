//! Reading CSV as spreadsheets write it: with or without a byte-order mark, with commas or
//! (as many locales do) semicolons.

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
