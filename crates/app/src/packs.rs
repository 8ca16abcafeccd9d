//! The benchmark packs installed in the database, as the app's screens list them.

use serde::Serialize;
use ts_rs::TS;

use digiready_store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PackInfo {
    pub id: String,
    pub name: String,
    pub version: String,
    pub country: String,
    pub publisher: String,
    pub published: String,
    pub rows: u32,
}

/// The installed packs.
pub fn installed(store: &Store) -> Result<Vec<PackInfo>, StoreError> {
    Ok(store
        .installed_packs()?
        .into_iter()
        .map(|p| PackInfo {
            id: p.pack_id,
            name: p.name,
            version: p.version,
            country: p.country,
            publisher: p.publisher,
            published: p.published,
            rows: crate::count(p.rows),
        })
        .collect())
}
