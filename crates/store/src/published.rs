//! What the agency published (schema 4): every version of every benchmark cell that left the
//! agency, with exactly which firms it covered, so that disclosure control
//! (`export::disclosure`) checks each new publication against everything published before.
//!
//! Invariants: a version is written in the same transaction as its publication's other cells,
//! before the pack is written out; nothing here is changed or deleted by the app.

use rusqlite::{params, TransactionBehavior};

use super::{Store, StoreError};
use digiready_model::clock::Timestamp;
use digiready_model::release::disclosure::{CellVersion, Constraints, Member};

pub(super) const CREATE_V4: &str = "
CREATE TABLE published_cell (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL,
    -- JSON: [[dimension, value], ...]
    constraints  TEXT NOT NULL CHECK (json_valid(constraints)),
    -- The members' record ids (export::disclosure::member_of), 16 bytes each, little-endian, sorted.
    members      BLOB NOT NULL,
    firms        INTEGER NOT NULL,
    -- The pack's id and version.
    publication  TEXT NOT NULL,
    published_at INTEGER NOT NULL
);
CREATE INDEX published_cell_key ON published_cell (key, id);
CREATE TRIGGER published_cell_kept BEFORE DELETE ON published_cell
BEGIN SELECT RAISE(ABORT, 'a published cell is kept'); END;
CREATE TRIGGER published_cell_unchanged BEFORE UPDATE ON published_cell
BEGIN SELECT RAISE(ABORT, 'a published cell is kept'); END;
";

fn bad(what: &str) -> StoreError {
    StoreError::BadStoredData(format!("published cell: {what}"))
}

impl Store {
    /// Every cell version published, oldest first.
    pub fn published_cells(&self) -> Result<Vec<CellVersion>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT constraints, members FROM published_cell ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (constraints, blob) = row?;
            let pairs: Vec<(String, String)> =
                serde_json::from_str(&constraints).map_err(|_| bad("constraints"))?;
            if blob.len() % 16 != 0 {
                return Err(bad("members"));
            }
            let members: Vec<Member> = blob
                .chunks_exact(16)
                .map(|c| {
                    let mut b = [0u8; 16];
                    b.copy_from_slice(c);
                    Member::from_le_bytes(b)
                })
                .collect();
            out.push(CellVersion::new(
                pairs.into_iter().collect::<Constraints>(),
                members,
            ));
        }
        Ok(out)
    }

    /// Keeps the cells a publication adds, in one transaction.
    pub fn remember_publication(
        &mut self,
        publication: &str,
        cells: &[CellVersion],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO published_cell (key, constraints, members, firms, publication,
                    published_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for c in cells {
                let pairs: Vec<&(String, String)> = c.constraints.iter().collect();
                let constraints = serde_json::to_string(&pairs).map_err(|e| bad(&e.to_string()))?;
                let blob: Vec<u8> = c.members.iter().flat_map(|m| m.to_le_bytes()).collect();
                insert.execute(params![
                    c.key,
                    constraints,
                    blob,
                    i64::try_from(c.members.len()).unwrap_or(i64::MAX),
                    publication,
                    now.0
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
