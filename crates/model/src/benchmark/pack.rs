//! Benchmark packs as files: versioned JSON sealed with a SHA-256 of their content.
//!
//! The checksum covers the compact JSON serialization of the whole pack without its `sha256`
//! field, fields in the order of this format; any change to a figure, a citation or the header
//! changes it. Whitespace in the file does not matter.

use serde::{Deserialize, Serialize};

use super::{BenchmarkRow, Metric, Provenance, ProvenanceKind};

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

/// Why a pack file cannot be used. Nothing is installed when any of these occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PackError {
    #[error("not a benchmark pack: {reason}")]
    Malformed { reason: String },
    #[error("the pack uses format {found}; this program reads format {supported}")]
    NewerFormat { found: u32, supported: u32 },
    #[error("the pack says it uses format {0}, which never existed")]
    UnknownFormat(u32),
    #[error("the pack has no rows")]
    NoRows,
    #[error("row {row} describes the same group and figure as row {first}")]
    DuplicateRow { row: usize, first: usize },
    /// `row` is `None` for the pack's header.
    #[error("the {field}{} is longer than {max} characters", in_row(*.row))]
    TooLong {
        row: Option<usize>,
        field: &'static str,
        max: usize,
    },
    #[error("the {field}{} holds control characters", in_row(*.row))]
    ControlCharacters {
        row: Option<usize>,
        field: &'static str,
    },
    #[error("row {row}: the mean {value} is outside {min}–{max}, the range of its question")]
    MeanOutOfRange {
        row: usize,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("the pack has no checksum")]
    MissingChecksum,
    #[error("the pack's checksum does not match its content: it was changed or damaged")]
    BadChecksum,
    #[error("the pack version {0:?} is not numbers separated by dots")]
    BadVersion(String),
    #[error("row {row}: {problem}")]
    BadRow { row: usize, problem: RowProblem },
    #[error("the pack's {field} is not valid")]
    BadHeader { field: &'static str },
    #[error("the pack is for {found}, but the installed pack with this id is for {installed}")]
    OtherCountry { found: String, installed: String },
    #[error("the pack refers to things this program does not know: {0}")]
    UnknownIds(String),
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
        catalog: &digiready_i18n::Catalog,
        locale: digiready_i18n::locale::Locale,
    ) -> String {
        use digiready_i18n::Args;
        let a = Args::new();
        let (id, args) = match self {
            PackError::Malformed { reason } => ("pack-error-malformed", a.input("reason", reason)),
            PackError::NewerFormat { found, .. } => (
                "pack-error-newer-format",
                a.text("found", found.to_string()),
            ),
            PackError::UnknownFormat(found) => (
                "pack-error-unknown-format",
                a.text("found", found.to_string()),
            ),
            PackError::NoRows => ("pack-error-no-rows", a),
            PackError::DuplicateRow { row, first } => (
                "pack-error-duplicate-row",
                a.text("row", row.to_string())
                    .text("first", first.to_string()),
            ),
            PackError::TooLong { row, field, max } => (
                if row.is_some() {
                    "pack-error-row-too-long"
                } else {
                    "pack-error-too-long"
                },
                a.text("row", row.unwrap_or_default().to_string())
                    .text("field", field_name(catalog, locale, field))
                    .text("max", max.to_string()),
            ),
            PackError::ControlCharacters { row, field } => (
                if row.is_some() {
                    "pack-error-row-control-characters"
                } else {
                    "pack-error-control-characters"
                },
                a.text("row", row.unwrap_or_default().to_string())
                    .text("field", field_name(catalog, locale, field)),
            ),
            PackError::MeanOutOfRange {
                row,
                value,
                min,
                max,
            } => {
                let number = |x: f64| digiready_i18n::format::decimal(locale, x, 2);
                (
                    "pack-error-mean-out-of-range",
                    a.text("row", row.to_string())
                        .text("value", number(*value))
                        .text("min", number(*min))
                        .text("max", number(*max)),
                )
            }
            PackError::MissingChecksum => ("pack-error-missing-checksum", a),
            PackError::BadChecksum => ("pack-error-bad-checksum", a),
            PackError::BadVersion(v) => ("pack-error-bad-version", a.input("version", v)),
            PackError::BadRow { row, problem } => (
                match problem {
                    RowProblem::NoProvenance => "pack-error-no-provenance",
                    RowProblem::BadQuantiles => "pack-error-bad-quantiles",
                    RowProblem::BadShare => "pack-error-bad-share",
                    RowProblem::BadMean => "pack-error-bad-mean",
                },
                a.text("row", row.to_string()),
            ),
            PackError::BadHeader { field } => (
                "pack-error-bad-header",
                a.text("field", field_name(catalog, locale, field)),
            ),
            PackError::OtherCountry { found, installed } => (
                "pack-error-other-country",
                a.text("found", found.clone())
                    .text("installed", installed.clone()),
            ),
            PackError::UnknownIds(ids) => ("pack-error-unknown-ids", a.input("ids", ids)),
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

/// " of row N" for a row's field, nothing for the header's.
fn in_row(row: Option<usize>) -> String {
    row.map(|r| format!(" of row {r}")).unwrap_or_default()
}

/// A field of the pack in the reader's language (`pack-field-<field>`).
fn field_name(
    catalog: &digiready_i18n::Catalog,
    locale: digiready_i18n::locale::Locale,
    field: &str,
) -> String {
    catalog.text(locale, &format!("pack-field-{}", field.replace(' ', "-")))
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
    crate::digest::sha256_hex(&canonical)
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

fn parse(text: &str) -> Result<PackFile, PackError> {
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
fn zero_normalised(x: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        x
    }
}

/// `YYYY-MM-DD`, a day that exists.
fn is_iso_date(s: &str) -> bool {
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
fn check_text(
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
fn check_texts(file: &PackFile) -> Result<(), PackError> {
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

fn validated(file: PackFile, sha256: String) -> Result<BenchmarkPack, PackError> {
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
