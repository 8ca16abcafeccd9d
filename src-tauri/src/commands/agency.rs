//! The agency side of the app: the officer's anonymized export, and at the agency the inbox
//! folder of received export files, their import (with progress) and the Excel workbook.

use std::path::PathBuf;

use digiready_app::agency::{self, export_file_name, AgencyInfo, SentExportInfo};
use digiready_app::count;
use digiready_app::workflow::{self, OnBreach};
use digiready_exchange::tables::{workbook, About};
use digiready_exchange::write::ExportOptions;
use digiready_exchange::ExportError;
use digiready_i18n::format::date;
use digiready_i18n::shown;
use digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES;
use digiready_model::release::aggregate::{check_grouping, Dimension, MIN_FIRMS};
use digiready_model::release::anonymity::MIN_K;
use digiready_model::release::privacy::Rules;
use tauri::ipc::Channel;
use tauri::State;

use crate::dto::{ExportSummary, ImportProgress, ImportResult, SavedFile};
use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::{now, random_bytes, write_error, AppState};

fn export_error(state: &AppState, e: &ExportError) -> CommandError {
    let code = match e {
        ExportError::Anonymity(_) | ExportError::TooManyRecords { .. } => ErrorCode::InvalidInput,
        ExportError::Store(e) => return state.store_error(e),
        ExportError::UnknownInstrument { .. } | ExportError::Internal(_) => ErrorCode::Internal,
    };
    CommandError::new(code, e.localize(&state.content.catalog, state.locale()))
}

/// Writes every finalized assessment, anonymized with `k` (at least 5), into the exports
/// folder; says how many records were released, generalised and withheld.
#[tauri::command]
pub async fn export_anonymized(state: State<'_, AppState>, k: u32) -> CommandResult<ExportSummary> {
    if (k as usize) < MIN_K || k > 100 {
        return Err(super::invalid(&state, "k"));
    }
    let made_at = now();
    let today = made_at.date(INDOCHINA_TIME_OFFSET_MINUTES);
    let export = {
        let mut store = state.store()?;
        workflow::export_anonymized(
            &mut store,
            &state.content.instruments,
            &ExportOptions {
                k: k as usize,
                rules: Rules::embedded(),
                export_id: digiready_model::digest::hex(&random_bytes()?),
                today,
                app_version: env!("CARGO_PKG_VERSION"),
            },
            made_at,
        )
        .map_err(|e| export_error(&state, &e))?
    };
    let dir = state.folders.exports();
    std::fs::create_dir_all(&dir)
        .map_err(|e| write_error(&state.content, state.locale(), &dir, &e))?;
    let path = dir.join(export_file_name(
        &export.manifest.created,
        &export.manifest.export_id,
    ));
    workflow::write_atomically(&path, &export.bytes)
        .map_err(|e| write_error(&state.content, state.locale(), &path, &e))?;
    let a = &export.manifest.anonymity;
    Ok(ExportSummary {
        path: path.display().to_string(),
        k,
        considered: count(a.considered),
        records: count(export.manifest.records),
        as_recorded: count(a.as_recorded),
        generalised: count(
            a.generalised_to_region + a.generalised_to_country + a.generalised_to_year,
        ),
        withheld: count(a.withheld),
        sent_before: count(a.sent_before),
        wrong_date: count(a.withheld_wrong_date),
    })
}

/// The anonymized exports made before, newest first.
#[tauri::command]
pub async fn export_list(state: State<'_, AppState>) -> CommandResult<Vec<SentExportInfo>> {
    let store = state.store()?;
    agency::sent_exports(&store).map_err(|e| state.store_error(&e))
}

/// Writes an export made before into the exports folder again, byte for byte (the file was
/// lost, or its first write failed).
#[tauri::command]
pub async fn export_resend(
    state: State<'_, AppState>,
    export_id: String,
) -> CommandResult<SavedFile> {
    if export_id.is_empty()
        || export_id.len() > 64
        || !export_id.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return Err(super::invalid(&state, "export_id"));
    }
    let (bytes, file_name) = {
        let store = state.store()?;
        agency::resent_export(&store, &export_id).map_err(|e| state.store_error(&e))?
    };
    let dir = state.folders.exports();
    std::fs::create_dir_all(&dir)
        .map_err(|e| write_error(&state.content, state.locale(), &dir, &e))?;
    let path = dir.join(file_name);
    workflow::write_atomically(&path, &bytes)
        .map_err(|e| write_error(&state.content, state.locale(), &path, &e))?;
    Ok(SavedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}

