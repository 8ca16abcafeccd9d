//! CSV as the exports write it: UTF-8 with a byte-order mark (so Excel reads Vietnamese and
//! Lao correctly), RFC 4180 quoting, CRLF line ends, and text cells that can never be read as
//! a formula by a spreadsheet.

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

fn push_text(out: &mut String, text: &str) {
    let text = neutralise(text);
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

/// Appends one row, ended by CRLF.
pub fn push_row(out: &mut String, cells: &[Cell<'_>]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match cell {
            Cell::Text(t) => push_text(out, t),
            // Finite numbers only; shortest form that reads back exactly.
            Cell::Number(x) if x.is_finite() => out.push_str(&x.to_string()),
            Cell::Number(_) | Cell::Empty => {}
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text_and_numbers_stay_numbers() {
        for risky in ["=1+1", "+84 90 123", "-cmd", "@SUM(A1)", "\t=x", " =x"] {
            assert!(neutralise(risky).starts_with('\''), "{risky:?}");
        }
        for safe in ["Cần Thơ", "ວຽງຈັນ", "retail_wholesale", "a=b", ""] {
            assert_eq!(neutralise(safe), safe);
        }
        let mut out = String::new();
        push_row(
            &mut out,
            &[
                Cell::Text("=HYPERLINK(\"x\")"),
                Cell::Number(-3.5),
                Cell::Empty,
                Cell::Text("a,b"),
            ],
        );
        assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\",-3.5,,\"a,b\"\r\n");
    }

    #[test]
    fn quoting_round_trips_commas_quotes_and_line_breaks() {
        let mut out = String::new();
        push_row(&mut out, &[Cell::Text("Tạp hóa \"Minh Anh\"\nCần Thơ, VN")]);
        assert_eq!(out, "\"Tạp hóa \"\"Minh Anh\"\"\nCần Thơ, VN\"\r\n");
    }
}
