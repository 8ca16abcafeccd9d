//! DigiReady's desktop shell: Tauri 2 over the `digiready` core. It converts and delegates;
//! the rules (validation, scoring, plans, reports, storage) are the core's. See
//! ARCHITECTURE.md.

pub mod bindings;
pub mod commands;
pub mod dto;
pub mod error;
pub mod state;

use digiready_report::typeset::FontId;
use tauri::http::{header, Response, StatusCode};
use tauri::{Builder, Runtime};

pub use state::{AppState, Folders, DATA_DIR_ENV};

/// The URI scheme that serves the embedded fonts to the UI (`font://localhost/<name>.ttf`,
/// `http://font.localhost/<name>.ttf` on Windows): the PDF's own font files, not a second copy.
pub const FONT_SCHEME: &str = "font";

fn font_response(path: &str) -> Response<Vec<u8>> {
    let name = path.trim_start_matches('/').trim_end_matches(".ttf");
    match FontId::ALL.iter().find(|f| f.name() == name) {
        Some(f) => Response::builder()
            .header(header::CONTENT_TYPE, "font/ttf")
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(f.bytes().to_vec()),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Vec::new()),
    }
    .unwrap_or_else(|_| Response::new(Vec::new()))
}

/// The global through which the page gets the settings at start (`ui/src/App.svelte`).
pub const BOOT_GLOBAL: &str = "__DIGIREADY_SETTINGS__";

/// A script run before the page's own: the settings the first screen needs (its language and
/// text size), so that it is painted without waiting for an `app_info` round trip. The page
/// still asks for `app_info`, which is the truth if the two ever differ (a reload after a
/// change of settings).
pub fn boot_script(settings: &dto::Settings) -> String {
    let json = serde_json::to_string(settings).unwrap_or_else(|_| "null".to_string());
    format!("window.{BOOT_GLOBAL} = {json};")
}

/// The app on any runtime (the real one, or `tauri::test`'s mock): its state, its commands
/// and the font scheme.
pub fn builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    let boot = tauri::plugin::Builder::<R>::new("boot")
        .js_init_script(boot_script(&state.prefs.get()))
        .build();
    builder
        .plugin(boot)
        .manage(state)
        .register_uri_scheme_protocol(FONT_SCHEME, |_ctx, request| {
            font_response(request.uri().path())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::settings_update,
            commands::app::size_suggest,
            commands::enterprise::enterprise_list,
            commands::enterprise::enterprise_get,
            commands::enterprise::enterprise_save,
            commands::assessment::assessment_start,
            commands::assessment::assessment_get,
            commands::assessment::assessment_answer,
            commands::assessment::assessment_clear,
            commands::assessment::assessment_finalize,
            commands::results::assessment_results,
            commands::results::report_save,
            commands::backup::backup_now,
            commands::backup::backup_list,
            commands::backup::backup_restore,
            commands::agency::export_anonymized,
            commands::agency::export_list,
            commands::agency::export_resend,
            commands::agency::agency_info,
            commands::agency::agency_import,
            commands::agency::agency_workbook,
        ])
}

/// The app's configuration and capabilities, compiled in (`tauri.conf.json`,
/// `capabilities/`).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the desktop app.
pub fn run() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let state = AppState::open(Folders::from_env());
    let app = builder(Builder::default(), state).run(context());
    if let Err(e) = app {
        log::error!("DigiReady could not start: {e}");
        std::process::exit(1);
    }
}
