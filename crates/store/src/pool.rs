//! The agency's pool: anonymized records merged from officers' export files.
//!
//! Invariants:
//! - A record is kept once, by its record id, whatever number of files brought it.
//! - The same record again (same content) changes nothing, except that a copy released with a
//!   more specific place or period (a later export of more firms generalises less) refines it.
//! - A record id whose content differs from the kept one is a conflict: reported, logged in
//!   `pool_conflict`, and not merged.
//! - Each file is merged in one transaction, whole or not at all; a file already imported
//!   (same SHA-256) changes nothing.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde_json::{json, Value};

use super::{Store, StoreError};
use digiready_i18n::place::Places;
use digiready_model::clock::Timestamp;
use digiready_model::release::anonymity::Step;
use digiready_model::release::manifest::ExportFile;
use digiready_model::release::record::{AnswerCell, Record, ScoreLevel};

pub(super) const CREATE_V3: &str = "
CREATE TABLE pool_import (
    id           INTEGER PRIMARY KEY,
    file_sha256  TEXT NOT NULL UNIQUE,
    export_id    TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    app_version  TEXT NOT NULL,
    created      TEXT NOT NULL,
    records      INTEGER NOT NULL,
    added        INTEGER NOT NULL,
    refined      INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL,
    conflicts    INTEGER NOT NULL,
    imported_at  INTEGER NOT NULL
);
CREATE TABLE pool_record (
    -- A rowid table: rows are about 1 KB, too large to sit well in a WITHOUT ROWID B-tree.
    id                 INTEGER PRIMARY KEY,
    record_id          TEXT NOT NULL UNIQUE CHECK (length(record_id) = 32),
    content_sha256     TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    country            TEXT NOT NULL,
    -- Province id when released as recorded; region id: the released region, or the region
    -- of the province.
    province           TEXT,
    region             TEXT,
    sector             TEXT NOT NULL,
    size_band          TEXT NOT NULL,
    year               INTEGER NOT NULL,
    quarter            INTEGER CHECK (quarter BETWEEN 1 AND 4),
    generalisation     TEXT NOT NULL,
    overall_score      REAL,
    overall_level      INTEGER,
    -- JSON: {\"area\": [score, level]}, {\"practice\": 0|1}.
    areas              TEXT NOT NULL CHECK (json_valid(areas)),
    practices          TEXT NOT NULL CHECK (json_valid(practices)),
    -- One line per answer cell: \"question option\" or \"question =number\".
    answers            TEXT NOT NULL,
    import_id          INTEGER NOT NULL REFERENCES pool_import (id)
);
CREATE TABLE pool_conflict (
    import_id      INTEGER NOT NULL REFERENCES pool_import (id),
    record_id      TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    PRIMARY KEY (import_id, record_id)
) WITHOUT ROWID;
";

/// Schema 4: the anonymity breach a file had when the agency merged it anyway (its re-check
/// found a group under k or a homogeneous one, and the user overrode it). Files that passed
/// have no row.
pub(super) const CREATE_BREACH_V4: &str = "
CREATE TABLE pool_import_breach (
    import_id INTEGER PRIMARY KEY REFERENCES pool_import (id),
    breach    TEXT NOT NULL
);
";

/// What merging one file did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeOutcome {
    /// The same file (by SHA-256) was imported before: nothing changed.
    pub already_imported: bool,
    pub records: usize,
    pub added: usize,
    /// Kept records now known with a more specific place or period.
    pub refined: usize,
    pub unchanged: usize,
    /// Record ids whose content differs from the kept record: not merged.
    pub conflicts: Vec<String>,
}

/// An imported file, as the agency screen lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    pub file_name: String,
    pub export_id: String,
    pub created: String,
    pub records: usize,
    pub added: usize,
    pub conflicts: usize,
    pub imported_at: Timestamp,
}

fn areas_json(r: &Record) -> String {
    let map: serde_json::Map<String, Value> = r
        .areas
        .iter()
        .map(|(a, s)| (a.clone(), json!([s.score, s.level])))
        .collect();
    Value::Object(map).to_string()
}

fn practices_json(r: &Record) -> String {
    let map: serde_json::Map<String, Value> = r
        .practices
        .iter()
        .map(|(p, f)| (p.clone(), json!(u8::from(*f))))
        .collect();
    Value::Object(map).to_string()
}

