//! Text files that people hand to the program — benchmark packs, answer files, questionnaire
//! definitions and their Fluent files — decoded the same careful way (`digiready_app::files`
//! reads them from disk).
//!
//! Invariants:
//! - At most `limit` bytes are read (`limit + 1` to tell that a file is larger): a huge file, a
//!   device such as `/dev/zero` or an endless pipe is refused without filling the memory.
//! - The text must be UTF-8. A UTF-8 byte order mark (as some Windows editors write) is dropped;
//!   UTF-16 text and binary files (a zip, a spreadsheet) are named as such.

use crate::locale::Locale;
use crate::{Args, Catalog};

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a text file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextFileError {
    /// The operating system's reason (no such file, a folder, no permission).
    #[error("cannot be read: {reason}")]
    Unreadable {
        kind: std::io::ErrorKind,
        reason: String,
    },
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the file is UTF-16 text, not UTF-8")]
    Utf16,
    #[error("the file is not text (it holds zero bytes, as a zip or other binary file does)")]
    Binary,
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 { line: usize },
}

impl TextFileError {
    /// The reason in the reader's language, without the file's name (callers name it).
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            TextFileError::Unreadable { kind, reason } => {
                let e = std::io::Error::new(*kind, reason.clone());
                return catalog.io_reason(locale, &e);
            }
            TextFileError::TooLarge { limit } => {
                #[allow(clippy::cast_precision_loss)] // limits are far below 2^52
                let (size, unit) = match *limit as f64 / 1024.0 {
                    kb if kb >= 1024.0 => (kb / 1024.0, "MB"),
                    kb => (kb, "KB"),
                };
                let size = crate::format::decimal(locale, size, 1);
                (
                    "file-error-too-large",
                    a.text("size", format!("{size} {unit}")),
                )
            }
            TextFileError::Utf16 => ("file-error-utf16", a),
            TextFileError::Binary => ("file-error-binary", a),
            TextFileError::NotUtf8 { line } => ("file-error-not-utf8", a.count("line", *line)),
        };
        catalog.format(locale, id, &args)
    }
}

/// The text of a file's bytes: UTF-8, without a leading byte order mark.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, TextFileError> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(TextFileError::Utf16);
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    if bytes.contains(&0) {
        // UTF-16 without a byte order mark: Latin text has its zero bytes all on one side.
        let zero_at = |parity: usize| bytes.iter().skip(parity).step_by(2).any(|&b| b == 0);
        return Err(if zero_at(0) != zero_at(1) {
            TextFileError::Utf16
        } else {
            TextFileError::Binary
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        TextFileError::NotUtf8 { line }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_byte_order_mark_is_text() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFCa\xCC\x80".to_vec()),
            Ok("Ca\u{300}".into())
        );
        assert_eq!(decode(b"{}".to_vec()), Ok("{}".into()));
        assert_eq!(decode(Vec::new()), Ok(String::new()));
    }

    #[test]
    fn other_encodings_and_binary_files_are_named() {
        assert_eq!(
            decode(b"\xFF\xFE{\0}\0".to_vec()),
            Err(TextFileError::Utf16)
        );
        assert_eq!(decode(b"{\0}\0".to_vec()), Err(TextFileError::Utf16));
        assert_eq!(
            decode(b"PK\x03\x04\x14\0\0\0\x08\0".to_vec()),
            Err(TextFileError::Binary)
        );
        assert_eq!(
            decode(b"{\n\"a\": \"\xE9\"}".to_vec()),
            Err(TextFileError::NotUtf8 { line: 2 })
        );
    }
}
