//! The agency side as a front end shows it: the exports this database made (to save one
//! again), and the inbox folder of received export files with what the pool holds.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use digiready_i18n::shown;
use digiready_model::digest::sha256_hex;
use digiready_store::{Store, StoreError};

use crate::count;
use crate::register::iso_date;

/// The ending of an export file's name.
pub const EXPORT_SUFFIX: &str = ".digiready-export.zip";

/// An anonymized export this database made, which can be saved again byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SentExportInfo {
    pub export_id: String,
    /// The day in the file (YYYY-MM-DD).
    pub created: String,
    pub records: u32,
    pub withheld: u32,
    pub k: u32,
}

/// An export file waiting in the agency's inbox folder.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InboxFile {
    /// The file's name, as the import asks for it.
    pub name: String,
    /// The name as shown: control characters and marks that reorder text escaped.
    pub shown: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// Imported before (the same file, by SHA-256).
    pub imported: bool,
}

/// The agency side: the inbox folder, its files, and what the pool holds.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AgencyInfo {
    pub inbox: String,
    pub files: Vec<InboxFile>,
    pub records: u32,
    pub imported: Vec<ImportedInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ImportedInfo {
    pub file_name: String,
    /// `YYYY-MM-DD`.
    pub imported_on: String,
    pub records: u32,
    pub added: u32,
    pub conflicts: u32,
}

/// The exports made before, newest first.
pub fn sent_exports(store: &Store) -> Result<Vec<SentExportInfo>, StoreError> {
    let mut sent = store.sent_exports()?;
    sent.reverse();
    Ok(sent
        .into_iter()
        .map(|e| SentExportInfo {
            export_id: e.export_id,
            created: e.created,
            records: count(e.records),
            withheld: count(e.withheld),
            k: count(e.k),
        })
        .collect())
}

/// The file name of an export: its day and the start of its id.
pub fn export_file_name(created: &str, export_id: &str) -> String {
    let short: String = export_id.chars().take(8).collect();
    format!("{created}-{short}{EXPORT_SUFFIX}")
}

/// An export made before, byte for byte, with the file name it was saved under.
pub fn resent_export(store: &Store, export_id: &str) -> Result<(Vec<u8>, String), StoreError> {
    let bytes = crate::workflow::resend_export(store, export_id)?;
    let created = store
        .sent_exports()?
        .into_iter()
        .find(|e| e.export_id == export_id)
        .map(|e| e.created)
        .unwrap_or_default();
    Ok((bytes, export_file_name(&created, export_id)))
}

/// The `.zip` files in the inbox folder, by name (none when the folder cannot be read).
pub fn inbox_files(inbox: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(inbox)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The inbox folder with its files (each said new or imported before), and what the pool
/// holds. A file that cannot be read is left out of the list.
pub fn agency_info(store: &Store, inbox: &Path) -> Result<AgencyInfo, StoreError> {
    let mut files = Vec::new();
    for path in inbox_files(inbox) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(InboxFile {
            shown: shown(&name),
            name,
            bytes: bytes.len() as u64,
            imported: store.pool_has_file(&sha256_hex(&bytes))?,
        });
    }
    Ok(AgencyInfo {
        inbox: inbox.display().to_string(),
        files,
        records: count(store.pool_record_count()?),
        imported: store
            .pool_imports()?
            .into_iter()
            .map(|f| ImportedInfo {
                file_name: f.file_name,
                imported_on: iso_date(f.imported_at),
                records: count(f.records),
                added: count(f.added),
                conflicts: count(f.conflicts),
            })
            .collect(),
    })
}
