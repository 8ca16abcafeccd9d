//! Settings → back up now and restore: copies of the database in the data folder's `backups`.

use std::path::PathBuf;

use digiready_store::Store;
use tauri::State;

use crate::dto::BackupInfo;
use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::{now, write_error, AppState};

const PREFIX: &str = "digiready-";
const SUFFIX: &str = ".sqlite3";

fn backup_name(tag: &str) -> String {
    let t = now();
    let d = t.date(digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES);
    // Milliseconds of the day keep two backups in one day apart, in sorting order.
    let ms = t.0.rem_euclid(86_400_000);
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

fn make_backup(state: &AppState, tag: &str) -> CommandResult<BackupInfo> {
    let dir = state.folders.backups();
    let path = dir.join(backup_name(tag));
    std::fs::create_dir_all(&dir)
        .map_err(|e| write_error(&state.content, state.locale(), &dir, &e))?;
    state
        .store()?
        .backup_to(&path)
        .map_err(|e| state.store_error(&e))?;
    info(path).ok_or_else(|| CommandError::new(ErrorCode::Internal, "backup vanished"))
}

/// Copies the database into the backups folder now.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    make_backup(&state, "")
}

/// The backups in the backups folder, newest first.
#[tauri::command]
pub async fn backup_list(state: State<'_, AppState>) -> CommandResult<Vec<BackupInfo>> {
    let dir = state.folders.backups();
    let mut list: Vec<BackupInfo> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter_map(|e| info(e.path()))
            .collect(),
        Err(_) => Vec::new(),
    };
    list.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(list)
}

/// Restores a backup by name. The current database is backed up first (`…-before-restore`),
/// and the backup is checked before anything is replaced.
#[tauri::command]
pub async fn backup_restore(state: State<'_, AppState>, name: String) -> CommandResult<()> {
    let known = backup_list(state.clone()).await?;
    let chosen = known
        .into_iter()
        .find(|b| b.name == name)
        .ok_or_else(|| super::invalid(&state, "backup"))?;
    let src = PathBuf::from(&chosen.path);
    Store::verify_backup(&src).map_err(|e| {
        CommandError::new(
            ErrorCode::BadBackup,
            e.localize(&state.content.catalog, state.locale()),
        )
    })?;
    let open = match state.store() {
        Ok(_) => true,
        // Damaged, not ours, or from a newer DigiReady: kept aside below, then replaced.
        Err(_) if state.db.unusable_content() => false,
        // Busy, read-only, disk full: nothing is replaced.
        Err(e) => return Err(e),
    };
    if open {
        make_backup(&state, "-before-restore")?;
    } else {
        // Keep the file (and its write-ahead log) as it is, beside the backups.
        let dir = state.folders.backups();
        let copy = dir.join(backup_name("-before-restore"));
        std::fs::create_dir_all(&dir)
            .map_err(|e| write_error(&state.content, state.locale(), &dir, &e))?;
        for suffix in ["", "-wal"] {
            let mut from = state.db.path.clone().into_os_string();
            from.push(suffix);
            let mut to = copy.clone().into_os_string();
            to.push(suffix);
            if std::path::Path::new(&from).exists() {
                std::fs::copy(&from, &to).map_err(|e| {
                    write_error(
                        &state.content,
                        state.locale(),
                        std::path::Path::new(&to),
                        &e,
                    )
                })?;
            }
        }
    }
    let target = state.db.path.clone();
    state
        .db
        .replace_with(|| {
            if !open {
                // Kept aside above; SQLite cannot write a backup into a file it cannot read.
                for suffix in ["", "-wal", "-shm"] {
                    let mut path = target.clone().into_os_string();
                    path.push(suffix);
                    let _ = std::fs::remove_file(path);
                }
            }
            Store::restore(&src, &target)
        })
        .map_err(|e| state.store_error(&e))?;
    state.store().map(|_| ())
}
