//! Installed benchmark packs and their rows.

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::{Store, StoreError};
use digiready_model::benchmark::pack::version_key;
use digiready_model::benchmark::{
    BenchmarkPack, BenchmarkRow, Metric, PackError, Provenance, ProvenanceKind,
};
use digiready_model::clock::Timestamp;

pub(super) const CREATE_V2: &str = "
CREATE TABLE benchmark_set (
    id           INTEGER PRIMARY KEY,
    pack_id      TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    version      TEXT NOT NULL,
    country      TEXT NOT NULL,
    publisher    TEXT NOT NULL,
    published    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    installed_at INTEGER NOT NULL
);

CREATE TABLE benchmark_row (
    set_id      INTEGER NOT NULL REFERENCES benchmark_set (id) ON DELETE CASCADE,
    -- NULL: all sectors / sizes / regions.
    sector      TEXT,
    size_band   TEXT,
    region      TEXT,
    metric_kind TEXT NOT NULL CHECK (metric_kind IN ('area', 'practice', 'indicator')),
    metric      TEXT NOT NULL,
    p10 REAL, p25 REAL, p50 REAL, p75 REAL, p90 REAL,
    value       REAL,
    sample_size INTEGER,
    -- Provenance: every row has one.
    prov_kind   TEXT NOT NULL CHECK (prov_kind IN ('published', 'modelled', 'aggregated')),
    source      TEXT NOT NULL CHECK (length(trim(source)) > 0),
    year        INTEGER NOT NULL,
    population  TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (length(trim(method)) > 0),
    secondary   INTEGER NOT NULL CHECK (secondary IN (0, 1)),
    provisional INTEGER NOT NULL CHECK (provisional IN (0, 1))
);
CREATE INDEX benchmark_row_set ON benchmark_row (set_id);
";

/// An installed pack, without its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    pub pack_id: String,
    pub name: String,
    pub version: String,
    pub country: String,
    pub publisher: String,
    pub published: String,
    pub sha256: String,
    pub rows: usize,
    pub installed_at: Timestamp,
}

/// What installing a pack did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallOutcome {
    Installed,
    /// A newer version replaced the installed one.
    Replaced,
    /// The same version (same checksum) was already installed: nothing changed.
    Unchanged,
}

