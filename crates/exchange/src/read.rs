//! Reading an export file an officer sent: every byte is distrusted.
//!
//! The zip must hold exactly the four members of the format, each deflated or stored, each
//! within its size limit (counted while inflating, never taken from the header) and its
//! compression ratio; the manifest's format must not be newer than this binary's; every
//! member's SHA-256 must match; every CSV cell must be a value the format allows. Anything
//! else is refused with the reason, before anything is merged.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Read};

use crate::csv::{read_rows_from, CsvError, StreamError, MAX_ROW};
use crate::write::{assessment_columns, ANSWER_COLUMNS, FIXED_COLUMNS};
use digiready_i18n::place::Places;
use digiready_model::digest::sha256_hex;
use digiready_model::release::anonymity::Step;
pub use digiready_model::release::manifest::ExportFile;
use digiready_model::release::manifest::{
    Manifest, ANSWERS, ASSESSMENTS, FORMAT, KIND, MANIFEST, SCHEMA,
};
use digiready_model::release::record::{
    is_id, is_record_id, AnswerCell, Record, ScoreLevel, YEARS,
};

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

/// A member's bytes as they inflate, counted against its limits and hashed, so that a member
/// is checked without being held whole.
struct Metered<R> {
    inner: R,
    read: u64,
    limit: u64,
    ratio_limit: u64,
    hasher: sha2::Sha256,
    /// Which limit stopped the reading, if one did.
    tripped: std::rc::Rc<std::cell::Cell<Option<Trip>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trip {
    TooLarge,
    Ratio,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let trip = if self.read > self.limit {
            Some(Trip::TooLarge)
        } else if self.read > self.ratio_limit {
            Some(Trip::Ratio)
        } else {
            None
        };
        if let Some(t) = trip {
            self.tripped.set(Some(t));
            return Err(std::io::Error::other("a size limit was reached"));
        }
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// At most this many records in one file: what a reader holds of them stays far below the
/// memory of an agency's laptop (BENCHMARKS.md, import memory). An officer's export is
/// hundreds; the writer refuses to make a larger one.
pub const MAX_RECORDS: usize = 20_000;

/// At most this many answer rows for one record: more than any questionnaire asks (a
/// multiple-choice answer is a row per option).
pub const MAX_ANSWER_ROWS: usize = 1_000;

/// Opens a member for streaming: checks its name and method, and meters it.
type Tripped = std::rc::Rc<std::cell::Cell<Option<Trip>>>;

/// A member of a zip held in memory, metered as it inflates.
type MemberReader<'a, 'b> = Metered<zip::read::ZipFile<'a, Cursor<&'b [u8]>>>;

fn open_member<'a, 'b>(
    zip: &'a mut zip::ZipArchive<Cursor<&'b [u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<(MemberReader<'a, 'b>, Tripped), ImportError> {
    use sha2::Digest;
    let file = zip.by_name(name).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => ImportError::MissingMember(name.to_string()),
        e => ImportError::NotAZip(e.to_string()),
    })?;
    if file.encrypted()
        || !matches!(
            file.compression(),
            zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
        )
    {
        return Err(ImportError::Unsupported {
            name: name.to_string(),
        });
    }
    let limit = if name == MANIFEST || name == SCHEMA {
        limits.manifest_bytes
    } else {
        limits.member_bytes
    };
    let ratio_limit = file
        .compressed_size()
        .max(1024)
        .saturating_mul(limits.max_ratio);
    let tripped = std::rc::Rc::new(std::cell::Cell::new(None));
    Ok((
        Metered {
            inner: file,
            read: 0,
            limit,
            ratio_limit,
            hasher: sha2::Sha256::new(),
            tripped: tripped.clone(),
        },
        tripped,
    ))
}

/// The error for a member whose reading failed: the limit it reached, or the damage.
fn member_error(
    name: &str,
    limits: &Limits,
    tripped: &std::cell::Cell<Option<Trip>>,
    e: &std::io::Error,
) -> ImportError {
    match tripped.get() {
        Some(Trip::TooLarge) => ImportError::MemberTooLarge {
            name: name.to_string(),
            limit: if name == MANIFEST || name == SCHEMA {
                limits.manifest_bytes
            } else {
                limits.member_bytes
            },
        },
        Some(Trip::Ratio) => ImportError::CompressionBomb {
            name: name.to_string(),
            ratio: limits.max_ratio,
        },
        None => ImportError::NotAZip(format!("{name}: {e}")),
    }
}

/// A small member (the manifest, SCHEMA.md) read whole, with its SHA-256.
fn small_member(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<(Vec<u8>, String), ImportError> {
    use sha2::Digest;
    let (mut m, tripped) = open_member(zip, name, limits)?;
    let mut bytes = Vec::new();
    m.read_to_end(&mut bytes)
        .map_err(|e| member_error(name, limits, &tripped, &e))?;
    let hash = digiready_model::digest::hex(&m.hasher.finalize());
    Ok((bytes, hash))
}

/// Checks a streamed member against what the manifest lists for it.
fn listed_matches(
    manifest: &Manifest,
    name: &str,
    bytes: u64,
    sha256: &str,
) -> Result<(), ImportError> {
    let listed = manifest
        .members
        .iter()
        .find(|m| m.name == name)
        .ok_or_else(|| ImportError::BadManifest(format!("{name} is not listed")))?;
    if listed.bytes != bytes || listed.sha256 != sha256 {
        return Err(ImportError::Checksum {
            name: name.to_string(),
        });
    }
    Ok(())
}

/// Inflates a member once to check its size and SHA-256 against the manifest, holding nothing.
fn verify_member(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
    limits: &Limits,
    manifest: &Manifest,
) -> Result<(), ImportError> {
    use sha2::Digest;
    let (mut m, tripped) = open_member(zip, name, limits)?;
    std::io::copy(&mut m, &mut std::io::sink())
        .map_err(|e| member_error(name, limits, &tripped, &e))?;
    let read = m.read;
    listed_matches(
        manifest,
        name,
        read,
        &digiready_model::digest::hex(&m.hasher.finalize()),
    )
}

/// Parses a CSV member as it inflates (a second time, after [`verify_member`]).
fn csv_member<T>(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
    limits: &Limits,
    parse: impl FnOnce(
        &mut dyn std::io::BufRead,
        &dyn Fn(std::io::Error) -> ImportError,
    ) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    let (mut m, tripped) = open_member(zip, name, limits)?;
    let io_error = |e: std::io::Error| member_error(name, limits, &tripped, &e);
    let mut reader = std::io::BufReader::new(&mut m);
    parse(&mut reader, &io_error)
}

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

fn parse_manifest(bytes: &[u8]) -> Result<Manifest, ImportError> {
    // The format and kind first, so that a newer format is named as such even when the rest
    // of its manifest has changed.
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ImportError::BadManifest(e.to_string()))?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return Err(ImportError::NotAnExport);
    }
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ImportError::BadManifest("no format".into()))?;
    if format > u64::from(FORMAT) {
        return Err(ImportError::NewerFormat {
            found: u32::try_from(format).unwrap_or(u32::MAX),
            supported: FORMAT,
        });
    }
    let manifest: Manifest =
        serde_json::from_value(value).map_err(|e| ImportError::BadManifest(e.to_string()))?;
    if !is_id(&manifest.export_id)
        || !manifest
            .areas
            .iter()
            .chain(&manifest.practices)
            .all(|id| is_id(id))
        || !manifest.instrument_versions.iter().all(|v| is_id(v))
    {
        return Err(ImportError::BadManifest("an id is not well formed".into()));
    }
    check_manifest_fields(&manifest).map_err(|what| ImportError::BadManifest(what.into()))?;
    Ok(manifest)
}

