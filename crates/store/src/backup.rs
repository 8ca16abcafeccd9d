//! Backups with SQLite's online backup API: a consistent copy of the whole database while it
//! is in use, and a restore that first proves the backup sound.
//!
//! SQLite keeps no checksums of its pages, so `integrity_check` finds a damaged structure but
//! not a changed byte inside a row. Each backup therefore gets a checksum file beside it
//! (`<name>.sha256`, in `sha256sum` format, so it can be checked by hand too); a backup whose
//! checksum file is there but does not match is refused. A backup without one (copied here
//! from elsewhere) is checked for its structure only.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{Store, StoreError, APPLICATION_ID, SCHEMA_VERSION};

const PAGES_PER_STEP: std::ffi::c_int = 256;

/// The checksum file of a backup: `<backup>.sha256`.
pub fn checksum_path(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".sha256");
    PathBuf::from(name)
}

/// Copies the database open on `conn` into `dest` with the online backup API: into a
/// temporary file beside it, synced; its checksum file written and synced; then both renamed,
/// the checksum first (so a backup under its final name always has its checksum).
fn copy_database(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dest.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let tmp_sum = checksum_path(&tmp);
    let io = |e: std::io::Error| StoreError::from_io(dest, &e);
    let result = (|| {
        let mut out = Connection::open(&tmp).map_err(|e| StoreError::from_open(&tmp, e))?;
        {
            let backup = Backup::new(conn, &mut out)?;
            backup.run_to_completion(PAGES_PER_STEP, Duration::ZERO, None)?;
        }
        // One self-contained file: no WAL beside it.
        let _mode: String = out.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        out.close().map_err(|(_, e)| StoreError::from(e))?;
        // Opened for writing: Windows refuses to flush a read-only handle.
        std::fs::OpenOptions::new()
            .write(true)
            .open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        let line = format!("{}  {name}\n", sha256_file_hex(&tmp).map_err(io)?);
        std::fs::File::create(&tmp_sum)
            .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()).and(f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp_sum, checksum_path(dest)))
            .and_then(|()| std::fs::rename(&tmp, dest))
            .map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&tmp_sum);
    }
    result
}

/// `Ok(false)` when the backup's checksum file is there and does not match it (or cannot be
/// read); `Ok(true)` when it matches or there is none.
fn checksum_matches(path: &Path) -> Result<bool, StoreError> {
    let sum = checksum_path(path);
    let recorded = match std::fs::read_to_string(&sum) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(_) => return Ok(false),
    };
    let Some(expected) = recorded.split_whitespace().next() else {
        return Ok(false);
    };
    let actual = sha256_file_hex(path).map_err(|e| StoreError::from_io(path, &e))?;
    Ok(expected.eq_ignore_ascii_case(&actual))
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

    /// Checks that `path` is a sound DigiReady database this program can read: its checksum
    /// file, when there is one, matches; opened read only, our application id, a schema not
    /// newer than ours, `integrity_check` ok.
    pub fn verify_backup(path: &Path) -> Result<(), StoreError> {
        let bad = || StoreError::NotADatabase {
            path: path.to_path_buf(),
        };
        if !checksum_matches(path)? {
            return Err(bad());
        }
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

/// Lower-case hex SHA-256 of a file's content, read in pieces (a database can be large).
fn sha256_file_hex(path: &std::path::Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = digiready_model::digest::Sha256Hex::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = std::io::Read::read(&mut file, &mut buf)?;
        if n == 0 {
            return Ok(hasher.finish());
        }
        hasher.update(&buf[..n]);
    }
}
