//! The local SQLite store: enterprises, assessments and their answers.
//!
//! Invariants:
//! - Foreign keys are on; the journal is WAL with `synchronous = FULL`, so an answer is on disk
//!   once [`Store::record_answer`] returns, even if the process or the machine dies right after.
//! - Every write is one transaction: it happens whole or not at all.
//! - A database whose schema is newer than this binary is refused before anything is written.
//! - Migrations sit next to the tables they create and run in one transaction each.
//! - Only validated data is written: answers are checked against the questionnaire first.

mod assessment;
mod backup;
pub use backup::checksum_path;
mod benchmark;
mod enterprise;
mod error;
mod pool;
mod published;
mod release;

pub use assessment::{Assessment, AssessmentSummary, RecordId, Status};
pub use benchmark::{InstallOutcome, InstalledPack};
pub use enterprise::{Contact, Enterprise, EnterpriseSummary, NewEnterprise};
pub use error::{FieldProblem, StoreError};
pub use pool::{ImportedFile, MergeOutcome};
pub use release::{NewSentExport, SentExport};

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

/// Schema migrations in order, each a list of statements from the modules owning the tables.
/// The schema version is the number of migrations applied (`PRAGMA user_version`).
const MIGRATIONS: &[&[&str]] = &[
    // 1: the officer's register.
    &[enterprise::CREATE_V1, assessment::CREATE_V1],
    // 2: installed benchmark packs.
    &[benchmark::CREATE_V2],
    // 3: the agency's pool of records merged from export files.
    &[pool::CREATE_V3],
    // 4: release once (the officer's sent exports and what they released); the anonymity
    // breach an agency merged anyway; every cell the agency published.
    &[
        release::CREATE_V4,
        pool::CREATE_BREACH_V4,
        published::CREATE_V4,
    ],
];

/// The schema version this binary writes.
#[allow(clippy::cast_possible_truncation)] // a handful of migrations
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// `PRAGMA application_id` of a DigiReady database ("DgRd"), so that another program's SQLite
/// file given by mistake is recognised and left alone.
pub const APPLICATION_ID: i32 = 0x4467_5264;

/// The database file name inside the data folder.
pub const DB_FILE_NAME: &str = "digiready.sqlite3";

/// An open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

/// A store that other work shares while a long task runs (the desktop's agency import): the
/// task takes it for one step at a time, so the screens between steps are not kept waiting.
pub trait SharedStore {
    /// Runs `f` on the store, held for that call only.
    ///
    /// # Errors
    /// When the store cannot be had (closed by a restore that failed, say).
    fn with_store<R>(&mut self, f: impl FnOnce(&mut Store) -> R) -> Result<R, StoreError>;
}

/// A store held by one task alone (the CLI, the benches).
impl SharedStore for Store {
    fn with_store<R>(&mut self, f: impl FnOnce(&mut Store) -> R) -> Result<R, StoreError> {
        Ok(f(self))
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// The parent folder must exist.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| StoreError::from_open(path, e))?;
        Store::init(conn, Some(path))
    }

    /// A private database in memory, for tests and stateless use.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(StoreError::from)?;
        Store::init(conn, None)
    }

    fn init(conn: Connection, path: Option<&Path>) -> Result<Store, StoreError> {
        let on_open = |e| match path {
            Some(p) => StoreError::from_open(p, e),
            None => StoreError::from(e),
        };
        // Read the version before anything writes to the file (setting WAL does).
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(on_open)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let not_ours = || match path {
            Some(p) => StoreError::NotADatabase {
                path: p.to_path_buf(),
            },
            None => StoreError::BadStoredData("not a DigiReady database".to_string()),
        };
        let application_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(on_open)?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(on_open)?;
        // Ours, or a new empty file: anything else belongs to some other program.
        if application_id != APPLICATION_ID && !(application_id == 0 && tables == 0) {
            return Err(not_ours());
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(on_open)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(on_open)?;
        // Before anything changes the file (even the journal mode), an older database is
        // copied aside; without that copy it is not migrated.
        if let Some(path) = path {
            if version > 0 && version < SCHEMA_VERSION {
                backup::before_migration(&conn, path, version)?;
            }
        }
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(on_open)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(on_open)?;
        let mut store = Store { conn };
        store.migrate(version)?;
        Ok(store)
    }

    fn migrate(&mut self, from: u32) -> Result<(), StoreError> {
        for (index, statements) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            // A second process may have migrated while we waited for the lock, maybe further
            // than this binary knows.
            let now: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now > SCHEMA_VERSION {
                return Err(StoreError::NewerSchema {
                    found: now,
                    supported: SCHEMA_VERSION,
                });
            }
            if now > index as u32 {
                continue;
            }
            for sql in *statements {
                tx.execute_batch(sql)?;
            }
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.pragma_update(None, "user_version", index as u32 + 1)?;
            tx.commit()?;
            log::info!("database schema migrated to version {}", index + 1);
        }
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: `"ok"` for a sound database.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// The default database location: `<OS data folder>/DigiReady/digiready.sqlite3`
/// (e.g. `%APPDATA%\DigiReady\DigiReady\data` on Windows, `~/.local/share/digiready` on Linux).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "DigiReady", "DigiReady")
        .map(|dirs| dirs.data_dir().join(DB_FILE_NAME))
}
