//! Benchmark packs as files: versioned JSON sealed with a SHA-256 of their content.
//!
//! The checksum covers the compact JSON serialization of the whole pack without its `sha256`
//! field, fields in the order of this format; any change to a figure, a citation or the header
//! changes it. Whitespace in the file does not matter.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{BenchmarkRow, Metric, Provenance, ProvenanceKind};

/// The pack file format this program reads and writes.
pub const PACK_FORMAT: u32 = 1;

/// A validated benchmark pack.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkPack {
    /// Stable across versions, e.g. `vn-seed`, `vn-can-tho-agency`.
    pub id: String,
    pub name: String,
    /// Numbers separated by dots; a newer version replaces an older one of the same id.
    pub version: String,
    /// `VN` or `LA`.
    pub country: String,
    pub publisher: String,
    /// ISO date, e.g. `2026-11-23`.
    pub published: String,
    pub rows: Vec<BenchmarkRow>,
    pub sha256: String,
}

/// Why a pack file cannot be used. Nothing is installed when any of these occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PackError {
    #[error("not a benchmark pack: {reason}")]
    Malformed { reason: String },
    #[error("the pack uses format {found}; this program reads format {supported}")]
    NewerFormat { found: u32, supported: u32 },
    #[error("the pack has no checksum")]
    MissingChecksum,
    #[error("the pack's checksum does not match its content: it was changed or damaged")]
    BadChecksum,
    #[error("the pack version {0:?} is not numbers separated by dots")]
    BadVersion(String),
    #[error("row {row}: {problem}")]
    BadRow { row: usize, problem: RowProblem },
    #[error("pack {id} version {found} is older than the installed version {installed}")]
    Older {
        id: String,
        found: String,
        installed: String,
    },
}

/// What is wrong with one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    #[error("it has no provenance (source, year and method are required)")]
    NoProvenance,
    #[error("an area row needs five increasing quantiles between 0 and 100")]
    BadQuantiles,
    #[error("a practice row needs a share between 0 and 1")]
    BadShare,
    #[error("an indicator row needs a mean")]
    BadMean,
}

