//! Backups with SQLite's online backup API: a consistent copy of the whole database while it
//! is in use, and a restore that first proves the backup sound.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{Store, StoreError, APPLICATION_ID, SCHEMA_VERSION};

const PAGES_PER_STEP: std::ffi::c_int = 256;

/// Copies the database open on `conn` into `dest` with the online backup API: into a
/// temporary file beside it, synced, then renamed.
fn copy_database(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dest.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = Connection::open(&tmp).map_err(|e| StoreError::from_open(&tmp, e))?;
        {
            let backup = Backup::new(conn, &mut out)?;
            backup.run_to_completion(PAGES_PER_STEP, Duration::ZERO, None)?;
        }
        // One self-contained file: no WAL beside it.
        let _mode: String = out.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        out.close().map_err(|(_, e)| StoreError::from(e))?;
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .and_then(|()| std::fs::rename(&tmp, dest))
            .map_err(|e| StoreError::Open {
                path: dest.to_path_buf(),
                reason: e.to_string(),
            })
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Before an older database is migrated — before anything changes the file — a copy of it as
/// it was goes into the `backups` folder beside it
/// (`digiready-before-schema-<new>-from-<old>.sqlite3`), where the app's restore lists it. A
/// copy already there (from an interrupted attempt) is kept. If no copy can be made, the
/// caller does not migrate.
pub(super) fn before_migration(
    conn: &Connection,
    path: &Path,
    from: u32,
) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups");
    let dest = dir.join(format!(
        "digiready-before-schema-{SCHEMA_VERSION}-from-{from}.sqlite3"
    ));
    if dest.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::Open {
        path: dir.clone(),
        reason: e.to_string(),
    })?;
    copy_database(conn, &dest)?;
    log::info!("database backed up to {} before migration", dest.display());
    Ok(())
}

impl Store {
    /// Copies the database into `dest` (a new file, written beside it and renamed, so a
    /// failure leaves no half-written backup under that name).
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        copy_database(&self.conn, dest)
    }

    /// Checks that `path` is a sound DigiReady database this program can read: opened read
    /// only, our application id, a schema not newer than ours, `integrity_check` ok.
    pub fn verify_backup(path: &Path) -> Result<(), StoreError> {
        let bad = || StoreError::NotADatabase {
            path: path.to_path_buf(),
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::from_open(path, e))?;
        let check = || -> rusqlite::Result<(i32, u32, String)> {
            let id = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            let version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let integrity = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            Ok((id, version, integrity))
        };
        let (id, version, integrity) = check().map_err(|_| bad())?;
        if id != APPLICATION_ID || integrity != "ok" || version == 0 {
            return Err(bad());
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(())
    }

    /// Replaces the whole content of the database at `target` with the backup at `src`,
    /// after checking the backup. The caller closes its own connection to `target` first and
    /// opens it again afterwards (which brings an older backup's schema up to date).
    pub fn restore(src: &Path, target: &Path) -> Result<(), StoreError> {
        Store::verify_backup(src)?;
        let from = Connection::open_with_flags(
            src,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::from_open(src, e))?;
        let mut to = Connection::open(target).map_err(|e| StoreError::from_open(target, e))?;
        to.busy_timeout(Duration::from_secs(5))?;
        {
            let backup = Backup::new(&from, &mut to)?;
            backup.run_to_completion(PAGES_PER_STEP, Duration::from_millis(10), None)?;
        }
        to.close().map_err(|(_, e)| StoreError::from(e))?;
        Ok(())
    }
}
