//! The enterprise register: list and search, view, add and edit (`digiready_app::register`).

use digiready_app::register::{self, EnterpriseDetail, EnterpriseFields, EnterpriseRow};
use tauri::State;

use crate::error::CommandResult;
use crate::state::{now, AppState};

const MAX_SEARCH: usize = 200;

/// The register, optionally filtered by a search text, with each firm's latest assessment.
#[tauri::command]
pub async fn enterprise_list(
    state: State<'_, AppState>,
    search: String,
) -> CommandResult<Vec<EnterpriseRow>> {
    if search.chars().count() > MAX_SEARCH {
        return Err(super::invalid(&state, "search"));
    }
    let store = state.store()?;
    register::list(&state.content.instruments, &store, &search).map_err(|e| state.store_error(&e))
}

#[tauri::command]
pub async fn enterprise_get(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<EnterpriseDetail> {
    super::check_id(&state, id, "id")?;
    let store = state.store()?;
    register::detail(&state.content.instruments, &store, id).map_err(|e| state.store_error(&e))
}

/// Adds an enterprise (`id` = `None`) or changes one; the store checks every field.
#[tauri::command]
pub async fn enterprise_save(
    state: State<'_, AppState>,
    id: Option<i64>,
    fields: EnterpriseFields,
) -> CommandResult<EnterpriseDetail> {
    if let Some(id) = id {
        super::check_id(&state, id, "id")?;
    }
    let mut store = state.store()?;
    register::save(&state.content.instruments, &mut store, id, fields, now())
        .map_err(|e| state.store_error(&e))
}