/// A period label as the writer makes it ("2026-Q3", or "2026" where the quarter was not
/// released, in [`YEARS`]) as its year and quarter.
fn period(label: &str) -> Option<(i32, Option<u8>)> {
    let (year, quarter) = match label.split_once("-Q") {
        Some((y, q)) => (y, Some(q)),
        None => (label, None),
    };
    let year = year
        .parse::<i32>()
        .ok()
        .filter(|y| year.len() == 4 && YEARS.contains(y))?;
    let quarter = match quarter {
        None => None,
        Some(q @ ("1" | "2" | "3" | "4")) => q.parse().ok(),
        Some(_) => return None,
    };
    Some((year, quarter))
}

/// Every manifest field within what the writer makes: its text is stored and shown at the
/// agency, so nothing long, odd or out of range gets in. Says which field is wrong.
fn check_manifest_fields(m: &Manifest) -> Result<(), &'static str> {
    let created = m
        .created
        .split('-')
        .map(|p| {
            p.parse::<u32>()
                .ok()
                .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect::<Option<Vec<u32>>>();
    let date_ok = m.created.len() == 10
        && created.is_some_and(|d| {
            d.len() == 3
                && i32::try_from(d[0]).is_ok_and(|y| YEARS.contains(&y))
                && (1..=12).contains(&d[1])
                && (1..=31).contains(&d[2])
        });
    if !date_ok {
        return Err("created is not a date (YYYY-MM-DD) of 2000 to 2100");
    }
    if m.app_version.is_empty()
        || m.app_version.len() > 32
        || !m
            .app_version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
    {
        return Err("app_version is not a version number");
    }
    if let Some(p) = &m.period {
        let span = period(&p.from).zip(period(&p.to));
        // A year stands for its first quarter as the start and its last as the end.
        if span.is_none_or(|((y1, q1), (y2, q2))| (y1, q1.unwrap_or(1)) > (y2, q2.unwrap_or(4))) {
            return Err("period is not a span of quarters or years of 2000 to 2100");
        }
    }
    let a = &m.anonymity;
    let ids = |list: &[String], max: usize| list.len() <= max && list.iter().all(|i| is_id(i));
    // Quasi-identifiers name a column, or an observable trait as "observable:<id>".
    let quasi_ok = a.quasi_identifiers.len() <= 16
        && a.quasi_identifiers
            .iter()
            .all(|q| is_id(q.strip_prefix("observable:").unwrap_or(q)));
    if !quasi_ok || !ids(&a.observable, 16) || !ids(&a.sensitive, 16) {
        return Err("an anonymity trait list is not a short list of ids");
    }
    if m.instrument_versions.len() > 64 || m.areas.len() > 64 || m.practices.len() > 256 {
        return Err("a list is longer than any questionnaire has");
    }
    if m.members.len() > 3
        || !m.members.iter().all(|x| {
            [ASSESSMENTS, ANSWERS, SCHEMA].contains(&x.name.as_str())
                && x.sha256.len() == 64
                && x.sha256.bytes().all(|b| b.is_ascii_hexdigit())
        })
    {
        return Err("members lists something an export does not hold");
    }
    Ok(())
}

/// One CSV row being checked: errors name the file, line and column.
struct Fields<'a> {
    name: &'static str,
    line: usize,
    header: &'a [String],
    fields: &'a [String],
}

