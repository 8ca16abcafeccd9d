//! Taking an assessment: start, read (with the questions shown so far), answer, clear an
//! answer, finalize. Each command checks its arguments and calls one function of the app
//! layer (`digiready_app::assessment`), which saves every answer in its own transaction
//! before the command returns, so what the UI shows as saved is on disk.

use digiready_app::assessment::{self, Answer, AnswerSaved, AssessmentView};
use tauri::State;

use crate::error::CommandResult;
use crate::state::{now, random_record_id, AppState};

const MAX_ASSESSOR: usize = 200;
const MAX_ID: usize = 100;

/// Starts an assessment of an enterprise with the current questionnaire.
#[tauri::command]
pub async fn assessment_start(
    state: State<'_, AppState>,
    enterprise_id: i64,
    assessor: String,
) -> CommandResult<AssessmentView> {
    super::check_id(&state, enterprise_id, "enterprise")?;
    if assessor.chars().count() > MAX_ASSESSOR {
        return Err(super::invalid(&state, "assessor"));
    }
    let record = random_record_id()?;
    let mut store = state.store()?;
    assessment::start(
        &state.content.instruments,
        &mut store,
        enterprise_id,
        &assessor,
        state.locale(),
        &record,
        now(),
    )
    .map_err(|e| state.store_error(&e))
}

#[tauri::command]
pub async fn assessment_get(state: State<'_, AppState>, id: i64) -> CommandResult<AssessmentView> {
    super::check_id(&state, id, "id")?;
    let store = state.store()?;
    assessment::assessment_form(&state.content.instruments, &store, id)
        .map_err(|e| state.store_error(&e))
}

fn check_question(state: &AppState, id: i64, question: &str) -> CommandResult<()> {
    super::check_id(state, id, "id")?;
    if question.len() > MAX_ID {
        return Err(super::invalid(state, "question"));
    }
    Ok(())
}

/// Saves one answer (validated by the model) and returns what is shown now.
#[tauri::command]
pub async fn assessment_answer(
    state: State<'_, AppState>,
    id: i64,
    question: String,
    answer: Answer,
) -> CommandResult<AnswerSaved> {
    check_question(&state, id, &question)?;
    let mut store = state.store()?;
    assessment::answer(
        &state.content.instruments,
        &mut store,
        id,
        &question,
        &answer.into(),
        now(),
    )
    .map_err(|e| state.store_error(&e))
}

/// Removes one answer ("I don't know yet").
#[tauri::command]
pub async fn assessment_clear(
    state: State<'_, AppState>,
    id: i64,
    question: String,
) -> CommandResult<AnswerSaved> {
    check_question(&state, id, &question)?;
    let mut store = state.store()?;
    assessment::clear(&state.content.instruments, &mut store, id, &question, now())
        .map_err(|e| state.store_error(&e))
}

/// Finalizes the assessment: from then on it cannot be changed.
#[tauri::command]
pub async fn assessment_finalize(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<AssessmentView> {
    super::check_id(&state, id, "id")?;
    let mut store = state.store()?;
    assessment::finalize(&state.content.instruments, &mut store, id, now())
        .map_err(|e| state.store_error(&e))
}
