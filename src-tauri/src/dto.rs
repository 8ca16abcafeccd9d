//! The data that crosses the IPC boundary. Every type here derives `ts_rs::TS`; the
//! TypeScript declarations in `ui/src/lib/bindings.ts` are generated from them (see
//! `bindings::declarations`), and a test fails when the committed file is out of date.

use digiready_app::packs::PackInfo;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The languages of the app and of its reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Vi,
    Lo,
}

/// The text size the user chose in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Settings {
    /// `None` until the user has chosen (the start screen asks).
    pub language: Option<Lang>,
    #[serde(default)]
    pub text_size: TextSize,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CountryInfo {
    pub code: String,
    pub currency: String,
    pub size_bands: Vec<String>,
    /// Province ids (`place`), offered as suggestions by their names in the UI language.
    pub provinces: Vec<String>,
}

/// What the app is and what it runs on: versions, folders, the questionnaire's sectors and
/// countries, and whether the database opened.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AppInfo {
    pub app_version: String,
    pub instrument_version: String,
    pub instrument_versions: Vec<String>,
    pub benchmark_packs: Vec<PackInfo>,
    pub data_dir: String,
    pub database_path: String,
    /// Why the database could not be opened, in the user's language; `None` when it is open.
    pub database_error: Option<String>,
    pub settings: Settings,
    pub sectors: Vec<String>,
    pub areas: Vec<String>,
    pub countries: Vec<CountryInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SizeFiguresDto {
    pub staff: Option<f64>,
    pub revenue: Option<f64>,
    pub capital: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SavedFile {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What an anonymized export wrote (Agency → "Export for the agency").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportSummary {
    pub path: String,
    pub k: u32,
    /// Finalized assessments considered.
    pub considered: u32,
    /// Records in the file.
    pub records: u32,
    pub as_recorded: u32,
    pub generalised: u32,
    pub withheld: u32,
    /// Finalized assessments left out because an earlier export sent them.
    pub sent_before: u32,
    /// Finalized assessments not exported because their date is outside 2000–2100 (a
    /// computer whose clock was wrong).
    pub wrong_date: u32,
}

/// Sent while importing: `done` of `total` files.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub name: String,
}

/// What importing one file did, or why it was refused (`error`, in the user's language).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportResult {
    pub name: String,
    /// The name as shown: control characters and marks that reorder text escaped.
    pub shown: String,
    pub already_imported: bool,
    pub records: u32,
    pub added: u32,
    pub refined: u32,
    pub unchanged: u32,
    pub conflicts: u32,
    pub error: Option<String>,
}
