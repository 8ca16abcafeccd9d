//! Reading an export file an officer sent: every byte is distrusted.
//!
//! The zip must hold exactly the four members of the format, each deflated or stored, each
//! within its size limit (counted while inflating, never taken from the header) and its
//! compression ratio; the manifest's format must not be newer than this binary's; every
//! member's SHA-256 must match; every CSV cell must be a value the format allows. Anything
//! else is refused with the reason, before anything is merged.
//!
//! By step: `members` opens and meters the zip's members, `manifest` checks the manifest,
//! `rows` parses and checks the CSV rows into records.

mod manifest;
mod members;
mod rows;

use std::io::Cursor;

use crate::csv::CsvError;
use digiready_model::digest::sha256_hex;
pub use digiready_model::release::manifest::ExportFile;
use digiready_model::release::manifest::{ANSWERS, ASSESSMENTS, MANIFEST, SCHEMA};
use manifest::*;
use members::*;
use rows::*;

/// Limits on what a reader accepts. An officer's export of 100,000 assessments is about
/// 30 MB compressed and 300 MB of CSV; the limits sit well above that and far below what
/// would exhaust an agency's desktop.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub file_bytes: u64,
    pub manifest_bytes: u64,
    pub member_bytes: u64,
    /// Inflated size over compressed size.
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: 256 << 20,
            manifest_bytes: 1 << 20,
            member_bytes: 1 << 30,
            max_ratio: 200,
        }
    }
}

/// Why an export file was refused. `Display` is English for logs; `localize` is for users.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is larger than {limit} bytes")]
    FileTooLarge { limit: u64 },
    #[error("not a zip file, or a damaged one: {0}")]
    NotAZip(String),
    #[error("unexpected member {0:?}")]
    UnexpectedMember(String),
    #[error("member {0} appears twice")]
    DuplicateMember(String),
    /// An export holds four members; a few more are named one by one, this many are not.
    #[error("{0} members")]
    TooManyMembers(usize),
    #[error("member {0} is missing")]
    MissingMember(String),
    /// More records than one file may hold.
    #[error("{records} records, more than {max}")]
    TooManyRecords { records: usize, max: usize },
    /// More answer rows for one record than any questionnaire has.
    #[error("record {record_id} has more than {max} answer rows")]
    TooManyAnswers { record_id: String, max: usize },
    #[error("member {name} is larger than {limit} bytes")]
    MemberTooLarge { name: String, limit: u64 },
    #[error("member {name} is compressed more than {ratio}:1, like a compression bomb")]
    CompressionBomb { name: String, ratio: u64 },
    #[error("member {name} is encrypted or compressed with an unsupported method")]
    Unsupported { name: String },
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    #[error("not a DigiReady export")]
    NotAnExport,
    #[error("export format {found} is newer than this DigiReady reads ({supported})")]
    NewerFormat { found: u32, supported: u32 },
    #[error("member {name} does not match its checksum")]
    Checksum { name: String },
    #[error("member {name} is not UTF-8 text")]
    BadUtf8 { name: String },
    #[error("{name}: {error}")]
    Csv { name: String, error: CsvError },
    #[error("{name}, line {line}: the columns are not those of the format")]
    BadHeader { name: String, line: usize },
    #[error("{name}, line {line}: {count} fields where {expected} were expected")]
    FieldCount {
        name: String,
        line: usize,
        count: usize,
        expected: usize,
    },
    #[error("{name}, line {line}, column {column}: value {value:?} is not allowed")]
    BadValue {
        name: String,
        line: usize,
        column: String,
        /// The start of the value only.
        value: String,
    },
    #[error("{name}, line {line}: record {record_id} appears twice")]
    DuplicateRecord {
        name: String,
        line: usize,
        record_id: String,
    },
    #[error("{name}, line {line}: an answer of record {record_id}, which the file does not hold")]
    OrphanAnswer {
        name: String,
        line: usize,
        record_id: String,
    },
    #[error("record {record_id} answers question {question} twice")]
    DuplicateAnswer { record_id: String, question: String },
    #[error("the manifest lists {manifest} records but the file holds {found}")]
    RecordCount { manifest: usize, found: usize },
}

