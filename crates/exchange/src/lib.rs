//! Files between machines: the officer's anonymized export written (`write`) and read at the
//! agency (`read`), their CSV (`csv`), and the agency's tables as files (`tables`). What a
//! record holds and the rules that release it are the model's (`digiready_model::release`).
//!
//! Errors are typed here; `localize` gives each in the reader's language
//! (`locales/<lang>/export.ftl`).

pub mod csv;
pub mod read;
pub mod tables;
pub mod write;

use std::io::Read;
use std::path::Path;

use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use digiready_store::StoreError;
use read::{ImportError, Limits};

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Anonymity(#[from] digiready_model::release::anonymity::AnonymityError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "an assessment uses questionnaire version {version}, which this DigiReady does not know"
    )]
    UnknownInstrument { version: String },
    /// More records to release than one file may hold (`read::MAX_RECORDS`): the importer
    /// would refuse the file.
    #[error("{records} records to release, more than {max} in one file")]
    TooManyRecords { records: usize, max: usize },
    #[error("internal error while writing the export: {0}")]
    Internal(String),
}

/// Why an export file could not be imported. Nothing was merged.
#[derive(Debug, thiserror::Error)]
pub enum ImportFileError {
    #[error("cannot read the file: {0}")]
    Read(String),
    #[error(transparent)]
    Invalid(#[from] ImportError),
    /// A record its questionnaire does not allow.
    #[error(transparent)]
    NotAllowed(#[from] digiready_model::release::verify::NotAllowed),
    /// The re-check of k and l found a group the rules do not allow.
    #[error(transparent)]
    Breach(#[from] digiready_model::release::privacy::Breach),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reads an export file from disk within `limits` (a file too large is refused before it is
/// read) and verifies it.
pub fn read_export_file(path: &Path, limits: &Limits) -> Result<read::ExportFile, ImportFileError> {
    let file = std::fs::File::open(path).map_err(|e| ImportFileError::Read(e.to_string()))?;
    let len = file
        .metadata()
        .map_err(|e| ImportFileError::Read(e.to_string()))?
        .len();
    if len > limits.file_bytes {
        return Err(ImportError::FileTooLarge {
            limit: limits.file_bytes,
        }
        .into());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limits.file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportFileError::Read(e.to_string()))?;
    Ok(read::read_export(&bytes, limits)?)
}

fn mib(bytes: u64) -> String {
    format!("{}", bytes >> 20)
}

impl ImportError {
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            ImportError::FileTooLarge { limit } => {
                ("import-error-file-too-large", a.text("limit", mib(*limit)))
            }
            ImportError::NotAZip(_) => ("import-error-not-a-zip", a),
            ImportError::UnexpectedMember(name) => {
                ("import-error-unexpected-member", a.input("name", name))
            }
            ImportError::DuplicateMember(name) => {
                ("import-error-duplicate-member", a.input("name", name))
            }
            ImportError::TooManyRecords { records, max } => (
                "import-error-too-many-records",
                a.count("records", *records).count("max", *max),
            ),
            ImportError::TooManyAnswers { record_id, max } => (
                "import-error-too-many-answers",
                a.input("record", record_id).count("max", *max),
            ),
            ImportError::TooManyMembers(count) => {
                ("import-error-too-many-members", a.count("count", *count))
            }
            ImportError::MissingMember(name) => {
                ("import-error-missing-member", a.input("name", name))
            }
            ImportError::MemberTooLarge { name, limit } => (
                "import-error-member-too-large",
                a.input("name", name).text("limit", mib(*limit)),
            ),
            ImportError::CompressionBomb { name, .. } => {
                ("import-error-compression-bomb", a.input("name", name))
            }
            ImportError::Unsupported { name } => {
                ("import-error-unsupported", a.input("name", name))
            }
            ImportError::BadManifest(reason) => {
                ("import-error-bad-manifest", a.input("reason", reason))
            }
            ImportError::NotAnExport => ("import-error-not-an-export", a),
            ImportError::NewerFormat { found, supported } => (
                "import-error-newer-format",
                a.text("found", found.to_string())
                    .text("supported", supported.to_string()),
            ),
            ImportError::Checksum { name } => ("import-error-checksum", a.input("name", name)),
            ImportError::BadUtf8 { name } => ("import-error-bad-utf8", a.input("name", name)),
            ImportError::Csv { name, error } => (
                "import-error-csv",
                a.input("name", name).input("reason", &error.to_string()),
            ),
            ImportError::BadHeader { name, .. } => {
                ("import-error-bad-header", a.input("name", name))
            }
            ImportError::FieldCount {
                name,
                line,
                count,
                expected,
            } => (
                "import-error-field-count",
                a.input("name", name)
                    .text("line", line.to_string())
                    .text("count", count.to_string())
                    .text("expected", expected.to_string()),
            ),
            ImportError::BadValue {
                name,
                line,
                column,
                value,
            } => (
                "import-error-bad-value",
                a.input("name", name)
                    .text("line", line.to_string())
                    .input("column", column)
                    .input("value", value),
            ),
            ImportError::DuplicateRecord {
                name,
                line,
                record_id,
            } => (
                "import-error-duplicate-record",
                a.input("name", name)
                    .text("line", line.to_string())
                    .input("record", record_id),
            ),
            ImportError::OrphanAnswer {
                name,
                line,
                record_id,
            } => (
                "import-error-orphan-answer",
                a.input("name", name)
                    .text("line", line.to_string())
                    .input("record", record_id),
            ),
            ImportError::DuplicateAnswer {
                record_id,
                question,
            } => (
                "import-error-duplicate-answer",
                a.input("record", record_id).input("question", question),
            ),
            ImportError::RecordCount { manifest, found } => (
                "import-error-record-count",
                a.count("manifest", *manifest).count("found", *found),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

impl ImportFileError {
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        match self {
            ImportFileError::Read(reason) => catalog.format(
                locale,
                "import-error-read",
                &Args::new().input("reason", reason),
            ),
            ImportFileError::Invalid(e) => e.localize(catalog, locale),
            ImportFileError::NotAllowed(e) => e.localize(catalog, locale),
            ImportFileError::Breach(e) => e.localize(catalog, locale),
            ImportFileError::Store(e) => e.localize(catalog, locale),
        }
    }
}

impl ExportError {
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            ExportError::Anonymity(
                digiready_model::release::anonymity::AnonymityError::KTooLow(k),
            ) => (
                "export-error-k-too-low",
                a.count("k", *k)
                    .count("min", digiready_model::release::anonymity::MIN_K),
            ),
            ExportError::Store(e) => return e.localize(catalog, locale),
            ExportError::UnknownInstrument { version } => (
                "export-error-unknown-instrument",
                a.text("version", version.clone()),
            ),
            ExportError::TooManyRecords { records, max } => (
                "export-error-too-many-records",
                a.count("records", *records).count("max", *max),
            ),
            ExportError::Internal(reason) => {
                ("export-error-internal", a.text("reason", reason.clone()))
            }
        };
        catalog.format(locale, id, &args)
    }
}
