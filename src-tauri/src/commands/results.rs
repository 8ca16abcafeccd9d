//! Results and plan of an assessment, and its PDF report.

use digiready_app::views::{self, AnalysisView, Words};
use digiready_app::workflow;
use tauri::State;

use crate::dto::{Lang, SavedFile};
use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::{lang_locale, now, write_error, AppState};

/// Area scores and levels, the comparison with the sector, practices, progress since the
/// previous finalized assessment, and the prioritised plan: the app layer's view, as the
/// CLI's `plan --json` prints it.
#[tauri::command]
pub async fn assessment_results(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<AnalysisView> {
    super::check_id(&state, id, "id")?;
    let words = Words {
        catalog: &state.content.catalog,
        locale: state.locale(),
    };
    let store = state.store()?;
    views::assessment_view(words, &state.content.instruments, &store, id)
        .map_err(|e| state.store_error(&e))
}

/// Renders the report in `language` (independent of the UI language) and saves it in the
/// reports folder, whole or not at all. Runs off the main thread.
#[tauri::command]
pub async fn report_save(
    state: State<'_, AppState>,
    id: i64,
    language: Lang,
) -> CommandResult<SavedFile> {
    super::check_id(&state, id, "id")?;
    let report_locale = lang_locale(Some(language));
    let today = now().date(digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES);
    // The store is held while the assessment is read, not while the report is typeset.
    let a = {
        let store = state.store()?;
        workflow::analysed(&state.content.instruments, &store, id)
            .map_err(|e| state.store_error(&e))?
    };
    let (bytes, stem) = {
        let bytes = workflow::report_pdf(
            &state.content.fonts,
            &state.content.catalog,
            report_locale,
            a.instrument,
            &a.enterprise,
            &a.assessment,
            &a.analysis,
            today,
        )
        .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))?;
        (bytes, a.enterprise.name)
    };
    let dir = state.folders.reports.clone();
    let path = dir.join(workflow::report_file_name(&stem, today, report_locale));
    std::fs::create_dir_all(&dir)
        .and_then(|()| workflow::write_atomically(&path, &bytes))
        .map_err(|e| write_error(&state.content, state.locale(), &path, &e))?;
    Ok(SavedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}