impl Store {
    /// Installs a pack in one transaction, replacing an older version of the same pack id.
    /// An older version than the installed one, or the same version with different content, is
    /// refused and nothing changes.
    pub fn install_benchmark_pack(
        &mut self,
        pack: &BenchmarkPack,
        now: Timestamp,
    ) -> Result<InstallOutcome, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let installed: Option<(i64, String, String, String)> = tx
            .query_row(
                "SELECT id, version, sha256, country FROM benchmark_set WHERE pack_id = ?1",
                [&pack.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        if let Some((_, _, _, country)) = &installed {
            if *country != pack.country {
                return Err(StoreError::Pack(PackError::OtherCountry {
                    found: pack.country.clone(),
                    installed: country.clone(),
                }));
            }
        }
        let outcome = match &installed {
            None => InstallOutcome::Installed,
            Some((_, version, sha, _)) => {
                pack.check_newer_than(version).map_err(StoreError::Pack)?;
                if version_key(version) == version_key(&pack.version) {
                    if *sha == pack.sha256 {
                        return Ok(InstallOutcome::Unchanged);
                    }
                    return Err(StoreError::Pack(PackError::Older {
                        id: pack.id.clone(),
                        found: pack.version.clone(),
                        installed: version.clone(),
                    }));
                }
                InstallOutcome::Replaced
            }
        };
        if let Some((id, _, _, _)) = installed {
            tx.execute("DELETE FROM benchmark_set WHERE id = ?1", [id])?;
        }
        tx.execute(
            "INSERT INTO benchmark_set (pack_id, name, version, country, publisher, published, sha256, installed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![pack.id, pack.name, pack.version, pack.country, pack.publisher, pack.published, pack.sha256, now.0],
        )?;
        let set_id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO benchmark_row (set_id, sector, size_band, region, metric_kind, metric,
                    p10, p25, p50, p75, p90, value, sample_size,
                    prov_kind, source, year, population, method, secondary, provisional)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            )?;
            for r in &pack.rows {
                let (kind, metric) = match &r.metric {
                    Metric::Area(m) => ("area", m),
                    Metric::Practice(m) => ("practice", m),
                    Metric::Indicator(m) => ("indicator", m),
                };
                let q = r.quantiles.map(|q| q.map(Some)).unwrap_or([None; 5]);
                let p = &r.provenance;
                insert.execute(params![
                    set_id,
                    r.sector,
                    r.size,
                    r.region,
                    kind,
                    metric,
                    q[0],
                    q[1],
                    q[2],
                    q[3],
                    q[4],
                    r.value,
                    r.sample_size,
                    p.kind.as_str(),
                    p.source,
                    p.year,
                    p.population,
                    p.method,
                    p.secondary,
                    p.provisional
                ])?;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Installs the built-in seed packs that are missing or newer than what is installed; packs
    /// imported by the user that are newer are kept.
    pub fn ensure_seed_benchmarks(
        &mut self,
        seeds: &[BenchmarkPack],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        for pack in seeds {
            let installed = self.installed_pack(&pack.id)?;
            let wanted =
                installed.is_none_or(|i| version_key(&i.version) < version_key(&pack.version));
            if wanted {
                self.install_benchmark_pack(pack, now)?;
            }
        }
        Ok(())
    }

    pub fn installed_pack(&self, pack_id: &str) -> Result<Option<InstalledPack>, StoreError> {
        Ok(self
            .installed_packs()?
            .into_iter()
            .find(|p| p.pack_id == pack_id))
    }

    /// Every installed pack, by id.
    pub fn installed_packs(&self) -> Result<Vec<InstalledPack>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT pack_id, name, version, country, publisher, published, sha256, installed_at,
                (SELECT count(*) FROM benchmark_row WHERE set_id = benchmark_set.id)
             FROM benchmark_set ORDER BY pack_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(InstalledPack {
                pack_id: r.get(0)?,
                name: r.get(1)?,
                version: r.get(2)?,
                country: r.get(3)?,
                publisher: r.get(4)?,
                published: r.get(5)?,
                sha256: r.get(6)?,
                installed_at: Timestamp(r.get(7)?),
                rows: r.get::<_, i64>(8)?.try_into().unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// An installed pack with its rows, as a file can carry it.
    pub fn benchmark_pack(&self, pack_id: &str) -> Result<BenchmarkPack, StoreError> {
        let info = self
            .installed_pack(pack_id)?
            .ok_or_else(|| StoreError::PackNotFound(pack_id.to_string()))?;
        let rows = self.rows_where("s.pack_id = ?1", pack_id)?;
        // The stored rows are exactly those of the file that was installed, so its checksum holds.
        Ok(BenchmarkPack {
            id: info.pack_id,
            name: info.name,
            version: info.version,
            country: info.country,
            publisher: info.publisher,
            published: info.published,
            rows,
            sha256: info.sha256,
        })
    }

    /// Every installed benchmark row for a country.
    pub fn benchmark_rows(&self, country: &str) -> Result<Vec<BenchmarkRow>, StoreError> {
        self.rows_where("s.country = ?1", country)
    }

    fn rows_where(&self, condition: &str, value: &str) -> Result<Vec<BenchmarkRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT r.sector, r.size_band, r.region, r.metric_kind, r.metric,
                r.p10, r.p25, r.p50, r.p75, r.p90, r.value, r.sample_size,
                r.prov_kind, r.source, r.year, r.population, r.method, r.secondary, r.provisional
             FROM benchmark_row r JOIN benchmark_set s ON s.id = r.set_id
             WHERE {condition}
             -- Among equally trusted rows for one group, the most recently published pack wins.
             ORDER BY s.published DESC, s.pack_id, r.rowid"
        ))?;
        let rows = stmt.query_map([value], |r| {
            let kind: String = r.get(3)?;
            let metric: String = r.get(4)?;
            let q: [Option<f64>; 5] = [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?];
            let prov: String = r.get(12)?;
            Ok((
                BenchmarkRow {
                    sector: r.get(0)?,
                    size: r.get(1)?,
                    region: r.get(2)?,
                    metric: match kind.as_str() {
                        "area" => Metric::Area(metric),
                        "practice" => Metric::Practice(metric),
                        _ => Metric::Indicator(metric),
                    },
                    quantiles: match q {
                        [Some(a), Some(b), Some(c), Some(d), Some(e)] => Some([a, b, c, d, e]),
                        _ => None,
                    },
                    value: r.get(10)?,
                    sample_size: r.get(11)?,
                    provenance: Provenance {
                        kind: ProvenanceKind::Published,
                        source: r.get(13)?,
                        year: r.get(14)?,
                        population: r.get(15)?,
                        method: r.get(16)?,
                        secondary: r.get(17)?,
                        provisional: r.get(18)?,
                    },
                },
                prov,
            ))
        })?;
        rows.map(|row| {
            let (mut row, prov) = row?;
            row.provenance.kind = match prov.as_str() {
                "published" => ProvenanceKind::Published,
                "modelled" => ProvenanceKind::Modelled,
                "aggregated" => ProvenanceKind::Aggregated,
                other => {
                    return Err(StoreError::BadStoredData(format!(
                        "provenance kind {other:?}"
                    )))
                }
            };
            Ok(row)
        })
        .collect()
    }
}
