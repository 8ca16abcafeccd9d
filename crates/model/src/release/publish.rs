//! Closing the loop: an agency's pooled records become a benchmark pack that officers import.
//!
//! Rows are made for every group a firm is compared with (sector × size × province or region,
//! sector × size, sector, size, province, region, all) that disclosure control lets out
//! (`disclosure`: at least `min_firms` firms, no cell that a nested or marginal one can be
//! subtracted from down to fewer, no change of fewer than that many firms since the cell was
//! last published, against every cell published before). Quantiles only for cells of at least
//! [`MIN_QUANTILE_FIRMS`] firms; a practice share of 0 or 1 (every member's answer) only
//! there too. Provenance says "aggregated", from how many assessments and export files, over
//! which period, by whom.

use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use std::collections::BTreeMap;

use super::aggregate::{cell_of, group, summarise, Aggregation, Cell, Dimension, Figures};
use super::disclosure::{
    median_band, member_of, settle, share_publishable, CellVersion, Constraints, Member, Summary,
    MIN_QUANTILE_FIRMS,
};
use super::record::{period_span, Record};
use crate::benchmark::{
    BenchmarkPack, BenchmarkRow, Metric, PackError, Provenance, ProvenanceKind,
};
use crate::instrument::Instrument;
use crate::scoring::round1;
use digiready_i18n::place::Places;

/// The pack's header, from the caller.
#[derive(Debug, Clone)]
pub struct PackHeader {
    pub id: String,
    pub name: String,
    pub version: String,
    pub country: String,
    pub publisher: String,
    /// ISO date.
    pub published: String,
}

/// Why no pack was built. Nothing is written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PublishError {
    #[error("unknown country {0}")]
    UnknownCountry(String),
    /// A pack without rows would replace officers' benchmarks with nothing.
    #[error("no group of at least {min} firms among {records} records")]
    TooFewRecords { records: usize, min: usize },
    #[error(transparent)]
    Pack(#[from] PackError),
}

/// A pack and what its publication adds to the agency's history of published cells.
#[derive(Debug, Clone)]
pub struct Publication {
    pub pack: BenchmarkPack,
    /// Cells published with members not published before: the caller keeps them (with the
    /// pack's id and version) before the pack leaves the agency.
    pub new_cells: Vec<CellVersion>,
    /// Every cell this pack publishes, with the members its figures are computed from.
    pub cells: Vec<CellVersion>,
    pub disclosure: Summary,
}

/// The constraints of a pack group: country, and the sector, size and place it has (a
/// province implies its region).
fn constraints_of(
    country: &str,
    sector: Option<&str>,
    size: Option<&str>,
    place: Option<&str>,
) -> Constraints {
    let mut c = Constraints::new();
    c.insert(("country".into(), country.into()));
    if let Some(s) = sector {
        c.insert(("sector".into(), s.into()));
    }
    if let Some(z) = size {
        c.insert(("size".into(), z.into()));
    }
    if let Some(p) = place {
        match Places::embedded().province(p) {
            Some(province) => {
                c.insert(("province".into(), p.into()));
                c.insert(("region".into(), province.region.clone()));
            }
            None => {
                c.insert(("region".into(), p.into()));
            }
        }
    }
    c
}

