//! Settings → back up now and restore: copies of the database in the data folder's `backups`
//! (`digiready_app::backup`). The shell closes and reopens its connection around a restore.

use std::path::PathBuf;

use digiready_app::backup::{self, BackupError, BackupInfo};
use tauri::State;

use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::{now, write_error, AppState};

fn backup_error(state: &AppState, e: &BackupError) -> CommandError {
    match e {
        BackupError::Folder { path, source } => {
            write_error(&state.content, state.locale(), path, source)
        }
        BackupError::Store(e) => state.store_error(e),
    }
}

fn make_backup(state: &AppState, tag: &str) -> CommandResult<BackupInfo> {
    let store = state.store()?;
    backup::make(&store, &state.folders.backups(), tag, now()).map_err(|e| backup_error(state, &e))
}

/// Copies the database into the backups folder now.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    make_backup(&state, "")
}

/// The backups in the backups folder, newest first.
#[tauri::command]
pub async fn backup_list(state: State<'_, AppState>) -> CommandResult<Vec<BackupInfo>> {
    Ok(backup::list(&state.folders.backups()))
}

/// Restores a backup by name. The current database is backed up first (`…-before-restore`),
/// and the backup is checked before anything is replaced.
#[tauri::command]
pub async fn backup_restore(state: State<'_, AppState>, name: String) -> CommandResult<()> {
    let chosen = backup::list(&state.folders.backups())
        .into_iter()
        .find(|b| b.name == name)
        .ok_or_else(|| super::invalid(&state, "backup"))?;
    let src = PathBuf::from(&chosen.path);
    backup::verify(&src).map_err(|e| {
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
        backup::keep_aside(&state.db.path, &state.folders.backups(), now())
            .map_err(|e| backup_error(&state, &e))?;
    }
    let target = state.db.path.clone();
    state
        .db
        .replace_with(|| backup::restore_file(&src, &target, !open))
        .map_err(|e| state.store_error(&e))?;
    state.store().map(|_| ())
}
