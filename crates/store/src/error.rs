//! Store errors, typed, with their wording for people in `locales/<lang>/errors.ftl`.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use digiready_model::answers::AnswerError;

/// What is wrong with one field of an enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    TooLong,
    Unknown,
    Malformed,
}

impl FieldProblem {
    fn message_id(self) -> &'static str {
        match self {
            FieldProblem::Empty => "field-empty",
            FieldProblem::TooLong => "field-too-long",
            FieldProblem::Unknown => "field-unknown",
            FieldProblem::Malformed => "field-malformed",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}: {reason}")]
    Open { path: PathBuf, reason: String },
    #[error("{path} is not a DigiReady database or is damaged")]
    NotADatabase { path: PathBuf },
    #[error("the database has schema version {found}, newer than this program's {supported}")]
    NewerSchema { found: u32, supported: u32 },
    #[error("the disk is full")]
    DiskFull,
    #[error("the database cannot be written (read-only file or folder)")]
    ReadOnly,
    #[error("the database is busy in another program")]
    Busy,
    #[error("no enterprise with id {0}")]
    EnterpriseNotFound(i64),
    #[error("no assessment with id {0}")]
    AssessmentNotFound(i64),
    #[error("assessment {0} is finalized and cannot be changed")]
    Finalized(i64),
    #[error("assessment {id} uses questionnaire {found}; this program has {expected}")]
    InstrumentVersion {
        id: i64,
        found: String,
        expected: String,
    },
    #[error("field {field}: {problem:?}")]
    InvalidField {
        field: &'static str,
        problem: FieldProblem,
    },
    /// A province name that names no province of the country; `suggestions` are the ids of
    /// the closest ones.
    #[error("{typed:?} is not a province of {country}")]
    UnknownProvince {
        typed: String,
        country: String,
        suggestions: Vec<String>,
    },
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(transparent)]
    Pack(digiready_model::benchmark::PackError),
    #[error("no benchmark pack {0:?} is installed")]
    PackNotFound(String),
    #[error("no export {0:?} was made with this database")]
    ExportNotFound(String),
    #[error("record {0} was released by an earlier export")]
    AlreadyReleased(String),
    #[error("stored data could not be read: {0}")]
    BadStoredData(String),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

/// The shared-memory file of the WAL could not grow: SQLite documents this as usually a full
/// disk, and it is the first error seen when a database is opened on one.
fn shared_memory_full(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE)
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if shared_memory_full(&e) {
            return StoreError::DiskFull;
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(e),
        }
    }
}

impl StoreError {
    pub(super) fn from_open(path: &Path, e: rusqlite::Error) -> Self {
        if shared_memory_full(&e) {
            return StoreError::DiskFull;
        }
        // SQLite only says it cannot open the file; a read-only folder or file is the common
        // cause worth saying in words.
        if e.sqlite_error_code() == Some(ErrorCode::CannotOpen) {
            let probe = std::fs::OpenOptions::new().append(true).open(path);
            if let Err(io) = probe {
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
                ) {
                    return StoreError::ReadOnly;
                }
            }
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::NotADatabase {
                    path: path.to_path_buf(),
                }
            }
            Some(
                ErrorCode::DiskFull
                | ErrorCode::ReadOnly
                | ErrorCode::DatabaseBusy
                | ErrorCode::DatabaseLocked,
            ) => StoreError::from(e),
            _ => StoreError::Open {
                path: path.to_path_buf(),
                reason: e.to_string(),
            },
        }
    }

    /// A file error of the store's own (a backup, its checksum): a full disk and a read-only
    /// folder in words, anything else with the system's reason.
    pub(super) fn from_io(path: &Path, e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull => StoreError::DiskFull,
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                StoreError::ReadOnly
            }
            _ => StoreError::Open {
                path: path.to_path_buf(),
                reason: e.to_string(),
            },
        }
    }

    /// The error in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            StoreError::Answer(e) => return e.localize(catalog, locale),
            StoreError::Pack(e) => return e.localize(catalog, locale),
            StoreError::PackNotFound(id) => {
                ("store-error-pack-not-found", a.text("id", id.clone()))
            }
            StoreError::ExportNotFound(id) => {
                ("store-error-export-not-found", a.text("id", id.clone()))
            }
            StoreError::AlreadyReleased(id) => {
                ("store-error-already-released", a.text("id", id.clone()))
            }
            StoreError::Open { path, reason } => (
                "store-error-open",
                a.text("path", path.display().to_string())
                    .text("reason", reason.clone()),
            ),
            StoreError::NotADatabase { path } => (
                "store-error-not-a-database",
                a.text("path", path.display().to_string()),
            ),
            StoreError::NewerSchema { found, supported } => (
                "store-error-newer-schema",
                a.count("found", *found as usize)
                    .count("supported", *supported as usize),
            ),
            StoreError::DiskFull => ("store-error-disk-full", a),
            StoreError::ReadOnly => ("store-error-read-only", a),
            StoreError::Busy => ("store-error-busy", a),
            StoreError::EnterpriseNotFound(id) => (
                "store-error-enterprise-not-found",
                a.text("id", id.to_string()),
            ),
            StoreError::AssessmentNotFound(id) => (
                "store-error-assessment-not-found",
                a.text("id", id.to_string()),
            ),
            StoreError::Finalized(id) => ("store-error-finalized", a.text("id", id.to_string())),
            StoreError::InstrumentVersion {
                id,
                found,
                expected,
            } => (
                "store-error-instrument-version",
                a.text("id", id.to_string())
                    .text("found", found.clone())
                    .text("expected", expected.clone()),
            ),
            StoreError::InvalidField { field, problem } => (
                problem.message_id(),
                a.text(
                    "field",
                    catalog.text(locale, &format!("field-name-{field}")),
                ),
            ),
            StoreError::UnknownProvince {
                typed,
                country,
                suggestions,
            } => {
                let names: Vec<String> = suggestions
                    .iter()
                    .map(|id| catalog.text(locale, &format!("province-{id}")))
                    .collect();
                (
                    "store-error-unknown-province",
                    a.input("typed", typed)
                        .text(
                            "country",
                            catalog.text(locale, &format!("country-{country}")),
                        )
                        .text("suggestions", names.join(", ")),
                )
            }
            StoreError::BadStoredData(reason) => {
                ("store-error-bad-data", a.text("reason", reason.clone()))
            }
            StoreError::Sqlite(e) => ("store-error-other", a.text("reason", e.to_string())),
        };
        catalog.format(locale, id, &args)
    }
}
