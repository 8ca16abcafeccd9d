//! Errors across the IPC boundary: `{code, message}`. The code is stable (the UI switches on
//! it); the message is in the user's current language, from `locales/`.

use digiready_i18n::locale::Locale;
use digiready_i18n::Catalog;
use digiready_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// Stable error codes. Never renamed: the UI and its tests depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The database could not be opened at start (the message says why).
    DatabaseUnavailable,
    /// The disk is full, the folder is read-only or the database is busy.
    Storage,
    /// No enterprise, assessment, question, backup… with that id.
    NotFound,
    /// An argument is out of range or malformed (the message names it).
    InvalidInput,
    /// The assessment is finalized and cannot be changed.
    Finalized,
    /// A file could not be written (report, backup).
    WriteFile,
    /// A backup file is damaged or not a DigiReady database.
    BadBackup,
    /// Anything else (a bug): the message carries the detail.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> CommandError {
        CommandError {
            code,
            message: message.into(),
        }
    }

    /// A store error in the user's language, with its code.
    pub fn store(e: &StoreError, catalog: &Catalog, locale: Locale) -> CommandError {
        let code = match e {
            StoreError::Open { .. }
            | StoreError::NotADatabase { .. }
            | StoreError::NewerSchema { .. } => ErrorCode::DatabaseUnavailable,
            StoreError::DiskFull | StoreError::ReadOnly | StoreError::Busy => ErrorCode::Storage,
            StoreError::EnterpriseNotFound(_)
            | StoreError::AssessmentNotFound(_)
            | StoreError::PackNotFound(_)
            | StoreError::ExportNotFound(_) => ErrorCode::NotFound,
            StoreError::Finalized(_) => ErrorCode::Finalized,
            StoreError::InvalidField { .. }
            | StoreError::UnknownProvince { .. }
            | StoreError::Answer(_)
            | StoreError::Pack(_) => ErrorCode::InvalidInput,
            StoreError::InstrumentVersion { .. }
            | StoreError::AlreadyReleased(_)
            | StoreError::BadStoredData(_)
            | StoreError::Sqlite(_) => ErrorCode::Internal,
        };
        if code == ErrorCode::Internal {
            log::error!("{e}");
        }
        CommandError::new(code, e.localize(catalog, locale))
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
