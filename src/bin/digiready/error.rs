//! Everything that can stop a command, in the user's language.

use std::path::PathBuf;

use digiready::answers::{AnswerError, AnswerFileError};
use digiready::export::publish::PublishError;
use digiready::export::ExportError;
use digiready::i18n::{Args, Catalog};
use digiready::instrument::Problems;
use digiready::locale::Locale;
use digiready::store::StoreError;

/// Why a file or folder could not be used: the system's error, worded for the reader by
/// [`Catalog::io_reason`], or a text.
#[derive(Debug)]
pub enum Reason {
    Io(std::io::Error),
    /// A text file that is too large, not UTF-8, or not text.
    File(digiready::textfile::TextFileError),
    Text(String),
}

impl From<std::io::Error> for Reason {
    fn from(e: std::io::Error) -> Self {
        Reason::Io(e)
    }
}

impl From<String> for Reason {
    fn from(text: String) -> Self {
        Reason::Text(text)
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Io(e) => e.fmt(f),
            Reason::File(e) => e.fmt(f),
            Reason::Text(t) => f.write_str(t),
        }
    }
}

impl Reason {
    fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        match self {
            Reason::Io(e) => catalog.io_reason(locale, e),
            Reason::File(e) => e.localize(catalog, locale),
            Reason::Text(t) => t.clone(),
        }
    }
}

/// At most this many problems of an answer file are listed, then how many more there are.
const MAX_LISTED: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error("the answer file has problems")]
    AnswerFile(Vec<AnswerFileError>),
    #[error(transparent)]
    Problems(#[from] Problems),
    #[error("cannot read {path}: {reason}")]
    ReadFile { path: PathBuf, reason: Reason },
    #[error("cannot write {path}: {reason}")]
    WriteFile { path: PathBuf, reason: Reason },
    /// An export kept in the database whose file could not be written.
    #[error("cannot write export {export_id} to {path}: {reason}")]
    ExportNotWritten {
        path: PathBuf,
        reason: Reason,
        export_id: String,
    },
    #[error("cannot create {path}: {reason}")]
    CreateDir { path: PathBuf, reason: Reason },
    #[error("no data folder")]
    NoDataDir,
    #[error("not a number: {0}")]
    BadNumber(String),
    #[error("unknown questionnaire version {version}")]
    UnknownVersion { version: String, known: String },
    #[error("unknown sector {sector}")]
    UnknownSector { sector: String, known: String },
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Publish(#[from] PublishError),
    #[error("{refused} of {total} files were refused")]
    ImportsRefused { refused: usize, total: usize },
    #[error(transparent)]
    Grouping(#[from] digiready::export::aggregate::GroupingError),
}

impl CliError {
    /// One line per problem, in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> Vec<String> {
        let a = Args::new();
        let one = |id: &str, args: Args<'_>| vec![catalog.format(locale, id, &args)];
        match self {
            CliError::Store(e) => vec![e.localize(catalog, locale)],
            CliError::Answer(e) => vec![e.localize(catalog, locale)],
            CliError::Grouping(e) => vec![e.localize(catalog, locale)],
            CliError::AnswerFile(errors) => {
                // A file full of unknown answers would otherwise bury the terminal.
                let mut lines: Vec<String> = errors
                    .iter()
                    .take(MAX_LISTED)
                    .map(|e| e.localize(catalog, locale))
                    .collect();
                if errors.len() > MAX_LISTED {
                    lines.push(catalog.format(
                        locale,
                        "cli-more-problems",
                        &a.count("count", errors.len() - MAX_LISTED),
                    ));
                }
                lines
            }
            CliError::Problems(p) => {
                let mut lines: Vec<String> =
                    p.0.iter().map(|p| p.localize(catalog, locale)).collect();
                lines.push(catalog.format(
                    locale,
                    "cli-check-failed",
                    &a.count("count", p.0.len()),
                ));
                lines
            }
            CliError::ReadFile { path, reason } => one(
                "cli-error-read-file",
                a.text("path", path.display().to_string())
                    .text("reason", reason.localize(catalog, locale)),
            ),
            CliError::WriteFile { path, reason } => one(
                "cli-error-write-file",
                a.text("path", path.display().to_string())
                    .text("reason", reason.localize(catalog, locale)),
            ),
            CliError::ExportNotWritten {
                path,
                reason,
                export_id,
            } => one(
                "cli-error-export-not-written",
                a.text("path", path.display().to_string())
                    .text("reason", reason.localize(catalog, locale))
                    .text("id", export_id.clone()),
            ),
            CliError::CreateDir { path, reason } => one(
                "cli-error-create-dir",
                a.text("path", path.display().to_string())
                    .text("reason", reason.localize(catalog, locale)),
            ),
            CliError::NoDataDir => one("cli-error-no-data-dir", a),
            CliError::BadNumber(v) => one("cli-error-bad-number", a.text("value", v.clone())),
            CliError::UnknownVersion { version, known } => one(
                "cli-error-unknown-version",
                a.text("version", version.clone())
                    .text("known", known.clone()),
            ),
            CliError::Export(e) => vec![e.localize(catalog, locale)],
            CliError::Publish(e) => vec![e.localize(catalog, locale)],
            CliError::ImportsRefused { refused, total } => one(
                "import-refused-count",
                a.count("refused", *refused).count("total", *total),
            ),
            CliError::UnknownSector { sector, known } => one(
                "cli-error-unknown-sector",
                a.text("sector", sector.clone())
                    .text("known", known.clone()),
            ),
        }
    }
}
