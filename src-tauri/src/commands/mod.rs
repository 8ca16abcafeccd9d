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

use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::AppState;

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
