//! What every command uses: the context (catalog, language, database), the clock and
//! randomness read here and passed in, printing, and files written whole.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use digiready::benchmark::seed_packs;
use digiready::clock::{Timestamp, INDOCHINA_TIME_OFFSET_MINUTES};
use digiready::i18n::format::{date, decimal};
use digiready::i18n::{Args, Catalog};
use digiready::instrument::{self, Instruments};
use digiready::locale::Locale;
use digiready::store::{self, RecordId, Store};
use digiready::workflow;
use serde_json::Value;

use crate::error::{CliError, Reason};

/// Prints a line to stdout; when stdout is closed (e.g. `digiready ... | head`), stops quietly
/// instead of panicking. Output is only printed after every write to the database is done.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    pub db: Option<PathBuf>,
}

impl Context<'_> {
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(self.locale, id)
    }

    pub fn f(&self, id: &str, args: Args<'_>) -> String {
        self.catalog.format(self.locale, id, &args)
    }

    pub fn instruments(&self) -> Result<Instruments, CliError> {
        Ok(instrument::load_embedded(self.catalog)?)
    }

    pub fn store(&self) -> Result<Store, CliError> {
        let path = match &self.db {
            Some(p) => p.clone(),
            None => {
                let p = store::default_path().ok_or(CliError::NoDataDir)?;
                if let Some(dir) = p.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| CliError::CreateDir {
                        path: dir.to_path_buf(),
                        reason: e.into(),
                    })?;
                }
                p
            }
        };
        let mut store = Store::open(&path)?;
        store.ensure_seed_benchmarks(&seed_packs(), now())?;
        Ok(store)
    }

    pub fn date(&self, t: Timestamp) -> String {
        date(self.locale, t.date(INDOCHINA_TIME_OFFSET_MINUTES))
    }

    pub fn num(&self, x: f64) -> String {
        decimal(self.locale, x, 1)
    }
}

pub fn now() -> Timestamp {
    Timestamp::from(SystemTime::now())
}

pub(crate) fn random_bytes() -> Result<[u8; 16], CliError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| CliError::ReadFile {
        path: PathBuf::from("<system random source>"),
        reason: e.to_string().into(),
    })?;
    Ok(bytes)
}

pub(crate) fn random_record_id() -> Result<RecordId, CliError> {
    Ok(RecordId::from_random_bytes(random_bytes()?))
}

/// 128 random bits as 32 hex digits, e.g. an export file's id.
pub fn random_hex() -> Result<String, CliError> {
    Ok(digiready::digest::hex(&random_bytes()?))
}

pub fn print_json(value: &Value) {
    out!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// A text file someone hands us, at most `limit` bytes (see `digiready::textfile`).
pub(crate) fn read_text(path: &Path, limit: u64) -> Result<String, CliError> {
    digiready::files::read_text(path, limit).map_err(|e| CliError::ReadFile {
        path: path.to_path_buf(),
        reason: Reason::File(e),
    })
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed.
pub(crate) fn write_atomically(path: &Path, text: &str) -> Result<(), CliError> {
    write_bytes_atomically(path, text.as_bytes())
}

pub fn write_bytes_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    workflow::write_atomically(path, bytes).map_err(|e| CliError::WriteFile {
        path: path.to_path_buf(),
        reason: e.into(),
    })
}
