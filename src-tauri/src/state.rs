//! What the shell keeps while it runs (Tauri managed state): the content compiled into the
//! binary, the database, and the user's settings. Newtypes, so each command asks only for the
//! part it uses.

use std::fmt;
use std::ops::Deref;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::SystemTime;

use digiready_i18n::locale::Locale;
use digiready_i18n::Catalog;
use digiready_model::benchmark::seed_packs;
use digiready_model::clock::Timestamp;
use digiready_model::instrument::{self, Instruments};
use digiready_report::typeset::Fonts;
use digiready_store::{RecordId, SharedStore, Store, StoreError};

use crate::dto::{Lang, Settings};
use crate::error::{CommandError, CommandResult, ErrorCode};

/// The environment variable that moves the data folder (portable use, tests).
pub const DATA_DIR_ENV: &str = "DIGIREADY_DATA_DIR";
const SETTINGS_FILE: &str = "settings.json";
const DATABASE_FILE: &str = "digiready.sqlite3";

/// Questionnaires, wording and fonts: compiled in, read once at start.
#[derive(Debug)]
pub struct Content {
    pub catalog: Catalog,
    pub instruments: Instruments,
    pub fonts: Fonts,
}

impl Content {
    /// # Panics
    /// When the embedded questionnaire does not load — a build defect that the core's tests
    /// catch before release.
    #[allow(clippy::expect_used)]
    pub fn embedded() -> Content {
        let catalog = Catalog::embedded();
        let instruments =
            instrument::load_embedded(&catalog).expect("the embedded questionnaire loads");
        Content {
            catalog,
            instruments,
            fonts: Fonts::embedded(),
        }
    }
}

/// The database, or why it could not be opened (then the app shows the reason and offers
/// restore instead of exiting).
#[derive(Debug)]
pub struct Db {
    pub path: PathBuf,
    store: Mutex<Result<Store, StoreError>>,
}

impl Db {
    pub fn open(path: PathBuf) -> Db {
        let store = open_store(&path);
        Db {
            path,
            store: Mutex::new(store),
        }
    }

    /// The store, locked for one command; a clear error when it could not be opened.
    pub fn lock(&self, content: &Content, locale: Locale) -> CommandResult<StoreGuard<'_>> {
        let guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = &*guard {
            return Err(CommandError::store(e, &content.catalog, locale));
        }
        Ok(StoreGuard(guard))
    }

    /// Whether the database file could not be opened because of what it holds (damaged, not
    /// ours, from a newer DigiReady) — the only case in which a restore may replace it
    /// without opening it. A busy, read-only or full disk is not such a case.
    pub fn unusable_content(&self) -> bool {
        let guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        matches!(
            &*guard,
            Err(StoreError::NotADatabase { .. } | StoreError::NewerSchema { .. })
        )
    }

    /// Why the database is not open, if it is not.
    pub fn open_error(&self, content: &Content, locale: Locale) -> Option<String> {
        let guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        guard
            .as_ref()
            .err()
            .map(|e| e.localize(&content.catalog, locale))
    }

    /// Closes the store, runs `f` on the file (a restore), then opens the file again —
    /// whether `f` succeeded or not — and returns what `f` returned.
    pub fn replace_with<T>(
        &self,
        f: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        *guard = Err(StoreError::Busy); // drops (closes) the connection
        let result = f();
        *guard = open_store(&self.path);
        result
    }
}

/// The agency import holds the store for one file at a time: the other screens go on between
/// files. A store that is not open (a restore closed it and could not open it again) is busy.
impl SharedStore for &Db {
    fn with_store<R>(&mut self, f: impl FnOnce(&mut Store) -> R) -> Result<R, StoreError> {
        let mut guard = self.store.lock().unwrap_or_else(|p| p.into_inner());
        match &mut *guard {
            Ok(store) => Ok(f(store)),
            Err(_) => Err(StoreError::Busy),
        }
    }
}

fn open_store(path: &Path) -> Result<Store, StoreError> {
    let store = Store::open(path).and_then(|mut s| {
        s.ensure_seed_benchmarks(&seed_packs(), now())?;
        Ok(s)
    });
    if let Err(e) = &store {
        log::error!("cannot open {}: {e}", path.display());
    }
    store
}

/// A locked, open store.
#[derive(Debug)]
pub struct StoreGuard<'a>(MutexGuard<'a, Result<Store, StoreError>>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    #[allow(clippy::unwrap_used)] // `Db::lock` only builds a guard over an open store
    fn deref(&self) -> &Store {
        self.0.as_ref().ok().unwrap()
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    #[allow(clippy::unwrap_used)]
    fn deref_mut(&mut self) -> &mut Store {
        self.0.as_mut().ok().unwrap()
    }
}

/// The user's settings and the file they are kept in.
#[derive(Debug)]
pub struct Prefs {
    path: PathBuf,
    settings: Mutex<Settings>,
}

impl Prefs {
    /// Reads the settings file; a missing or unreadable one gives the defaults (the user is
    /// asked for a language again, nothing else is lost).
    pub fn load(path: PathBuf) -> Prefs {
        let settings = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Prefs {
            path,
            settings: Mutex::new(settings),
        }
    }

    pub fn get(&self) -> Settings {
        self.settings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The language messages and errors are given in.
    pub fn locale(&self) -> Locale {
        lang_locale(self.get().language)
    }

    /// Saves the settings (whole file or nothing), then keeps them.
    pub fn set(&self, settings: Settings, content: &Content) -> CommandResult<()> {
        let text = serde_json::to_string_pretty(&settings)
            .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))?;
        let mut guard = self.settings.lock().unwrap_or_else(|p| p.into_inner());
        digiready_app::workflow::write_atomically(&self.path, text.as_bytes())
            .map_err(|e| write_error(content, lang_locale(settings.language), &self.path, &e))?;
        *guard = settings;
        Ok(())
    }
}

