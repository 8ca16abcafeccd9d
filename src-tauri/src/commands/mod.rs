//! The IPC commands, grouped by area. Each one converts its arguments, checks them, calls the
//! core and converts the result: no business logic here.
//!
//! Every command is `async`: Tauri runs a synchronous command on the window's own thread, so
//! one that waits for the database while an import or a PDF holds it would freeze the window.
//! An async command waits on a worker thread instead; the window keeps drawing and the import's
//! progress keeps moving.

pub mod agency;
pub mod app;
pub mod assessment;
pub mod backup;
pub mod enterprise;
pub mod results;

use digiready_store::Assessment;

use crate::dto::AssessmentBrief;
use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::AppState;

/// `YYYY-MM-DD` in Indochina time.
pub(crate) fn iso_date(t: digiready_model::clock::Timestamp) -> String {
    t.date(digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES)
        .to_string()
}

pub(crate) fn brief(state: &AppState, a: &Assessment) -> CommandResult<AssessmentBrief> {
    let scores = digiready_app::workflow::score_assessment(&state.content.instruments, a)
        .map_err(|e| state.store_error(&e))?;
    let answered = u32::try_from(a.answers.len()).unwrap_or(u32::MAX);
    Ok(AssessmentBrief {
        id: a.summary.id,
        status: a.summary.status.into(),
        date: iso_date(a.summary.updated_at),
        overall: scores.overall.as_ref().map(|r| r.score),
        level: scores.overall.as_ref().map(|r| r.level),
        answered,
    })
}

/// An id from the UI must be positive.
pub(crate) fn check_id(state: &AppState, id: i64, what: &str) -> CommandResult<()> {
    if id <= 0 {
        return Err(invalid(state, what));
    }
    Ok(())
}

/// "<what> is not valid", in the user's language.
pub(crate) fn invalid(state: &AppState, what: &str) -> CommandError {
    CommandError::new(
        ErrorCode::InvalidInput,
        state.content.catalog.format(
            state.locale(),
            "app-error-invalid",
            &digiready_i18n::Args::new().text("what", what.to_string()),
        ),
    )
}