/// At most this many records in one file: what a reader holds of them stays far below the
/// memory of an agency's laptop (BENCHMARKS.md, import memory). An officer's export is
/// hundreds; the writer refuses to make a larger one.
pub const MAX_RECORDS: usize = 20_000;

/// At most this many answer rows for one record: more than any questionnaire asks (a
/// multiple-choice answer is a row per option).
pub const MAX_ANSWER_ROWS: usize = 1_000;

/// Reads and verifies an export file. The CSV members are parsed as they inflate: neither they
/// nor more than [`MAX_RECORDS`] records are ever held.
pub fn read_export(bytes: &[u8], limits: &Limits) -> Result<ExportFile, ImportError> {
    if bytes.len() as u64 > limits.file_bytes {
        return Err(ImportError::FileTooLarge {
            limit: limits.file_bytes,
        });
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::NotAZip(e.to_string()))?;
    // Counted first: past 65,535 entries the end record's count no longer holds the number.
    if zip.len() > 16 {
        return Err(ImportError::TooManyMembers(zip.len()));
    }
    // The zip reader keeps one entry per name; a file that lists a name twice (so that one
    // reader sees one content and another reader the other) is refused.
    if central_directory_entries(bytes) != Some(zip.len() as u64) {
        return Err(ImportError::DuplicateMember(
            "(a name listed twice)".to_string(),
        ));
    }
    // Exactly the members of the format: any other name (a path, a folder) is refused.
    for i in 0..zip.len() {
        let name = zip
            .name_for_index(i)
            .ok_or_else(|| ImportError::NotAZip("a member without a name".into()))?
            .map_err(|_| ImportError::UnexpectedMember("(a name that is not UTF-8)".into()))?;
        if ![MANIFEST, ASSESSMENTS, ANSWERS, SCHEMA].contains(&name.as_ref()) {
            return Err(ImportError::UnexpectedMember(
                name.chars().take(80).collect(),
            ));
        }
    }
    let (manifest_bytes, _) = small_member(&mut zip, MANIFEST, limits)?;
    let manifest = parse_manifest(&manifest_bytes)?;
    if manifest.records > MAX_RECORDS {
        return Err(ImportError::TooManyRecords {
            records: manifest.records,
            max: MAX_RECORDS,
        });
    }
    // Every member's size and checksum first (a damaged file is called damaged), inflating
    // each without keeping it; then the CSV members are parsed as they inflate again.
    verify_member(&mut zip, ASSESSMENTS, limits, &manifest)?;
    verify_member(&mut zip, ANSWERS, limits, &manifest)?;
    let (schema, schema_hash) = small_member(&mut zip, SCHEMA, limits)?;
    listed_matches(&manifest, SCHEMA, schema.len() as u64, &schema_hash)?;
    if std::str::from_utf8(&schema).is_err() {
        return Err(ImportError::BadUtf8 {
            name: SCHEMA.to_string(),
        });
    }
    let mut records = csv_member(&mut zip, ASSESSMENTS, limits, |r, e| {
        parse_assessments(r, e, &manifest)
    })?;
    csv_member(&mut zip, ANSWERS, limits, |r, e| {
        parse_answers(r, e, &mut records)
    })?;
    if records.len() != manifest.records {
        return Err(ImportError::RecordCount {
            manifest: manifest.records,
            found: records.len(),
        });
    }
    Ok(ExportFile {
        manifest,
        records,
        sha256: sha256_hex(bytes),
    })
}

fn central_directory_entries(bytes: &[u8]) -> Option<u64> {
    const SIGNATURE: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    // The record is 22 bytes plus a comment of up to 65,535.
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = (from..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| bytes[i..i + 4] == SIGNATURE)?;
    let total = u16::from_le_bytes([bytes[at + 10], bytes[at + 11]]);
    (total != u16::MAX).then_some(u64::from(total))
}