/// Builds and seals the pack from the pooled records of `header.country`, with disclosure
/// control against `history` (every cell the agency published before, oldest first).
pub fn build_pack(
    records: &[Record],
    instrument: &Instrument,
    files: usize,
    header: &PackHeader,
    min_firms: usize,
    history: &[CellVersion],
) -> Result<Publication, PublishError> {
    let min = min_firms.max(super::aggregate::MIN_FIRMS);
    if Places::embedded()
        .provinces(&header.country)
        .next()
        .is_none()
    {
        return Err(PublishError::UnknownCountry(header.country.clone()));
    }
    let mine: Vec<&Record> = records
        .iter()
        .filter(|r| r.country == header.country)
        .collect();
    let (first, last) = period_span(mine.iter().copied()).unwrap_or_default();
    let year = mine.iter().map(|r| r.year).max().unwrap_or(0);
    let provenance = Provenance {
        kind: ProvenanceKind::Aggregated,
        source: format!(
            "{}: aggregated from {} anonymized DigiReady assessments in {} export files",
            header.publisher,
            mine.len(),
            files
        ),
        year: u16::try_from(year).unwrap_or(0),
        population: format!(
            "firms assessed by extension officers with DigiReady, {first} to {last}"
        ),
        method: format!(
            "Area quantiles interpolated linearly between firms' scores, for groups of at least \
             {MIN_QUANTILE_FIRMS} firms; practice shares among firms whose answers tell (a share \
             of 0 or 1 only for groups of at least {MIN_QUANTILE_FIRMS}); indicator means of the \
             answers given; groups and figures of fewer than {min} firms left out, and groups \
             that published ones could be subtracted from down to fewer; a group changed by \
             fewer than {min} firms since its last publication keeps its figures"
        ),
        secondary: false,
        provisional: false,
    };
    type Key = (Option<String>, Option<String>, Option<String>);
    let mut groups: BTreeMap<Key, Vec<&Record>> = BTreeMap::new();
    for r in &mine {
        let s = Some(r.sector.clone());
        let z = Some(r.size_band.clone());
        let mut keys: Vec<Key> = vec![
            (s.clone(), z.clone(), None),
            (s.clone(), None, None),
            (None, z.clone(), None),
            (None, None, None),
        ];
        for place in [&r.province, &r.region].into_iter().flatten() {
            keys.push((s.clone(), z.clone(), Some(place.clone())));
            keys.push((None, None, Some(place.clone())));
        }
        for key in keys {
            groups.entry(key).or_default().push(r);
        }
    }
    let indicator_of: BTreeMap<&str, &str> = instrument
        .indicators
        .iter()
        .map(|i| (i.question.as_str(), i.id.as_str()))
        .collect();
    let by_member: BTreeMap<Member, &Record> =
        mine.iter().map(|r| (member_of(&r.record_id), *r)).collect();
    let candidates: Vec<CellVersion> = groups
        .iter()
        .map(|((sector, size, place), members)| {
            CellVersion::new(
                constraints_of(
                    &header.country,
                    sector.as_deref(),
                    size.as_deref(),
                    place.as_deref(),
                ),
                members.iter().map(|r| member_of(&r.record_id)).collect(),
            )
        })
        .collect();
    let settled = settle(&candidates, history, min);
    let mut rows = Vec::new();
    for ((sector, size, region), cell) in groups.keys().zip(&settled.published) {
        let Some(cell) = cell else {
            continue;
        };
        let members: Vec<&Record> = cell
            .members
            .iter()
            .filter_map(|m| by_member.get(m).copied())
            .collect();
        let row = |metric: Metric, quantiles: Option<[f64; 5]>, value: Option<f64>, n: usize| {
            BenchmarkRow {
                sector: sector.clone(),
                size: size.clone(),
                region: region.clone(),
                metric,
                quantiles,
                value,
                sample_size: u32::try_from(n).ok(),
                provenance: provenance.clone(),
            }
        };
        let (areas, practices) = summarise(&members, min);
        let mut indicators: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for r in &members {
            for a in &r.answers {
                if let (Some(id), Some(n)) = (indicator_of.get(a.question.as_str()), a.number) {
                    indicators.entry(id).or_default().push(n);
                }
            }
        }
        for (area, d) in areas {
            if d.n >= MIN_QUANTILE_FIRMS {
                rows.push(row(
                    Metric::Area(area),
                    Some(d.quantiles.map(round1)),
                    None,
                    d.n,
                ));
            }
        }
        for (practice, a) in practices {
            if !share_publishable(a.known, a.following) {
                continue;
            }
            let share = (a.share() * 1000.0).round() / 1000.0;
            rows.push(row(Metric::Practice(practice), None, Some(share), a.known));
        }
        for (indicator, values) in indicators {
            if values.len() >= min {
                let mean = round1(values.iter().sum::<f64>() / values.len() as f64);
                rows.push(row(
                    Metric::Indicator(indicator.to_string()),
                    None,
                    Some(mean),
                    values.len(),
                ));
            }
        }
    }
    if rows.is_empty() {
        return Err(PublishError::TooFewRecords {
            records: mine.len(),
            min,
        });
    }
    let draft = BenchmarkPack {
        id: header.id.clone(),
        name: header.name.clone(),
        version: header.version.clone(),
        country: header.country.clone(),
        publisher: header.publisher.clone(),
        published: header.published.clone(),
        rows,
        sha256: String::new(),
    };
    // Seal through the reader, which checks every row as an officer's import will.
    Ok(Publication {
        pack: BenchmarkPack::seal(&draft.to_json())?,
        cells: settled.cells(),
        new_cells: settled.new_cells,
        disclosure: settled.summary,
    })
}

/// A table marked for publication, and what its publication adds to the agency's history.
#[derive(Debug, Clone)]
pub struct TablePublication {
    /// Grouped by country first, whatever was asked (cells never span countries).
    pub aggregation: Aggregation,
    /// As [`Publication::new_cells`]: kept by the caller before the tables are written.
    pub new_cells: Vec<CellVersion>,
    /// Every cell the tables show, with its members.
    pub cells: Vec<CellVersion>,
}

