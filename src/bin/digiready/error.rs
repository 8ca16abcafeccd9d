//! Everything that can stop a command, in the user's language.

use std::path::PathBuf;

use digiready::answers::{AnswerError, AnswerFileError};
use digiready::export::publish::PublishError;
use digiready::export::ExportError;
use digiready::i18n::{Args, Catalog};
use digiready::instrument::Problems;
use digiready::locale::Locale;
use digiready::store::StoreError;

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
    ReadFile { path: PathBuf, reason: String },
    #[error("cannot write {path}: {reason}")]
    WriteFile { path: PathBuf, reason: String },
    #[error("cannot create {path}: {reason}")]
    CreateDir { path: PathBuf, reason: String },
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
}

impl CliError {
    /// One line per problem, in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> Vec<String> {
        let a = Args::new();
        let one = |id: &str, args: Args<'_>| vec![catalog.format(locale, id, &args)];
        match self {
            CliError::Store(e) => vec![e.localize(catalog, locale)],
            CliError::Answer(e) => vec![e.localize(catalog, locale)],
            CliError::AnswerFile(errors) => {
                errors.iter().map(|e| e.localize(catalog, locale)).collect()
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
                    .text("reason", reason.clone()),
            ),
            CliError::WriteFile { path, reason } => one(
                "cli-error-write-file",
                a.text("path", path.display().to_string())
                    .text("reason", reason.clone()),
            ),
            CliError::CreateDir { path, reason } => one(
                "cli-error-create-dir",
                a.text("path", path.display().to_string())
                    .text("reason", reason.clone()),
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