/// Answers, compactly: one line per cell, `question option` or `question =number` (ids
/// never hold spaces, newlines or `=`; the reader checked them). About half the size of JSON,
/// which matters at a million records.
fn answers_text(r: &Record) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(r.answers.len() * 32);
    for a in &r.answers {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&a.question);
        out.push(' ');
        match (&a.option, a.number) {
            (Some(o), _) => out.push_str(o),
            (None, Some(n)) => {
                let _ = write!(out, "={n}");
            }
            (None, None) => {}
        }
    }
    out
}

fn bad(what: &str) -> StoreError {
    StoreError::BadStoredData(format!("pool record: {what}"))
}

/// Reads back what the `*_json` functions wrote.
fn parse_areas(text: &str) -> Result<BTreeMap<String, ScoreLevel>, StoreError> {
    let map: BTreeMap<String, (f64, u8)> = serde_json::from_str(text).map_err(|_| bad("areas"))?;
    Ok(map
        .into_iter()
        .map(|(a, (score, level))| (a, ScoreLevel { score, level }))
        .collect())
}

fn parse_practices(text: &str) -> Result<BTreeMap<String, bool>, StoreError> {
    let map: BTreeMap<String, u8> = serde_json::from_str(text).map_err(|_| bad("practices"))?;
    Ok(map.into_iter().map(|(p, f)| (p, f == 1)).collect())
}

fn parse_answers(text: &str) -> Result<Vec<AnswerCell>, StoreError> {
    text.lines()
        .map(|line| {
            let (question, value) = line.split_once(' ').ok_or_else(|| bad("answers"))?;
            let (option, number) = match value.strip_prefix('=') {
                Some(n) => (None, Some(n.parse().map_err(|_| bad("answers"))?)),
                None => (Some(value.to_string()), None),
            };
            Ok(AnswerCell {
                question: question.to_string(),
                option,
                number,
            })
        })
        .collect()
}

const COLUMNS: &str = "record_id, instrument_version, country, province, region, sector, \
    size_band, year, quarter, generalisation, overall_score, overall_level, areas, practices, \
    answers";

fn record_from_row(r: &rusqlite::Row<'_>) -> Result<Record, StoreError> {
    let generalisation: String = r.get(9)?;
    let overall = match (r.get::<_, Option<f64>>(10)?, r.get::<_, Option<u8>>(11)?) {
        (Some(score), Some(level)) => Some(ScoreLevel { score, level }),
        _ => None,
    };
    Ok(Record {
        record_id: r.get(0)?,
        instrument_version: r.get(1)?,
        country: r.get(2)?,
        province: r.get(3)?,
        region: r.get(4)?,
        sector: r.get(5)?,
        size_band: r.get(6)?,
        year: r.get(7)?,
        quarter: r.get(8)?,
        generalisation: Step::parse(&generalisation).ok_or_else(|| bad("generalisation"))?,
        overall,
        areas: parse_areas(&r.get::<_, String>(12)?)?,
        practices: parse_practices(&r.get::<_, String>(13)?)?,
        answers: parse_answers(&r.get::<_, String>(14)?)?,
    })
}