impl Fields<'_> {
    fn bad(&self, column: usize) -> ImportError {
        ImportError::BadValue {
            name: self.name.to_string(),
            line: self.line,
            column: self.header[column].clone(),
            value: self.fields[column].chars().take(40).collect(),
        }
    }

    fn get(&self, column: usize) -> Option<&str> {
        Some(self.fields[column].as_str()).filter(|s| !s.is_empty())
    }

    fn id(&self, column: usize) -> Result<String, ImportError> {
        self.opt_id(column)?.ok_or_else(|| self.bad(column))
    }

    fn opt_id(&self, column: usize) -> Result<Option<String>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) if is_id(s) => Ok(Some(s.to_string())),
            Some(_) => Err(self.bad(column)),
        }
    }

    /// A finite number in `range`, or nothing.
    fn number(
        &self,
        column: usize,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<Option<f64>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) => s
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && range.contains(x))
                .map(Some)
                .ok_or_else(|| self.bad(column)),
        }
    }

    fn int(
        &self,
        column: usize,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) => s
                .parse::<i64>()
                .ok()
                .filter(|x| range.contains(x))
                .map(Some)
                .ok_or_else(|| self.bad(column)),
        }
    }

    /// A score (0–100, one decimal as the app writes it: a record's content is compared at
    /// that precision, so 99.96 would pass for 100) with its level (1–5): both or neither.
    fn score(&self, score: usize, level: usize) -> Result<Option<ScoreLevel>, ImportError> {
        let value = self.number(score, 0.0..=100.0)?;
        if value.is_some_and(|x| digiready_model::scoring::round1(x) != x) {
            return Err(self.bad(score));
        }
        match (value, self.int(level, 1..=5)?) {
            (Some(score), Some(level)) => Ok(Some(ScoreLevel {
                score,
                level: level as u8,
            })),
            (None, None) => Ok(None),
            (Some(_), None) => Err(self.bad(level)),
            (None, Some(_)) => Err(self.bad(score)),
        }
    }
}

