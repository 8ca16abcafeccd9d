//! Release once (schema 4): what the officer's exports released, remembered so that a record
//! is released at most at one generalisation, fixed at its first release.
//!
//! Invariants:
//! - Each export file is kept whole (`sent_export.bytes`), so it can be sent again byte for
//!   byte; the records it released are in `released`, in the same transaction.
//! - A record id is released by at most one file (`released.record_id` is the key): a later
//!   export leaves it out (exports carry what has not been sent yet).
//! - Nothing here is ever changed or deleted by the app.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::{Store, StoreError};
use digiready_model::clock::Timestamp;
use digiready_model::release::record::Record;

pub(super) const CREATE_V4: &str = "
CREATE TABLE sent_export (
    id          INTEGER PRIMARY KEY,
    export_id   TEXT NOT NULL UNIQUE,
    created     TEXT NOT NULL,
    made_at     INTEGER NOT NULL,
    k           INTEGER NOT NULL,
    records     INTEGER NOT NULL,
    withheld    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    bytes       BLOB NOT NULL
);
CREATE TABLE released (
    record_id      TEXT PRIMARY KEY CHECK (length(record_id) = 32),
    sent_export    INTEGER NOT NULL REFERENCES sent_export (id),
    generalisation TEXT NOT NULL,
    province       TEXT,
    region         TEXT,
    year           INTEGER NOT NULL,
    quarter        INTEGER CHECK (quarter BETWEEN 1 AND 4)
) WITHOUT ROWID;
CREATE TRIGGER sent_export_kept BEFORE DELETE ON sent_export
BEGIN SELECT RAISE(ABORT, 'a sent export is kept'); END;
CREATE TRIGGER sent_export_unchanged BEFORE UPDATE ON sent_export
BEGIN SELECT RAISE(ABORT, 'a sent export is kept'); END;
CREATE TRIGGER released_kept BEFORE DELETE ON released
BEGIN SELECT RAISE(ABORT, 'a release is kept'); END;
CREATE TRIGGER released_unchanged BEFORE UPDATE ON released
BEGIN SELECT RAISE(ABORT, 'a release is kept'); END;
";

/// An export file the officer made, as the export screen and `export --list` show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentExport {
    pub export_id: String,
    /// The day in the manifest (YYYY-MM-DD).
    pub created: String,
    pub made_at: Timestamp,
    pub k: usize,
    pub records: usize,
    pub withheld: usize,
    pub bytes: usize,
    pub sha256: String,
}

/// What [`Store::remember_export`] keeps of an export file.
#[derive(Debug, Clone, Copy)]
pub struct NewSentExport<'a> {
    pub export_id: &'a str,
    pub created: &'a str,
    pub k: usize,
    pub withheld: usize,
    pub bytes: &'a [u8],
    pub sha256: &'a str,
    /// The records the file released, as it released them.
    pub records: &'a [Record],
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// The record ids earlier exports released.
    pub fn released_record_ids(&self) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT record_id FROM released")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<HashSet<_>, _>>()?;
        Ok(ids)
    }

    /// Keeps an export file and the releases it made, in one transaction, before the file is
    /// handed to anyone: if this fails, no file is written. A record released before is
    /// refused ([`StoreError::AlreadyReleased`]) and nothing is kept.
    pub fn remember_export(
        &mut self,
        export: &NewSentExport<'_>,
        made_at: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO sent_export (export_id, created, made_at, k, records, withheld, sha256,
                bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                export.export_id,
                export.created,
                made_at.0,
                count(export.k),
                count(export.records.len()),
                count(export.withheld),
                export.sha256,
                export.bytes
            ],
        )?;
        let file = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO released (record_id, sent_export, generalisation, province, region,
                    year, quarter) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (record_id) DO NOTHING",
            )?;
            for r in export.records {
                let added = insert.execute(params![
                    r.record_id,
                    file,
                    r.generalisation.as_str(),
                    r.province,
                    r.region,
                    r.year,
                    r.quarter
                ])?;
                if added == 0 {
                    return Err(StoreError::AlreadyReleased(r.record_id.clone()));
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The export files made here, oldest first.
    pub fn sent_exports(&self) -> Result<Vec<SentExport>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT export_id, created, made_at, k, records, withheld, length(bytes), sha256
             FROM sent_export ORDER BY made_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let n = |i: usize| -> rusqlite::Result<usize> {
                Ok(usize::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
            };
            Ok(SentExport {
                export_id: r.get(0)?,
                created: r.get(1)?,
                made_at: Timestamp(r.get(2)?),
                k: n(3)?,
                records: n(4)?,
                withheld: n(5)?,
                bytes: n(6)?,
                sha256: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The bytes of an export file made here, exactly as first written.
    pub fn sent_export_bytes(&self, export_id: &str) -> Result<Vec<u8>, StoreError> {
        self.conn
            .query_row(
                "SELECT bytes FROM sent_export WHERE export_id = ?1",
                [export_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::ExportNotFound(export_id.to_string()))
    }
}
