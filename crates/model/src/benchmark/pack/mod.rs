//! Benchmark packs as files: versioned JSON sealed with a SHA-256 of their content.
//!
//! The checksum covers the compact JSON serialization of the whole pack without its `sha256`
//! field, fields in the order of this format; any change to a figure, a citation or the header
//! changes it. Whitespace in the file does not matter.
//!
//! `error` says what is wrong with a pack, `file` is the format as written (parsed,
//! checked, sealed).

mod error;
mod file;

pub use error::{PackError, RowProblem};

use super::{BenchmarkRow, Metric, Provenance, ProvenanceKind};
use file::*;

/// The pack file format this program reads and writes.
pub const PACK_FORMAT: u32 = 1;

/// The largest pack file read. An agency pack of every group of a country (sector × size ×
/// province) is a few megabytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The longest id (pack, sector, size, place, metric) and version, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// The longest title or publisher, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest citation, population or method of a row, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

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

/// Orders versions such as `2026.1` < `2026.2` < `2026.10`.
pub fn version_key(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|p| p.parse().ok()).collect()
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

    /// Ids in the rows that `instrument` does not know (sectors, size bands of the pack's
    /// country, areas, practices, indicators) or that are not a province or region of the
    /// pack's country; a pack that has any is not installed. An indicator's mean must lie in
    /// the range of its question.
    pub fn check_ids(&self, instrument: &crate::instrument::Instrument) -> Result<(), PackError> {
        let bands = instrument.country(&self.country).map(|c| &c.size_bands);
        let places = digiready_i18n::place::Places::embedded();
        let mut unknown = std::collections::BTreeSet::new();
        for (i, r) in self.rows.iter().enumerate() {
            if let Some(s) = &r.sector {
                if instrument.sector(s).is_none() {
                    unknown.insert(format!("sector {s}"));
                }
            }
            if let Some(z) = &r.size {
                if !bands.is_some_and(|b| b.iter().any(|b| &b.id == z)) {
                    unknown.insert(format!("size {z}"));
                }
            }
            if let Some(place) = &r.region {
                let province = places.province(place).map(|p| &p.country);
                let region = places.regions().iter().find(|g| &g.id == place);
                if province.or(region.map(|g| &g.country)) != Some(&self.country) {
                    unknown.insert(format!("place {place}"));
                }
            }
            let (known, kind, id) = match &r.metric {
                Metric::Area(id) => (instrument.area(id).is_some(), "area", id),
                Metric::Practice(id) => (instrument.practice(id).is_some(), "practice", id),
                Metric::Indicator(id) => (instrument.indicator(id).is_some(), "indicator", id),
            };
            if !known {
                unknown.insert(format!("{kind} {id}"));
            }
            let range = match &r.metric {
                Metric::Indicator(id) => instrument
                    .indicator(id)
                    .and_then(|i| instrument.question(&i.question))
                    .and_then(|q| match q.kind {
                        crate::instrument::QuestionKind::Number { min, max, .. } => {
                            Some((min, max))
                        }
                        _ => None,
                    }),
                _ => None,
            };
            if let (Some((min, max)), Some(value)) = (range, r.value) {
                if !(min..=max).contains(&value) {
                    return Err(PackError::MeanOutOfRange {
                        row: i + 1,
                        value,
                        min,
                        max,
                    });
                }
            }
        }
        if unknown.is_empty() {
            Ok(())
        } else {
            Err(PackError::UnknownIds(
                unknown.into_iter().collect::<Vec<_>>().join(", "),
            ))
        }
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
