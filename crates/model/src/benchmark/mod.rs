//! Sector benchmarks: packs of rows with provenance, and how a firm compares with them.
//!
//! Invariants:
//! - Every row carries its provenance (kind, source, year, population, method). A pack with a
//!   row without a source or method is refused.
//! - A modelled or provisional figure is marked as such wherever it is returned; callers must
//!   show the mark (the CLI and the PDF do).
//! - Packs are versioned and sealed with a SHA-256 of their content (see [`pack`]).

pub mod compare;
pub mod describe;
pub mod pack;

pub use compare::{
    compare, AreaComparison, Comparison, Group, IndicatorComparison, PracticeComparison,
};
pub use pack::{BenchmarkPack, PackError, PACK_FORMAT};

use include_dir::{include_dir, Dir};

static EMBEDDED_PACKS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../assets/benchmarks");

/// How a benchmark figure came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProvenanceKind {
    /// A published statistic, as published.
    Published,
    /// Derived from published statistics by a stated method (not measured as such).
    Modelled,
    /// Aggregated from anonymized DigiReady assessments.
    Aggregated,
}

impl ProvenanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProvenanceKind::Published => "published",
            ProvenanceKind::Modelled => "modelled",
            ProvenanceKind::Aggregated => "aggregated",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub kind: ProvenanceKind,
    /// The citation: publisher, title, table or indicator.
    pub source: String,
    pub year: u16,
    /// Whom the figure describes, e.g. "formal private firms with 5+ employees".
    pub population: String,
    /// How the figure was obtained or modelled.
    pub method: String,
    /// Read from a secondary copy and not yet checked against the original.
    pub secondary: bool,
    /// A stand-in until better figures exist (all Lao PDR seed rows).
    pub provisional: bool,
}

/// What a row measures.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// The distribution of an area's 0–100 score.
    Area(String),
    /// The share of firms (0–1) that follow a practice of the questionnaire.
    Practice(String),
    /// The mean answer to an indicator question.
    Indicator(String),
}

/// One benchmark figure for a group of firms. `None` in sector, size or region means "all".
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkRow {
    pub sector: Option<String>,
    pub size: Option<String>,
    pub region: Option<String>,
    pub metric: Metric,
    /// Area rows: p10, p25, p50, p75, p90 of the score.
    pub quantiles: Option<[f64; 5]>,
    /// Practice rows: share of firms (0–1); indicator rows: the mean.
    pub value: Option<f64>,
    pub sample_size: Option<u32>,
    pub provenance: Provenance,
}

/// The benchmark packs that ship inside the program (`assets/benchmarks/*.json`), installed on
/// first run. A pack that does not parse is a build defect caught by the tests.
pub fn seed_packs() -> Vec<BenchmarkPack> {
    let mut packs: Vec<BenchmarkPack> = EMBEDDED_PACKS
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
        .filter_map(|f| {
            let text = f.contents_utf8()?;
            match BenchmarkPack::from_json(text) {
                Ok(p) => Some(p),
                Err(e) => {
                    log::error!("built-in benchmark pack {}: {e}", f.path().display());
                    None
                }
            }
        })
        .collect();
    packs.sort_by(|a, b| a.id.cmp(&b.id));
    packs
}