impl PackError {
    /// The error in the reader's language.
    pub fn localize(
        &self,
        catalog: &crate::i18n::Catalog,
        locale: crate::locale::Locale,
    ) -> String {
        use crate::i18n::Args;
        let a = Args::new();
        let (id, args) = match self {
            PackError::Malformed { reason } => {
                ("pack-error-malformed", a.text("reason", reason.clone()))
            }
            PackError::NewerFormat { found, .. } => (
                "pack-error-newer-format",
                a.text("found", found.to_string()),
            ),
            PackError::MissingChecksum => ("pack-error-missing-checksum", a),
            PackError::BadChecksum => ("pack-error-bad-checksum", a),
            PackError::BadVersion(v) => ("pack-error-bad-version", a.text("version", v.clone())),
            PackError::BadRow { row, problem } => (
                match problem {
                    RowProblem::NoProvenance => "pack-error-no-provenance",
                    RowProblem::BadQuantiles => "pack-error-bad-quantiles",
                    RowProblem::BadShare => "pack-error-bad-share",
                    RowProblem::BadMean => "pack-error-bad-mean",
                },
                a.text("row", row.to_string()),
            ),
            PackError::Older {
                id,
                found,
                installed,
            } => (
                "pack-error-older",
                a.text("id", id.clone())
                    .text("found", found.clone())
                    .text("installed", installed.clone()),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

/// Orders versions such as `2026.1` < `2026.2` < `2026.10`.
pub fn version_key(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|p| p.parse().ok()).collect()
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    format: u32,
    id: String,
    name: String,
    version: String,
    country: String,
    publisher: String,
    published: String,
    rows: Vec<RowFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sha256: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RowFile {
    sector: Option<String>,
    size: Option<String>,
    region: Option<String>,
    metric: MetricFile,
    #[serde(default)]
    quantiles: Option<[f64; 5]>,
    #[serde(default)]
    value: Option<f64>,
    #[serde(default)]
    sample_size: Option<u32>,
    provenance: Option<ProvenanceFile>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    tag = "kind",
    content = "id",
    rename_all = "snake_case"
)]
enum MetricFile {
    Area(String),
    Practice(String),
    Indicator(String),
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvenanceFile {
    kind: KindFile,
    source: String,
    year: u16,
    population: String,
    method: String,
    #[serde(default)]
    secondary: bool,
    #[serde(default)]
    provisional: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum KindFile {
    Published,
    Modelled,
    Aggregated,
}

fn checksum(file: &PackFile) -> String {
    let canonical = serde_json::to_vec(file).unwrap_or_default();
    Sha256::digest(&canonical)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl BenchmarkPack {
    /// Reads a sealed pack, verifying its format, checksum and every row.
    pub fn from_json(text: &str) -> Result<BenchmarkPack, PackError> {
        let mut file = parse(text)?;
        let given = file.sha256.take().ok_or(PackError::MissingChecksum)?;
        let sum = checksum(&file);
        // Rows first, so that a row without provenance is named as such.
        let pack = validated(file, given.clone())?;
        if sum != given {
            return Err(PackError::BadChecksum);
        }
        Ok(pack)
    }

    /// Reads a pack that may not be sealed yet, checks it, and returns it sealed: for building
    /// packs (`digiready benchmarks seal`).
    pub fn seal(text: &str) -> Result<BenchmarkPack, PackError> {
        let mut file = parse(text)?;
        file.sha256 = None;
        let sum = checksum(&file);
        validated(file, sum)
    }

    /// The sealed pack as a JSON file.
    pub fn to_json(&self) -> String {
        let mut file = PackFile {
            format: PACK_FORMAT,
            id: self.id.clone(),
            name: self.name.clone(),
            version: self.version.clone(),
            country: self.country.clone(),
            publisher: self.publisher.clone(),
            published: self.published.clone(),
            rows: self.rows.iter().map(row_file).collect(),
            sha256: None,
        };
        file.sha256 = Some(checksum(&file));
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Whether this pack may replace `installed` (same id): only a newer or equal version.
    pub fn check_newer_than(&self, installed_version: &str) -> Result<(), PackError> {
        if version_key(&self.version) < version_key(installed_version) {
            return Err(PackError::Older {
                id: self.id.clone(),
                found: self.version.clone(),
                installed: installed_version.to_string(),
            });
        }
        Ok(())
    }
}

fn parse(text: &str) -> Result<PackFile, PackError> {
    // Read the format first, so that a newer format is named as such rather than as malformed.
    #[derive(Deserialize)]
    struct Head {
        format: u32,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| PackError::Malformed {
        reason: e.to_string(),
    })?;
    if head.format != PACK_FORMAT {
        return Err(PackError::NewerFormat {
            found: head.format,
            supported: PACK_FORMAT,
        });
    }
    serde_json::from_str(text).map_err(|e| PackError::Malformed {
        reason: e.to_string(),
    })
}

fn validated(file: PackFile, sha256: String) -> Result<BenchmarkPack, PackError> {
    if version_key(&file.version).is_none() {
        return Err(PackError::BadVersion(file.version));
    }
    let mut rows = Vec::with_capacity(file.rows.len());
    for (i, r) in file.rows.into_iter().enumerate() {
        let bad = |problem| PackError::BadRow {
            row: i + 1,
            problem,
        };
        let Some(p) = r.provenance else {
            return Err(bad(RowProblem::NoProvenance));
        };
        if p.source.trim().is_empty() || p.method.trim().is_empty() || p.year < 1990 {
            return Err(bad(RowProblem::NoProvenance));
        }
        let metric = match r.metric {
            MetricFile::Area(id) => {
                let ok = r.quantiles.is_some_and(|q| {
                    q.iter().all(|x| (0.0..=100.0).contains(x))
                        && q.windows(2).all(|w| w[0] <= w[1])
                });
                if !ok {
                    return Err(bad(RowProblem::BadQuantiles));
                }
                Metric::Area(id)
            }
            MetricFile::Practice(id) => {
                if !r.value.is_some_and(|v| (0.0..=1.0).contains(&v)) {
                    return Err(bad(RowProblem::BadShare));
                }
                Metric::Practice(id)
            }
            MetricFile::Indicator(id) => {
                if !r.value.is_some_and(f64::is_finite) {
                    return Err(bad(RowProblem::BadMean));
                }
                Metric::Indicator(id)
            }
        };
        rows.push(BenchmarkRow {
            sector: r.sector,
            size: r.size,
            region: r.region,
            metric,
            quantiles: r.quantiles,
            value: r.value,
            sample_size: r.sample_size,
            provenance: Provenance {
                kind: match p.kind {
                    KindFile::Published => ProvenanceKind::Published,
                    KindFile::Modelled => ProvenanceKind::Modelled,
                    KindFile::Aggregated => ProvenanceKind::Aggregated,
                },
                source: p.source,
                year: p.year,
                population: p.population,
                method: p.method,
                secondary: p.secondary,
                provisional: p.provisional,
            },
        });
    }
    Ok(BenchmarkPack {
        id: file.id,
        name: file.name,
        version: file.version,
        country: file.country,
        publisher: file.publisher,
        published: file.published,
        rows,
        sha256,
    })
}

fn row_file(r: &BenchmarkRow) -> RowFile {
    RowFile {
        sector: r.sector.clone(),
        size: r.size.clone(),
        region: r.region.clone(),
        metric: match &r.metric {
            Metric::Area(id) => MetricFile::Area(id.clone()),
            Metric::Practice(id) => MetricFile::Practice(id.clone()),
            Metric::Indicator(id) => MetricFile::Indicator(id.clone()),
        },
        quantiles: r.quantiles,
        value: r.value,
        sample_size: r.sample_size,
        provenance: Some(ProvenanceFile {
            kind: match r.provenance.kind {
                ProvenanceKind::Published => KindFile::Published,
                ProvenanceKind::Modelled => KindFile::Modelled,
                ProvenanceKind::Aggregated => KindFile::Aggregated,
            },
            source: r.provenance.source.clone(),
            year: r.provenance.year,
            population: r.provenance.population.clone(),
            method: r.provenance.method.clone(),
            secondary: r.provenance.secondary,
            provisional: r.provenance.provisional,
        }),
    }
}
