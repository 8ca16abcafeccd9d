//! The pack file as written: JSON, parsed, checked field by field and sealed with its
//! checksum.

use serde::{Deserialize, Serialize};

use super::*;
use super::{BenchmarkRow, Metric, Provenance, ProvenanceKind};

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PackFile {
    pub(super) format: u32,
    pub(super) id: String,
    pub(super) name: String,
    pub(super) version: String,
    pub(super) country: String,
    pub(super) publisher: String,
    pub(super) published: String,
    pub(super) rows: Vec<RowFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) sha256: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RowFile {
    pub(super) sector: Option<String>,
    pub(super) size: Option<String>,
    pub(super) region: Option<String>,
    pub(super) metric: MetricFile,
    #[serde(default)]
    pub(super) quantiles: Option<[f64; 5]>,
    #[serde(default)]
    pub(super) value: Option<f64>,
    #[serde(default)]
    pub(super) sample_size: Option<u32>,
    pub(super) provenance: Option<ProvenanceFile>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    tag = "kind",
    content = "id",
    rename_all = "snake_case"
)]
pub(super) enum MetricFile {
    Area(String),
    Practice(String),
    Indicator(String),
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProvenanceFile {
    pub(super) kind: KindFile,
    pub(super) source: String,
    pub(super) year: u16,
    pub(super) population: String,
    pub(super) method: String,
    #[serde(default)]
    pub(super) secondary: bool,
    #[serde(default)]
    pub(super) provisional: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum KindFile {
    Published,
    Modelled,
    Aggregated,
}

pub(super) fn checksum(file: &PackFile) -> String {
    let canonical = serde_json::to_vec(file).unwrap_or_default();
    crate::digest::sha256_hex(&canonical)
}

pub(super) fn parse(text: &str) -> Result<PackFile, PackError> {
    // Read the format first, so that a newer format is named as such rather than as malformed.
    #[derive(Deserialize)]
    struct Head {
        format: u32,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| PackError::Malformed {
        reason: e.to_string(),
    })?;
    if head.format > PACK_FORMAT {
        return Err(PackError::NewerFormat {
            found: head.format,
            supported: PACK_FORMAT,
        });
    }
    if head.format != PACK_FORMAT {
        return Err(PackError::UnknownFormat(head.format));
    }
    let mut file: PackFile = serde_json::from_str(text).map_err(|e| PackError::Malformed {
        reason: e.to_string(),
    })?;
    // Before any checksum is computed, so that sealing and verifying agree.
    for r in &mut file.rows {
        r.value = r.value.map(zero_normalised);
        r.quantiles = r.quantiles.map(|q| q.map(zero_normalised));
    }
    Ok(file)
}

/// `-0.0` and `0.0` are one number; keep one form so that the checksum survives a round trip
/// through the database.
pub(super) fn zero_normalised(x: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        x
    }
}

/// `YYYY-MM-DD`, a day that exists.
pub(super) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && digiready_i18n::format::CivilDate::parse_iso(s).is_some()
}

/// A text field is at most `max` characters, without control characters.
pub(super) fn check_text(
    row: Option<usize>,
    field: &'static str,
    text: &str,
    max: usize,
) -> Result<(), PackError> {
    if text.chars().count() > max {
        return Err(PackError::TooLong { row, field, max });
    }
    if text.chars().any(digiready_i18n::is_unsafe_char) {
        return Err(PackError::ControlCharacters { row, field });
    }
    Ok(())
}

/// Every text of the pack: its header, then row by row.
pub(super) fn check_texts(file: &PackFile) -> Result<(), PackError> {
    for (field, text, max) in [
        ("id", &file.id, MAX_ID_CHARS),
        ("version", &file.version, MAX_ID_CHARS),
        ("name", &file.name, MAX_NAME_CHARS),
        ("publisher", &file.publisher, MAX_NAME_CHARS),
    ] {
        check_text(None, field, text, max)?;
    }
    for (i, r) in file.rows.iter().enumerate() {
        let row = Some(i + 1);
        let metric = match &r.metric {
            MetricFile::Area(id) | MetricFile::Practice(id) | MetricFile::Indicator(id) => id,
        };
        let ids = [
            ("sector", r.sector.as_ref()),
            ("size", r.size.as_ref()),
            ("region", r.region.as_ref()),
            ("metric", Some(metric)),
        ];
        for (field, id) in ids {
            if let Some(id) = id {
                check_text(row, field, id, MAX_ID_CHARS)?;
            }
        }
        if let Some(p) = &r.provenance {
            for (field, text) in [
                ("source", &p.source),
                ("population", &p.population),
                ("method", &p.method),
            ] {
                check_text(row, field, text, MAX_TEXT_CHARS)?;
            }
        }
    }
    Ok(())
}

pub(super) fn validated(file: PackFile, sha256: String) -> Result<BenchmarkPack, PackError> {
    check_texts(&file)?;
    if version_key(&file.version).is_none() {
        return Err(PackError::BadVersion(file.version));
    }
    let id_ok = !file.id.is_empty()
        && file
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    for (ok, field) in [
        (id_ok, "id"),
        (["VN", "LA"].contains(&file.country.as_str()), "country"),
        (is_iso_date(&file.published), "published date"),
        (!file.name.trim().is_empty(), "name"),
        (!file.publisher.trim().is_empty(), "publisher"),
    ] {
        if !ok {
            return Err(PackError::BadHeader { field });
        }
    }

    if file.rows.is_empty() {
        return Err(PackError::NoRows);
    }
    let mut rows: Vec<BenchmarkRow> = Vec::with_capacity(file.rows.len());
    // Which row first described each group and figure: a second one would contradict it.
    let mut first_row = std::collections::HashMap::new();
    for (i, r) in file.rows.into_iter().enumerate() {
        let bad = |problem| PackError::BadRow {
            row: i + 1,
            problem,
        };
        let Some(p) = r.provenance else {
            return Err(bad(RowProblem::NoProvenance));
        };
        if p.source.trim().is_empty()
            || p.method.trim().is_empty()
            || p.population.trim().is_empty()
            || p.year < 1990
        {
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
        let key = (
            r.sector.clone(),
            r.size.clone(),
            r.region.clone(),
            metric.clone(),
        );
        if let Some(&first) = first_row.get(&key) {
            return Err(PackError::DuplicateRow { row: i + 1, first });
        }
        first_row.insert(key, i + 1);
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

pub(super) fn row_file(r: &BenchmarkRow) -> RowFile {
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