/// Marks a value that a record does not release at that level ("province not released"): the
/// cell of such records lies inside the next coarser one like any province does.
const NOT_RELEASED: &str = "*";

/// The constraints of a table cell: each dimension's value and what it implies (a province its
/// region, a quarter its year).
fn table_constraints(by: &[Dimension], key: &[Option<String>]) -> Constraints {
    let mut c = Constraints::new();
    for (d, v) in by.iter().zip(key) {
        let v = v.as_deref().unwrap_or(NOT_RELEASED);
        match d {
            Dimension::Province => {
                if let Some(p) = Places::embedded().province(v) {
                    c.insert(("region".into(), p.region.clone()));
                }
            }
            Dimension::Period => {
                // "2026-Q3", or "2026" where the quarter was not released.
                match v.split_once("-Q") {
                    Some((year, _)) => {
                        c.insert(("year".into(), year.into()));
                    }
                    None if v != NOT_RELEASED => {
                        c.insert(("year".into(), v.into()));
                        c.insert(("period".into(), NOT_RELEASED.into()));
                        continue;
                    }
                    None => {}
                }
            }
            _ => {}
        }
        c.insert((d.as_str().into(), v.into()));
    }
    c
}

/// Groups `records` into cells by `by` for tables that leave the agency, under the same
/// disclosure control as packs and against the same `history`: cells under `min_firms`
/// (at least 5) left out, cells that published ones could be subtracted from down to fewer
/// suppressed, cells changed by fewer than `min_firms` since their last publication shown as
/// they were; quantiles and means only for cells of at least [`MIN_QUANTILE_FIRMS`] values
/// (fewer: their number and the band of the median), a practice share of 0 or 1 only there.
pub fn publish_tables(
    records: &[Record],
    by: &[Dimension],
    min_firms: usize,
    history: &[CellVersion],
) -> TablePublication {
    let min = min_firms.max(super::aggregate::MIN_FIRMS);
    let mut by = by.to_vec();
    if !by.contains(&Dimension::Country) {
        by.insert(0, Dimension::Country);
    }
    let groups = group(records, &by);
    let candidates: Vec<CellVersion> = groups
        .iter()
        .map(|(key, members)| {
            CellVersion::new(
                table_constraints(&by, key),
                members.iter().map(|r| member_of(&r.record_id)).collect(),
            )
        })
        .collect();
    let settled = settle(&candidates, history, min);
    let by_member: BTreeMap<Member, &Record> = records
        .iter()
        .map(|r| (member_of(&r.record_id), r))
        .collect();
    let mut aggregation = Aggregation {
        by: by.clone(),
        min_firms: min,
        records: records.len(),
        cells: Vec::new(),
        suppressed_cells: 0,
        suppressed_records: 0,
        disclosure: Some(settled.summary),
    };
    for ((key, members), published) in groups.iter().zip(&settled.published) {
        let Some(published) = published else {
            aggregation.suppressed_cells += 1;
            aggregation.suppressed_records += members.len();
            continue;
        };
        let members: Vec<&Record> = published
            .members
            .iter()
            .filter_map(|m| by_member.get(m).copied())
            .collect();
        aggregation
            .cells
            .push(for_publication(cell_of(key.clone(), &members, min)));
    }
    TablePublication {
        aggregation,
        cells: settled.cells(),
        new_cells: settled.new_cells,
    }
}

/// A cell's figures as they may leave the agency: under [`MIN_QUANTILE_FIRMS`] values only
/// their number and the median's band; no unanimous practice share under that many.
fn for_publication(mut cell: Cell) -> Cell {
    let shown = |f: Figures| match f {
        Figures::Full(d) if d.n < MIN_QUANTILE_FIRMS => {
            let (from, to) = median_band(d.quantiles[2]);
            Figures::MedianBand { n: d.n, from, to }
        }
        other => other,
    };
    cell.overall = cell.overall.map(shown);
    for f in cell.areas.values_mut() {
        *f = shown(*f);
    }
    cell.practices
        .retain(|_, a| share_publishable(a.known, a.following));
    cell
}

impl PublishError {
    /// The error in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            PublishError::UnknownCountry(c) => ("pack-build-error-country", a.input("country", c)),
            PublishError::TooFewRecords { records, min } => (
                "pack-build-error-too-few",
                a.count("records", *records).count("min", *min),
            ),
            PublishError::Pack(e) => return e.localize(catalog, locale),
        };
        catalog.format(locale, id, &args)
    }
}