/// The inbox folder (created if missing) with its files, and what the pool holds.
#[tauri::command]
pub async fn agency_info(state: State<'_, AppState>) -> CommandResult<AgencyInfo> {
    let inbox = state.folders.inbox();
    std::fs::create_dir_all(&inbox)
        .map_err(|e| write_error(&state.content, state.locale(), &inbox, &e))?;
    let store = state.store()?;
    agency::agency_info(&store, &inbox).map_err(|e| state.store_error(&e))
}

/// Imports the named inbox files, each whole or not at all, telling `on_progress` after each.
/// Only files in the inbox can be named.
#[tauri::command]
pub async fn agency_import(
    state: State<'_, AppState>,
    names: Vec<String>,
    on_progress: Channel<ImportProgress>,
) -> CommandResult<Vec<ImportResult>> {
    if names.is_empty() || names.len() > 10_000 {
        return Err(super::invalid(&state, "names"));
    }
    let known = agency::inbox_files(&state.folders.inbox());
    let paths = names
        .iter()
        .map(|n| {
            known
                .iter()
                .find(|p| p.file_name().is_some_and(|f| f.to_string_lossy() == *n))
                .cloned()
                .ok_or_else(|| super::invalid(&state, "names"))
        })
        .collect::<CommandResult<Vec<PathBuf>>>()?;
    let total = count(paths.len());
    let mut results = Vec::new();
    // A clear error now if the database is not open; then it is held one file at a time.
    drop(state.store()?);
    workflow::import_export_files(
        &mut &*state.db,
        &state.content.instruments,
        &paths,
        OnBreach::Refuse,
        now,
        |i, _, name, result| {
            let name = name.to_string();
            let r = match result {
                Ok(o) => ImportResult {
                    name: name.clone(),
                    shown: shown(&name),
                    already_imported: o.already_imported,
                    records: count(o.records),
                    added: count(o.added),
                    refined: count(o.refined),
                    unchanged: count(o.unchanged),
                    conflicts: count(o.conflicts.len()),
                    error: None,
                },
                Err(e) => ImportResult {
                    name: name.clone(),
                    shown: shown(&name),
                    already_imported: false,
                    records: 0,
                    added: 0,
                    refined: 0,
                    unchanged: 0,
                    conflicts: 0,
                    error: Some(e.localize(&state.content.catalog, state.locale())),
                },
            };
            results.push(r);
            // The UI may have gone (window closed): the import goes on regardless.
            let _ = on_progress.send(ImportProgress {
                done: count(i + 1),
                total,
                name,
            });
        },
    );
    Ok(results)
}

/// Saves the Excel workbook of the pool grouped by `by` (e.g. sector, size, province), in the
/// user's language, beside the reports: the agency's working table, or with `publish` a table
/// marked for publication (disclosure control against every cell published before).
#[tauri::command]
pub async fn agency_workbook(
    state: State<'_, AppState>,
    by: Vec<String>,
    publish: bool,
) -> CommandResult<SavedFile> {
    let dims = by
        .iter()
        .map(|d| d.parse::<Dimension>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| super::invalid(&state, "by"))?;
    if dims.len() > 4 {
        return Err(super::invalid(&state, "by"));
    }
    check_grouping(&dims).map_err(|e| {
        CommandError::new(
            ErrorCode::InvalidInput,
            e.localize(&state.content.catalog, state.locale()),
        )
    })?;
    let locale = state.locale();
    let made_at = now();
    let tables = {
        let mut store = state.store()?;
        workflow::agency_tables(&mut store, &dims, MIN_FIRMS, publish, made_at)
            .map_err(|e| state.store_error(&e))?
    };
    let today = made_at.date(INDOCHINA_TIME_OFFSET_MINUTES);
    let about = About {
        files: tables.files,
        period: tables.period.clone(),
        made: date(locale, today),
    };
    let bytes = workbook(&tables.aggregation, &about, &state.content.catalog, locale)
        .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))?;
    let dir = state.folders.reports.clone();
    std::fs::create_dir_all(&dir).map_err(|e| write_error(&state.content, locale, &dir, &e))?;
    let kind = if publish { "-publication" } else { "" };
    let path = dir.join(format!("{today}-{}{kind}.xlsx", by.join("-")));
    workflow::write_atomically(&path, &bytes)
        .map_err(|e| write_error(&state.content, locale, &path, &e))?;
    Ok(SavedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}