fn csv_error(name: &'static str) -> impl Fn(CsvError) -> ImportError {
    move |error| ImportError::Csv {
        name: name.to_string(),
        error,
    }
}

/// Wraps the CSV reader so that its errors and ours share one type.
#[derive(Debug)]
enum RowError {
    Csv(CsvError),
    Import(ImportError),
}

impl From<CsvError> for RowError {
    fn from(e: CsvError) -> Self {
        RowError::Csv(e)
    }
}

impl From<ImportError> for RowError {
    fn from(e: ImportError) -> Self {
        RowError::Import(e)
    }
}

fn rows(
    name: &'static str,
    reader: impl std::io::BufRead,
    expected_header: &[String],
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    mut each: impl FnMut(&Fields<'_>) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut header: Option<Vec<String>> = None;
    let result = read_rows_from(reader, |line, fields: &[String]| -> Result<(), RowError> {
        let Some(header) = &header else {
            if fields != expected_header {
                return Err(ImportError::BadHeader {
                    name: name.to_string(),
                    line,
                }
                .into());
            }
            header = Some(fields.to_vec());
            return Ok(());
        };
        if fields.len() != header.len() {
            return Err(ImportError::FieldCount {
                name: name.to_string(),
                line,
                count: fields.len(),
                expected: header.len(),
            }
            .into());
        }
        each(&Fields {
            name,
            line,
            header,
            fields,
        })?;
        Ok(())
    });
    match result {
        Ok(()) if header.is_none() => Err(ImportError::BadHeader {
            name: name.to_string(),
            line: 1,
        }),
        Ok(()) => Ok(()),
        Err(StreamError::Io(e)) => Err(io_error(e)),
        Err(StreamError::NotUtf8 { .. }) => Err(ImportError::BadUtf8 {
            name: name.to_string(),
        }),
        Err(StreamError::RowTooLong { line }) => Err(csv_error(name)(CsvError::FieldTooLong {
            line,
            limit: MAX_ROW,
        })),
        Err(StreamError::Row(RowError::Csv(e))) => Err(csv_error(name)(e)),
        Err(StreamError::Row(RowError::Import(e))) => Err(e),
    }
}

fn parse_assessments(
    reader: impl std::io::BufRead,
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    manifest: &Manifest,
) -> Result<Vec<Record>, ImportError> {
    let places = Places::embedded();
    let areas = &manifest.areas;
    let practices = &manifest.practices;
    let header = assessment_columns(areas, practices);
    let n = FIXED_COLUMNS.len();
    let mut records = Vec::new();
    let mut seen = HashSet::new();
    rows(ASSESSMENTS, reader, &header, io_error, |f| {
        // No more records than the manifest says (which is at most MAX_RECORDS): the work
        // and the memory are bounded before the rest is read.
        if records.len() == manifest.records {
            return Err(ImportError::RecordCount {
                manifest: manifest.records,
                found: records.len() + 1,
            });
        }
        let record_id = f.fields[0].clone();
        if !is_record_id(&record_id) {
            return Err(f.bad(0));
        }
        if !seen.insert(record_id.clone()) {
            return Err(ImportError::DuplicateRecord {
                name: ASSESSMENTS.to_string(),
                line: f.line,
                record_id,
            });
        }
        let instrument_version = f.id(1)?;
        if !manifest.instrument_versions.contains(&instrument_version) {
            return Err(f.bad(1));
        }
        let country = f.fields[2].clone();
        if places.provinces(&country).next().is_none() {
            return Err(f.bad(2));
        }
        let province = match f.get(3) {
            None => None,
            Some(p) => Some(
                places
                    .province(p)
                    .filter(|p| p.country == country)
                    .ok_or_else(|| f.bad(3))?
                    .id
                    .clone(),
            ),
        };
        let region = match f.get(4) {
            None => None,
            Some(r)
                if places
                    .regions()
                    .iter()
                    .any(|x| x.id == r && x.country == country) =>
            {
                Some(r.to_string())
            }
            Some(_) => return Err(f.bad(4)),
        };
        let year = f
            .int(7, i64::from(*YEARS.start())..=i64::from(*YEARS.end()))?
            .ok_or_else(|| f.bad(7))? as i32;
        let quarter = f.int(8, 1..=4)?.map(|q| q as u8);
        let generalisation = Step::parse(&f.fields[9]).ok_or_else(|| f.bad(9))?;
        // Each step releases exactly its fields.
        let shape = (province.is_some(), region.is_some(), quarter.is_some());
        let expected = match generalisation {
            Step::AsRecorded => (true, false, true),
            Step::Region => (false, true, true),
            Step::Country => (false, false, true),
            Step::CountryYear => (false, false, false),
        };
        if shape != expected {
            return Err(f.bad(9));
        }
        let mut record_areas = BTreeMap::new();
        for (i, area) in areas.iter().enumerate() {
            if let Some(s) = f.score(n + i, n + areas.len() + i)? {
                record_areas.insert(area.clone(), s);
            }
        }
        let mut record_practices = BTreeMap::new();
        for (i, practice) in practices.iter().enumerate() {
            let column = n + 2 * areas.len() + i;
            match f.get(column) {
                None => {}
                Some("1") => {
                    record_practices.insert(practice.clone(), true);
                }
                Some("0") => {
                    record_practices.insert(practice.clone(), false);
                }
                Some(_) => return Err(f.bad(column)),
            }
        }
        records.push(Record {
            record_id,
            instrument_version,
            country,
            province,
            region,
            sector: f.id(5)?,
            size_band: f.id(6)?,
            year,
            quarter,
            generalisation,
            overall: f.score(10, 11)?,
            areas: record_areas,
            practices: record_practices,
            answers: Vec::new(),
        });
        Ok(())
    })?;
    Ok(records)
}

fn parse_answers(
    reader: impl std::io::BufRead,
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    records: &mut [Record],
) -> Result<(), ImportError> {
    let index: HashMap<String, usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.record_id.clone(), i))
        .collect();
    let header: Vec<String> = ANSWER_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut per_record = vec![0usize; records.len()];
    rows(ANSWERS, reader, &header, io_error, |f| {
        let record_id = &f.fields[0];
        let Some(&i) = index.get(record_id) else {
            return Err(if is_record_id(record_id) {
                ImportError::OrphanAnswer {
                    name: ANSWERS.to_string(),
                    line: f.line,
                    record_id: record_id.clone(),
                }
            } else {
                f.bad(0)
            });
        };
        let question = f.id(1)?;
        let option = f.opt_id(2)?;
        let number = f.number(3, -1e15..=1e15)?;
        if option.is_some() == number.is_some() {
            return Err(f.bad(2));
        }
        // Bounded before it is kept: a file cannot make the reader hold more than the
        // questionnaire's answers per record.
        per_record[i] += 1;
        if per_record[i] > MAX_ANSWER_ROWS {
            return Err(ImportError::TooManyAnswers {
                record_id: record_id.clone(),
                max: MAX_ANSWER_ROWS,
            });
        }
        records[i].answers.push(AnswerCell {
            question,
            option,
            number,
        });
        Ok(())
    })?;
    for r in records.iter_mut() {
        r.answers
            .sort_by(|a, b| (&a.question, &a.option).cmp(&(&b.question, &b.option)));
        if let Some(w) = r
            .answers
            .windows(2)
            .find(|w| w[0].question == w[1].question && w[0].option == w[1].option)
        {
            return Err(ImportError::DuplicateAnswer {
                record_id: r.record_id.clone(),
                question: w[0].question.clone(),
            });
        }
    }
    Ok(())
}
