//! Backups of the database in the data folder's `backups`: made now, listed, and the files a
//! restore takes (the store checks a backup before anything is replaced).

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use digiready_model::clock::{Timestamp, INDOCHINA_TIME_OFFSET_MINUTES};
use digiready_store::{Store, StoreError};

const PREFIX: &str = "digiready-";
const SUFFIX: &str = ".sqlite3";

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupInfo {
    /// File name inside the backups folder (the id to restore it).
    pub name: String,
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Why a backup could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The backups folder (or a file in it) could not be written.
    #[error("cannot write {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A backup's file name: the day and the millisecond of the day (two backups in one day stay
/// apart, in sorting order), then `tag`.
pub fn backup_name(now: Timestamp, tag: &str) -> String {
    let d = now.date(INDOCHINA_TIME_OFFSET_MINUTES);
    let ms = now.0.rem_euclid(86_400_000);
    format!(
        "{PREFIX}{:04}{:02}{:02}-{ms:08}{tag}{SUFFIX}",
        d.year, d.month, d.day
    )
}

fn info(path: PathBuf) -> Option<BackupInfo> {
    let name = path.file_name()?.to_str()?.to_string();
    if !name.starts_with(PREFIX) || !name.ends_with(SUFFIX) {
        return None;
    }
    let bytes = std::fs::metadata(&path).ok()?.len();
    Some(BackupInfo {
        name,
        path: path.display().to_string(),
        bytes,
    })
}

/// The backups in `dir`, newest first (none when the folder cannot be read).
pub fn list(dir: &Path) -> Vec<BackupInfo> {
    let mut list: Vec<BackupInfo> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter_map(|e| info(e.path()))
            .collect(),
        Err(_) => Vec::new(),
    };
    list.sort_by(|a, b| b.name.cmp(&a.name));
    list
}

/// Copies the open database into `dir` now.
pub fn make(
    store: &Store,
    dir: &Path,
    tag: &str,
    now: Timestamp,
) -> Result<BackupInfo, BackupError> {
    let folder = |source| BackupError::Folder {
        path: dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(folder)?;
    let path = dir.join(backup_name(now, tag));
    store.backup_to(&path)?;
    info(path).ok_or_else(|| folder(std::io::Error::other("the backup vanished")))
}

/// Keeps a database file that cannot be opened (and its write-ahead log) as it is, in `dir`,
/// before a restore replaces it.
pub fn keep_aside(database: &Path, dir: &Path, now: Timestamp) -> Result<(), BackupError> {
    let copy = dir.join(backup_name(now, "-before-restore"));
    std::fs::create_dir_all(dir).map_err(|source| BackupError::Folder {
        path: dir.to_path_buf(),
        source,
    })?;
    for suffix in ["", "-wal"] {
        let mut from = database.to_path_buf().into_os_string();
        from.push(suffix);
        let mut to = copy.clone().into_os_string();
        to.push(suffix);
        if Path::new(&from).exists() {
            std::fs::copy(&from, &to).map_err(|source| BackupError::Folder {
                path: PathBuf::from(&to),
                source,
            })?;
        }
    }
    Ok(())
}

/// Checks that `backup` is a whole DigiReady backup this program can open.
pub fn verify(backup: &Path) -> Result<(), StoreError> {
    Store::verify_backup(backup)
}

/// Writes `backup` over the database at `target` (closed by the caller). A database that
/// could not be opened (`kept_aside`) is removed first, with its log and shared memory:
/// SQLite cannot write a backup into a file it cannot read.
pub fn restore_file(backup: &Path, target: &Path, kept_aside: bool) -> Result<(), StoreError> {
    if kept_aside {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = target.to_path_buf().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }
    Store::restore(backup, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_time_and_carry_their_tag() {
        // 2 December 2026, 23:59:59.999 UTC is 3 December at 06:59:59.999 in Indochina time.
        let t = Timestamp(1_796_255_999_999);
        let name = backup_name(t, "-before-restore");
        assert!(name.starts_with("digiready-20261203-"), "{name}");
        assert!(name.ends_with("-before-restore.sqlite3"), "{name}");
        assert!(backup_name(Timestamp(t.0 - 1), "") < backup_name(t, ""));
    }
}
