//! The app itself: versions, folders, settings, and the reference lists forms use.

use digiready_app::packs;
use digiready_i18n::place::Places;
use digiready_model::instrument::{classify_size, SizeFigures};
use tauri::State;

use crate::dto::{AppInfo, CountryInfo, Settings, SizeFiguresDto};
use crate::error::CommandResult;
use crate::state::AppState;

/// Async, so that it runs off the main thread: at start it may wait for the content and the
/// database (built on threads of their own, `AppState::open`), and the main thread meanwhile
/// serves the page its fonts and scripts.
#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> CommandResult<AppInfo> {
    info(&state)
}

pub(crate) fn info(state: &AppState) -> CommandResult<AppInfo> {
    let locale = state.locale();
    let instrument = state.content.instruments.current();
    let benchmark_packs = match state.store() {
        Ok(store) => packs::installed(&store).map_err(|e| state.store_error(&e))?,
        Err(_) => Vec::new(),
    };
    Ok(AppInfo {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        instrument_version: instrument.version.clone(),
        instrument_versions: state
            .content
            .instruments
            .all()
            .iter()
            .map(|i| i.version.clone())
            .collect(),
        benchmark_packs,
        data_dir: state.folders.data.display().to_string(),
        database_path: state.db.path.display().to_string(),
        database_error: state.db.open_error(&state.content, locale),
        settings: state.prefs.get(),
        sectors: instrument.sectors.iter().map(|s| s.id.clone()).collect(),
        areas: instrument.areas.iter().map(|a| a.id.clone()).collect(),
        countries: instrument
            .countries
            .iter()
            .map(|c| CountryInfo {
                code: c.code.clone(),
                currency: c.currency.clone(),
                size_bands: c.size_bands.iter().map(|b| b.id.clone()).collect(),
                provinces: Places::embedded()
                    .provinces(&c.code)
                    .map(|p| p.id.clone())
                    .collect(),
            })
            .collect(),
    })
}

/// Saves the settings; returns the app info in the (possibly new) language. Async like
/// `app_info`: the start screen may send it before the content and the database are ready.
#[tauri::command]
pub async fn settings_update(
    state: State<'_, AppState>,
    settings: Settings,
) -> CommandResult<AppInfo> {
    state.prefs.set(settings, &state.content)?;
    info(&state)
}

/// The size band the national thresholds give for these figures, or `None` when they cannot
/// tell (the user then chooses).
#[tauri::command]
pub async fn size_suggest(
    state: State<'_, AppState>,
    country: String,
    sector: String,
    figures: SizeFiguresDto,
) -> CommandResult<Option<String>> {
    let instrument = state.content.instruments.current();
    let c = instrument
        .country(&country)
        .ok_or_else(|| super::invalid(&state, "country"))?;
    let s = instrument
        .sector(&sector)
        .ok_or_else(|| super::invalid(&state, "sector"))?;
    let whole = |v: Option<f64>, what: &str| -> CommandResult<Option<u64>> {
        match v {
            None => Ok(None),
            Some(x) if (0.0..=1e18).contains(&x) => Ok(Some(x.round() as u64)),
            Some(_) => Err(super::invalid(&state, what)),
        }
    };
    let figures = SizeFigures {
        staff: whole(figures.staff, "staff")?,
        revenue: whole(figures.revenue, "revenue")?,
        capital: whole(figures.capital, "capital")?,
    };
    Ok(classify_size(c, s, figures).map(str::to_string))
}