impl Store {
    /// Merges a verified export file into the pool, in one transaction. `breach` is the
    /// anonymity breach its re-check found when the user chose to merge it anyway (kept with
    /// the import, so the pool tells which files were merged without passing).
    pub fn merge_export(
        &mut self,
        file: &ExportFile,
        file_name: &str,
        breach: Option<&str>,
        now: Timestamp,
    ) -> Result<MergeOutcome, StoreError> {
        let places = Places::embedded();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let seen: Option<i64> = tx
            .query_row(
                "SELECT id FROM pool_import WHERE file_sha256 = ?1",
                [&file.sha256],
                |r| r.get(0),
            )
            .optional()?;
        if seen.is_some() {
            return Ok(MergeOutcome {
                already_imported: true,
                records: file.records.len(),
                ..MergeOutcome::default()
            });
        }
        let m = &file.manifest;
        tx.execute(
            "INSERT INTO pool_import (file_sha256, export_id, file_name, app_version, created,
                records, added, refined, unchanged, conflicts, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0, ?7)",
            params![
                file.sha256,
                m.export_id,
                file_name,
                m.app_version,
                m.created,
                file.records.len() as i64,
                now.0
            ],
        )?;
        let import_id = tx.last_insert_rowid();
        if let Some(breach) = breach {
            tx.execute(
                "INSERT INTO pool_import_breach (import_id, breach) VALUES (?1, ?2)",
                params![import_id, breach],
            )?;
        }
        let mut outcome = MergeOutcome {
            records: file.records.len(),
            ..MergeOutcome::default()
        };
        let region_of = |province: &str| places.province(province).map(|p| p.region.clone());
        {
            let mut find = tx.prepare(&format!(
                "SELECT {COLUMNS}, content_sha256 FROM pool_record WHERE record_id = ?1"
            ))?;
            let mut insert = tx.prepare(&format!(
                "INSERT INTO pool_record ({COLUMNS}, content_sha256, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                         ?16, ?17)
                 ON CONFLICT (record_id) DO NOTHING"
            ))?;
            let mut refine = tx.prepare(
                "UPDATE pool_record SET province = ?2, region = ?3, year = ?4, quarter = ?5,
                    generalisation = ?6, import_id = ?7 WHERE record_id = ?1",
            )?;
            let mut conflict = tx.prepare(
                "INSERT OR IGNORE INTO pool_conflict (import_id, record_id, content_sha256)
                 VALUES (?1, ?2, ?3)",
            )?;
            for r in &file.records {
                // Kept with the region of its province, so that records can be grouped by
                // region whichever step released them.
                let region = r
                    .region
                    .clone()
                    .or_else(|| r.province.as_deref().and_then(region_of));
                let hash = r.content_hash();
                // New records (nearly all) are inserted at once; a known id is compared.
                let inserted = insert.execute(params![
                    r.record_id,
                    r.instrument_version,
                    r.country,
                    r.province,
                    region,
                    r.sector,
                    r.size_band,
                    r.year,
                    r.quarter,
                    r.generalisation.as_str(),
                    r.overall.map(|s| s.score),
                    r.overall.map(|s| s.level),
                    areas_json(r),
                    practices_json(r),
                    answers_text(r),
                    hash,
                    import_id
                ])?;
                if inserted == 1 {
                    outcome.added += 1;
                    continue;
                }
                let (old, old_hash) = find.query_row([&r.record_id], |row| {
                    Ok((record_from_row(row), row.get::<_, String>(15)?))
                })?;
                let old = old?;
                let detail = |province: bool, region: bool, quarter: bool| {
                    u8::from(province) * 2 + u8::from(region) + u8::from(quarter) * 4
                };
                let new_detail =
                    detail(r.province.is_some(), region.is_some(), r.quarter.is_some());
                let old_detail = detail(
                    old.province.is_some(),
                    old.region.is_some(),
                    old.quarter.is_some(),
                );
                if old_hash != hash || !old.same_place_and_period(r, region_of) {
                    conflict.execute(params![import_id, r.record_id, hash])?;
                    outcome.conflicts.push(r.record_id.clone());
                } else if new_detail > old_detail {
                    refine.execute(params![
                        r.record_id,
                        r.province,
                        region,
                        r.year,
                        r.quarter,
                        r.generalisation.as_str(),
                        import_id
                    ])?;
                    outcome.refined += 1;
                } else {
                    outcome.unchanged += 1;
                }
            }
        }
        tx.execute(
            "UPDATE pool_import SET added = ?2, refined = ?3, unchanged = ?4, conflicts = ?5
             WHERE id = ?1",
            params![
                import_id,
                outcome.added as i64,
                outcome.refined as i64,
                outcome.unchanged as i64,
                outcome.conflicts.len() as i64
            ],
        )?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Every pooled record, in the order they were merged.
    pub fn pool_records(&self) -> Result<Vec<Record>, StoreError> {
        self.pool_records_with(true)
    }

    /// Every pooled record without its answers (left empty): what aggregation needs, read
    /// several times faster.
    pub fn pool_records_without_answers(&self) -> Result<Vec<Record>, StoreError> {
        self.pool_records_with(false)
    }

    fn pool_records_with(&self, answers: bool) -> Result<Vec<Record>, StoreError> {
        let columns = if answers {
            COLUMNS.to_string()
        } else {
            COLUMNS.replace(", answers", ", ''")
        };
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {columns} FROM pool_record ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(record_from_row(row)?);
        }
        Ok(out)
    }

    /// Whether a file with this SHA-256 was imported before.
    pub fn pool_has_file(&self, sha256: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM pool_import WHERE file_sha256 = ?1",
                [sha256],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// How many records the pool holds.
    pub fn pool_record_count(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM pool_record", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The imported files, newest first.
    pub fn pool_imports(&self) -> Result<Vec<ImportedFile>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT file_name, export_id, created, records, added, conflicts, imported_at
             FROM pool_import ORDER BY imported_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ImportedFile {
                file_name: r.get(0)?,
                export_id: r.get(1)?,
                created: r.get(2)?,
                records: r.get::<_, i64>(3)? as usize,
                added: r.get::<_, i64>(4)? as usize,
                conflicts: r.get::<_, i64>(5)? as usize,
                imported_at: Timestamp(r.get(6)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
