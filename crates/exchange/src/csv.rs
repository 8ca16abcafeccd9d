//! CSV as the exports write it: UTF-8 with a byte-order mark (so Excel reads Vietnamese and
//! Lao correctly), RFC 4180 quoting, CRLF line ends, and text cells that can never be read as
//! a formula by a spreadsheet. Written with the `csv` crate; read by a strict reader of our
//! own, which streams and refuses what the crate would read leniently (stray quotes, text after
//! a closing quote, a bare CR): BENCHMARKS.md section 7 measures the two.

/// One cell: text, or a number written as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Empty,
}

/// The byte-order mark that starts every CSV file of an export.
pub const BOM: &str = "\u{FEFF}";

/// Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return before one) gets a leading apostrophe, so it stays text.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    let risky = text
        .trim_start_matches(['\t', '\r', ' '])
        .starts_with(['=', '+', '-', '@'])
        || text.starts_with(['\t', '\r']);
    if risky {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// CSV text being written (the `csv` crate, RFC 4180 quoting where needed, CRLF line ends),
/// after a byte-order mark: the CSV members of an export and the agency's tables.
#[derive(Debug)]
pub struct CsvText {
    writer: csv::Writer<Vec<u8>>,
    fields: Vec<String>,
}

impl Default for CsvText {
    fn default() -> Self {
        CsvText::new()
    }
}

impl CsvText {
    pub fn new() -> CsvText {
        let writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .flexible(true)
            .from_writer(BOM.as_bytes().to_vec());
        CsvText {
            writer,
            fields: Vec::new(),
        }
    }

    /// Appends one row: text neutralised (never a formula), finite numbers in the shortest
    /// form that reads back exactly, anything else empty.
    pub fn row(&mut self, cells: &[Cell<'_>]) {
        self.fields.resize_with(cells.len(), String::new);
        for (field, cell) in self.fields.iter_mut().zip(cells) {
            field.clear();
            match cell {
                Cell::Text(t) => field.push_str(&neutralise(t)),
                Cell::Number(x) if x.is_finite() => {
                    use std::fmt::Write;
                    let _ = write!(field, "{x}");
                }
                Cell::Number(_) | Cell::Empty => {}
            }
        }
        // Writing to memory cannot fail, and `flexible` lets rows differ in length.
        #[allow(clippy::expect_used)]
        self.writer
            .write_record(&self.fields)
            .expect("CSV written to memory");
    }

    /// The text written.
    pub fn finish(self) -> String {
        #[allow(clippy::expect_used)]
        let bytes = self.writer.into_inner().expect("CSV written to memory");
        // Only `&str` cells and ASCII punctuation were written.
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// Why a CSV text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("line {line}: a quote inside an unquoted field")]
    StrayQuote { line: usize },
    #[error("line {line}: a quoted field is not closed")]
    Unclosed { line: usize },
    #[error("line {line}: text after a closing quote")]
    AfterQuote { line: usize },
    #[error("line {line}: a carriage return without a line feed")]
    BareCarriageReturn { line: usize },
    #[error("line {line}: a field longer than {limit} bytes")]
    FieldTooLong { line: usize, limit: usize },
}

/// The longest field a reader accepts; every value of an export is far shorter.
pub const MAX_FIELD: usize = 1024;

/// The longest row a streaming reader holds at once: far above an export's widest row (a few
/// dozen fields of at most [`MAX_FIELD`] bytes).
pub const MAX_ROW: usize = 256 * 1024;

/// Why CSV read from a stream could not be read: the text, or the stream.
#[derive(Debug)]
pub enum StreamError<E> {
    /// The stream failed (an inflating error, a size limit).
    Io(std::io::Error),
    /// Not UTF-8 in the row starting on this line.
    NotUtf8 { line: usize },
    /// A row longer than [`MAX_ROW`] bytes, starting on this line.
    RowTooLong { line: usize },
    /// The caller's error, or the CSV's.
    Row(E),
}

/// A row's error in [`read_rows_from`]: the CSV's (its line to be shifted) or the caller's.
enum Inner<E> {
    Csv(CsvError),
    User(E),
}

impl<E> From<CsvError> for Inner<E> {
    fn from(e: CsvError) -> Self {
        Inner::Csv(e)
    }
}

impl CsvError {
    /// The same error `by` lines further on.
    fn shifted(self, by: usize) -> CsvError {
        match self {
            CsvError::StrayQuote { line } => CsvError::StrayQuote { line: line + by },
            CsvError::Unclosed { line } => CsvError::Unclosed { line: line + by },
            CsvError::AfterQuote { line } => CsvError::AfterQuote { line: line + by },
            CsvError::BareCarriageReturn { line } => {
                CsvError::BareCarriageReturn { line: line + by }
            }
            CsvError::FieldTooLong { line, limit } => CsvError::FieldTooLong {
                line: line + by,
                limit,
            },
        }
    }
}

/// As [`read_rows`], from a stream: only one row is held at a time, so what a file holds
/// never has to fit in memory. Rows are cut at line ends outside quotes (an even number of
/// quotes so far), then read as [`read_rows`] reads them.
pub fn read_rows_from<E: From<CsvError>>(
    mut reader: impl std::io::BufRead,
    mut each: impl FnMut(usize, &[String]) -> Result<(), E>,
) -> Result<(), StreamError<E>> {
    let mut chunk: Vec<u8> = Vec::new();
    let mut quotes = 0usize;
    let mut line = 1;
    let mut chunk_line = 1;
    let mut first = true;
    let mut row = Vec::new();
    loop {
        let start = chunk.len();
        // Never more than one byte past the longest row: a line without an end is not read
        // whole into memory.
        let room = (MAX_ROW + 1 - start) as u64;
        let mut limited = std::io::Read::take(&mut reader, room);
        let n = std::io::BufRead::read_until(&mut limited, b'\n', &mut chunk)
            .map_err(StreamError::Io)?;
        quotes += chunk[start..].iter().filter(|b| **b == b'"').count();
        let at_end = n == 0;
        if !at_end && chunk.len() > MAX_ROW {
            return Err(StreamError::RowTooLong { line: chunk_line });
        }
        if !at_end && (quotes % 2 == 1 || !chunk.ends_with(b"\n")) {
            line += 1;
            continue;
        }
        if !chunk.is_empty() {
            let text = std::str::from_utf8(&chunk)
                .map_err(|_| StreamError::NotUtf8 { line: chunk_line })?;
            let text = if first {
                text.strip_prefix(BOM).unwrap_or(text)
            } else {
                text
            };
            let offset = chunk_line - 1;
            read_rows_into(text, &mut row, |l, fields| {
                each(l + offset, fields).map_err(Inner::User)
            })
            .map_err(|e| match e {
                Inner::Csv(c) => StreamError::Row(E::from(c.shifted(offset))),
                Inner::User(u) => StreamError::Row(u),
            })?;
            first = false;
        }
        if at_end {
            return Ok(());
        }
        chunk.clear();
        quotes = 0;
        line += 1;
        chunk_line = line;
    }
}

/// Reads RFC 4180 CSV (CRLF or LF line ends, a leading byte-order mark ignored) row by row:
/// `each(line, fields)` is called for every row, with the line it starts on (1-based). An
/// empty last line is not a row.
pub fn read_rows<E: From<CsvError>>(
    text: &str,
    each: impl FnMut(usize, &[String]) -> Result<(), E>,
) -> Result<(), E> {
    read_rows_at(text.strip_prefix(BOM).unwrap_or(text), each)
}

fn read_rows_at<E: From<CsvError>>(
    text: &str,
    each: impl FnMut(usize, &[String]) -> Result<(), E>,
) -> Result<(), E> {
    read_rows_into(text, &mut Vec::new(), each)
}

/// The field of `row` at `n`, emptied: a row's strings are reused for the next row.
fn slot(row: &mut Vec<String>, n: usize) -> &mut String {
    if n == row.len() {
        row.push(String::new());
    }
    let field = &mut row[n];
    field.clear();
    field
}

/// As [`read_rows_at`], with the strings of `row` reused from row to row (and from call to
/// call: the streaming reader keeps them).
fn read_rows_into<E: From<CsvError>>(
    text: &str,
    row: &mut Vec<String>,
    mut each: impl FnMut(usize, &[String]) -> Result<(), E>,
) -> Result<(), E> {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut line = 1;
    let mut row_line = 1;
    let mut i = 0;
    let too_long = |line| CsvError::FieldTooLong {
        line,
        limit: MAX_FIELD,
    };
    while i < bytes.len() {
        let field = slot(row, n);
        // At the start of a field.
        if bytes[i] == b'"' {
            i += 1;
            loop {
                let Some(rel) = text[i..].find('"') else {
                    return Err(CsvError::Unclosed { line: row_line }.into());
                };
                let chunk = &text[i..i + rel];
                line += chunk.matches('\n').count();
                field.push_str(chunk);
                i += rel + 1;
                if bytes.get(i) == Some(&b'"') {
                    field.push('"');
                    i += 1;
                } else {
                    break;
                }
                if field.len() > MAX_FIELD {
                    return Err(too_long(row_line).into());
                }
            }
            if field.len() > MAX_FIELD {
                return Err(too_long(row_line).into());
            }
            match bytes.get(i) {
                None | Some(b',' | b'\n') => {}
                Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {}
                Some(_) => return Err(CsvError::AfterQuote { line }.into()),
            }
        } else {
            let end = text[i..]
                .find([',', '\n', '\r', '"'])
                .map_or(bytes.len(), |rel| i + rel);
            if bytes.get(end) == Some(&b'"') {
                return Err(CsvError::StrayQuote { line }.into());
            }
            if end - i > MAX_FIELD {
                return Err(too_long(line).into());
            }
            field.push_str(&text[i..end]);
            i = end;
            if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) != Some(&b'\n') {
                return Err(CsvError::BareCarriageReturn { line }.into());
            }
        }
        n += 1;
        match bytes.get(i) {
            Some(b',') => {
                i += 1;
                if i == bytes.len() {
                    slot(row, n);
                    n += 1;
                }
            }
            Some(b'\r') => i += 2,
            Some(b'\n') => i += 1,
            _ => {}
        }
        if i == bytes.len() || bytes[i - 1] == b'\n' {
            each(row_line, &row[..n])?;
            n = 0;
            line += 1;
            row_line = line;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
        let mut out = Vec::new();
        read_rows(text, |_, f: &[String]| {
            out.push(f.to_vec());
            Ok::<(), CsvError>(())
        })?;
        Ok(out)
    }

    /// The streaming reader gives the same rows, lines and errors as the reader of a whole
    /// text, however the stream is cut into reads.
    #[test]
    fn the_streaming_reader_reads_as_the_whole_text_reader() {
        let texts = [
            "\u{feff}a,b\r\n1,2\r\n",
            "a,b\n\"x\ny\",2\n3,\"q\"\"\"\n",
            "a,b\r\n1,2",
            "a\r\n\"open\n",
            "a,b\r\nx\"y,2\r\n",
            "a,b\r\n\"x\"y,2\r\n",
            "a,b\r\nbare\rcr,2\r\n",
            "a,\n,\n\n",
            "",
        ];
        for text in texts {
            let whole = {
                let mut out = Vec::new();
                let r = read_rows(text, |line, f: &[String]| {
                    out.push((line, f.to_vec()));
                    Ok::<(), CsvError>(())
                });
                (out, r)
            };
            for capacity in [1, 3, 64] {
                let mut out = Vec::new();
                let reader = std::io::BufReader::with_capacity(capacity, text.as_bytes());
                let r = read_rows_from(reader, |line, f: &[String]| {
                    out.push((line, f.to_vec()));
                    Ok::<(), CsvError>(())
                });
                let r = match r {
                    Ok(()) => Ok(()),
                    Err(StreamError::Row(e)) => Err(e),
                    Err(e) => panic!("{text:?}: {e:?}"),
                };
                assert_eq!((out, r), whole, "{text:?} read {capacity} bytes at a time");
            }
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        let mut csv = CsvText::new();
        let texts = ["Tạp hóa \"Minh Anh\"\r\nCần Thơ, VN", "", "ວຽງຈັນ", "a,b"];
        csv.row(&texts.map(Cell::Text));
        csv.row(&[Cell::Number(1.5), Cell::Empty, Cell::Text("x")]);
        let out = csv.finish();
        assert!(out.starts_with(BOM));
        assert_eq!(
            rows(&out).expect("csv"),
            vec![
                texts.map(String::from).to_vec(),
                vec!["1.5".to_string(), String::new(), "x".to_string()]
            ]
        );
        assert_eq!(
            rows("a,b\nc,\n").expect("lf"),
            vec![vec!["a", "b"], vec!["c", ""]]
        );
    }

    #[test]
    fn malformed_csv_is_refused_with_its_line() {
        assert_eq!(
            rows("a,b\r\nc\"d\r\n"),
            Err(CsvError::StrayQuote { line: 2 })
        );
        assert_eq!(rows("a,\"b\r\n"), Err(CsvError::Unclosed { line: 1 }));
        assert_eq!(rows("\"a\"b\r\n"), Err(CsvError::AfterQuote { line: 1 }));
        assert_eq!(
            rows("a\rb\r\n"),
            Err(CsvError::BareCarriageReturn { line: 1 })
        );
        let long = "x".repeat(MAX_FIELD + 1);
        assert_eq!(
            rows(&format!("a\r\n{long}\r\n")),
            Err(CsvError::FieldTooLong {
                line: 2,
                limit: MAX_FIELD
            })
        );
        assert_eq!(
            rows(&format!("\"{long}\"")),
            Err(CsvError::FieldTooLong {
                line: 1,
                limit: MAX_FIELD
            })
        );
    }

    /// Why the export reader is not the `csv` crate (which writes): the crate has no strict
    /// mode (rust-csv issue 77) and reads each of these malformed texts as some rows, where
    /// the reader refuses them. If this fails, the crate became strict: reconsider.
    #[test]
    fn the_csv_crate_reads_what_the_export_reader_refuses() {
        for text in ["a,b\r\nc\"d,1\r\n", "\"a\"b,1\r\n", "a\rb,1\r\n"] {
            assert!(rows(text).is_err(), "{text:?}");
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes());
            let read: Result<Vec<_>, _> = reader.records().collect();
            assert!(read.is_ok(), "{text:?} is refused by the crate too");
        }
    }

    #[test]
    fn formulas_stay_text_and_numbers_stay_numbers() {
        for risky in ["=1+1", "+84 90 123", "-cmd", "@SUM(A1)", "\t=x", " =x"] {
            assert!(neutralise(risky).starts_with('\''), "{risky:?}");
        }
        for safe in ["Cần Thơ", "ວຽງຈັນ", "retail_wholesale", "a=b", ""] {
            assert_eq!(neutralise(safe), safe);
        }
        let mut csv = CsvText::new();
        csv.row(&[
            Cell::Text("=HYPERLINK(\"x\")"),
            Cell::Number(-3.5),
            Cell::Empty,
            Cell::Text("a,b"),
        ]);
        assert_eq!(
            csv.finish(),
            "\u{feff}\"'=HYPERLINK(\"\"x\"\")\",-3.5,,\"a,b\"\r\n"
        );
    }

    #[test]
    fn quoting_round_trips_commas_quotes_and_line_breaks() {
        let mut csv = CsvText::new();
        csv.row(&[Cell::Text("Tạp hóa \"Minh Anh\"\nCần Thơ, VN")]);
        csv.row(&[Cell::Text("plain"), Cell::Text("with \r alone")]);
        assert_eq!(
            csv.finish(),
            "\u{feff}\"Tạp hóa \"\"Minh Anh\"\"\nCần Thơ, VN\"\r\nplain,\"with \r alone\"\r\n"
        );
    }
}