pub fn lang_locale(lang: Option<Lang>) -> Locale {
    match lang {
        Some(Lang::Vi) => Locale::Vi,
        Some(Lang::Lo) => Locale::Lo,
        Some(Lang::En) | None => Locale::En,
    }
}

/// Where the data lives (`DIGIREADY_DATA_DIR`, else the OS data folder) and where reports
/// are saved.
#[derive(Debug, Clone)]
pub struct Folders {
    pub data: PathBuf,
    pub reports: PathBuf,
}

impl Folders {
    pub fn from_env() -> Folders {
        let data = std::env::var_os(DATA_DIR_ENV)
            .map(PathBuf::from)
            .or_else(|| {
                directories::ProjectDirs::from("org", "DigiReady", "DigiReady")
                    .map(|d| d.data_dir().to_path_buf())
            })
            .unwrap_or_else(|| PathBuf::from("DigiReady"));
        let reports = reports_folder(&data);
        Folders { data, reports }
    }

    pub fn database(&self) -> PathBuf {
        self.data.join(DATABASE_FILE)
    }

    pub fn settings(&self) -> PathBuf {
        self.data.join(SETTINGS_FILE)
    }

    pub fn backups(&self) -> PathBuf {
        self.data.join("backups")
    }

    /// Where an officer's anonymized exports are saved: beside the reports.
    pub fn exports(&self) -> PathBuf {
        self.reports.join("Exports")
    }

    /// Where an agency puts the export files officers send; the Agency screen imports them.
    pub fn inbox(&self) -> PathBuf {
        self.reports.join("Inbox")
    }
}

/// Where reports are saved, where the user finds them: `DigiReady` in the Documents folder,
/// else in the home folder (Linux without XDG user folders), else in the data folder.
fn reports_folder(data: &Path) -> PathBuf {
    directories::UserDirs::new()
        .map(|u| {
            u.document_dir()
                .unwrap_or_else(|| u.home_dir())
                .join("DigiReady")
        })
        .unwrap_or_else(|| data.join("reports"))
}

/// A value built on a thread of its own, so that the window opens while it is being built;
/// reading it waits until it is there.
pub struct Later<T>(Arc<OnceLock<T>>);

impl<T: Send + Sync + 'static> Later<T> {
    pub fn spawn(build: impl FnOnce() -> T + Send + 'static) -> Later<T> {
        let cell = Arc::new(OnceLock::new());
        let filled = Arc::clone(&cell);
        std::thread::spawn(
            move || match std::panic::catch_unwind(AssertUnwindSafe(build)) {
                Ok(value) => {
                    let _ = filled.set(value);
                }
                // A build defect (the embedded content does not load): stop, as a panic at start
                // would, rather than leave every command waiting.
                Err(_) => std::process::abort(),
            },
        );
        Later(cell)
    }
}

impl<T> Deref for Later<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.wait()
    }
}

impl<T: fmt::Debug> fmt::Debug for Later<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.get() {
            Some(value) => value.fmt(f),
            None => f.write_str("(being built)"),
        }
    }
}

/// Everything the shell manages, created once at start.
#[derive(Debug)]
pub struct AppState {
    pub content: Later<Content>,
    pub db: Later<Db>,
    pub prefs: Prefs,
    pub folders: Folders,
}

impl AppState {
    /// Opens (and creates) the data folder and reads the settings; the content and the
    /// database (opened, migrated, seeded) are made ready on threads of their own while the
    /// window starts, and the first command that needs them waits for them.
    pub fn open(folders: Folders) -> AppState {
        if let Err(e) = std::fs::create_dir_all(&folders.data) {
            log::error!("cannot create {}: {e}", folders.data.display());
        }
        let database = folders.database();
        AppState {
            content: Later::spawn(Content::embedded),
            db: Later::spawn(move || Db::open(database)),
            prefs: Prefs::load(folders.settings()),
            folders,
        }
    }

    pub fn locale(&self) -> Locale {
        self.prefs.locale()
    }

    pub fn store(&self) -> CommandResult<StoreGuard<'_>> {
        self.db.lock(&self.content, self.locale())
    }

    pub fn store_error(&self, e: &StoreError) -> CommandError {
        CommandError::store(e, &self.content.catalog, self.locale())
    }

    pub fn t(&self, id: &str) -> String {
        self.content.catalog.text(self.locale(), id)
    }
}

pub fn now() -> Timestamp {
    Timestamp::from(SystemTime::now())
}

/// 128 bits from the OS random source (the core is given the randomness).
pub fn random_bytes() -> CommandResult<[u8; 16]> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(bytes)
}

/// A new random record id.
pub fn random_record_id() -> CommandResult<RecordId> {
    Ok(RecordId::from_random_bytes(random_bytes()?))
}

/// A file that could not be written, in the user's language.
pub fn write_error(
    content: &Content,
    locale: Locale,
    path: &Path,
    e: &std::io::Error,
) -> CommandError {
    CommandError::new(
        ErrorCode::WriteFile,
        content.catalog.format(
            locale,
            "app-error-write-file",
            &digiready_i18n::Args::new()
                .text("path", path.display().to_string())
                .text("reason", content.catalog.io_reason(locale, e)),
        ),
    )
}
