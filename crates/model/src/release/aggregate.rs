//! Aggregation of pooled records into cells (e.g. sector × size × province): how many firms,
//! the distribution of each score and the adoption of each practice. Pure.
//!
//! Cells of fewer than `min_firms` firms are suppressed: left out of the result, counted only.
//! Within a kept cell, a statistic over fewer than `min_firms` values (an area few firms were
//! rated in) is left empty too. Quantiles interpolate linearly between order statistics, as
//! DuckDB's `quantile_cont` and spreadsheet `PERCENTILE.INC` do.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use super::disclosure::Summary;
use super::record::Record;
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};

/// The smallest cell whose figures are shown.
pub const MIN_FIRMS: usize = 5;

/// What records can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Country,
    Region,
    Province,
    Sector,
    Size,
    Year,
    /// Year and quarter ("2026-Q3"), or the year where the quarter was generalised.
    Period,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Country,
        Dimension::Region,
        Dimension::Province,
        Dimension::Sector,
        Dimension::Size,
        Dimension::Year,
        Dimension::Period,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::Region => "region",
            Dimension::Province => "province",
            Dimension::Sector => "sector",
            Dimension::Size => "size",
            Dimension::Year => "year",
            Dimension::Period => "period",
        }
    }

    /// The record's value; `None` when the export generalised it away (a province released
    /// only as its region, say).
    pub fn of(self, r: &Record) -> Option<String> {
        match self {
            Dimension::Country => Some(r.country.clone()),
            Dimension::Region => r.region.clone(),
            Dimension::Province => r.province.clone(),
            Dimension::Sector => Some(r.sector.clone()),
            Dimension::Size => Some(r.size_band.clone()),
            Dimension::Year => Some(r.year.to_string()),
            Dimension::Period => Some(r.period_label()),
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A dimension name that is not one of [`Dimension::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown dimension {0:?}")]
pub struct UnknownDimension(pub String);

impl FromStr for Dimension {
    type Err = UnknownDimension;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| UnknownDimension(s.to_string()))
    }
}

/// A grouping that cannot be made: nothing to group by, or one dimension twice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroupingError {
    #[error("no dimension to group by")]
    Empty,
    #[error("dimension {0} is given twice")]
    Repeated(Dimension),
}

impl GroupingError {
    /// The error in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        match self {
            GroupingError::Empty => catalog.text(locale, "aggregate-error-empty"),
            GroupingError::Repeated(d) => catalog.format(
                locale,
                "aggregate-error-repeated",
                &Args::new().text(
                    "dimension",
                    catalog.text(locale, &format!("agg-dim-{}", d.as_str())),
                ),
            ),
        }
    }
}

/// Checks a grouping asked for by a person (the CLI's `--by`, the app's choice): at least one
/// dimension, none twice.
pub fn check_grouping(by: &[Dimension]) -> Result<(), GroupingError> {
    if by.is_empty() {
        return Err(GroupingError::Empty);
    }
    for (i, d) in by.iter().enumerate() {
        if by[..i].contains(d) {
            return Err(GroupingError::Repeated(*d));
        }
    }
    Ok(())
}

/// Summary statistics of one score over the firms of a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distribution {
    pub n: usize,
    pub mean: f64,
    /// p10, p25, p50, p75, p90.
    pub quantiles: [f64; 5],
}

/// The quantile levels of [`Distribution::quantiles`].
pub const QUANTILES: [f64; 5] = [0.10, 0.25, 0.50, 0.75, 0.90];

/// Linear interpolation between order statistics (`sorted` is ascending and not empty).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (pos - lo as f64) * (sorted[hi] - sorted[lo])
}

impl Distribution {
    /// `None` when there are fewer than `min` values.
    pub fn of(mut values: Vec<f64>, min: usize) -> Option<Distribution> {
        if values.len() < min.max(1) {
            return None;
        }
        values.sort_by(f64::total_cmp);
        let n = values.len();
        let mean = values.iter().sum::<f64>() / n as f64;
        Some(Distribution {
            n,
            mean,
            quantiles: QUANTILES.map(|q| quantile(&values, q)),
        })
    }
}

/// How many firms of a cell follow a practice, among those whose answers tell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Adoption {
    pub known: usize,
    pub following: usize,
}

impl Adoption {
    pub fn share(&self) -> f64 {
        self.following as f64 / self.known as f64
    }
}

/// What a table shows of one score in a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figures {
    /// The number of values, their mean and quantiles.
    Full(Distribution),
    /// Only the number of values and the band the median falls in, `[from, to)`: a cell
    /// marked for publication that is too small for quantiles (docs/privacy.md).
    MedianBand { n: usize, from: f64, to: f64 },
}

impl Figures {
    pub fn n(&self) -> usize {
        match self {
            Figures::Full(d) => d.n,
            Figures::MedianBand { n, .. } => *n,
        }
    }

    /// The median, where it is shown exactly.
    pub fn median(&self) -> Option<f64> {
        match self {
            Figures::Full(d) => Some(d.quantiles[2]),
            Figures::MedianBand { .. } => None,
        }
    }
}

/// One kept cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// One value per dimension, in the order asked; `None` = not released at that level.
    pub key: Vec<Option<String>>,
    pub firms: usize,
    pub overall: Option<Figures>,
    pub areas: BTreeMap<String, Figures>,
    /// Only practices known for at least `min_firms` firms of the cell.
    pub practices: BTreeMap<String, Adoption>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Aggregation {
    pub by: Vec<Dimension>,
    pub min_firms: usize,
    pub records: usize,
    pub cells: Vec<Cell>,
    pub suppressed_cells: usize,
    pub suppressed_records: usize,
    /// For tables marked for publication: what disclosure control did (`publish`).
    pub disclosure: Option<Summary>,
}

/// The area score distributions and practice adoption of a group of records, each figure only
/// where at least `min` records give it. Shared by the tables and the benchmark packs.
pub fn summarise(
    members: &[&Record],
    min: usize,
) -> (BTreeMap<String, Distribution>, BTreeMap<String, Adoption>) {
    let mut area_values: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    let mut practices: BTreeMap<String, Adoption> = BTreeMap::new();
    for r in members {
        for (area, s) in &r.areas {
            area_values.entry(area).or_default().push(s.score);
        }
        for (p, follows) in &r.practices {
            let a = practices.entry(p.clone()).or_insert(Adoption {
                known: 0,
                following: 0,
            });
            a.known += 1;
            a.following += usize::from(*follows);
        }
    }
    practices.retain(|_, a| a.known >= min);
    let areas = area_values
        .into_iter()
        .filter_map(|(a, v)| Some((a.to_string(), Distribution::of(v, min)?)))
        .collect();
    (areas, practices)
}

/// Groups `records` by the value of each of `by`.
pub fn group<'a>(
    records: &'a [Record],
    by: &[Dimension],
) -> BTreeMap<Vec<Option<String>>, Vec<&'a Record>> {
    let mut groups: BTreeMap<Vec<Option<String>>, Vec<&Record>> = BTreeMap::new();
    for r in records {
        groups
            .entry(by.iter().map(|d| d.of(r)).collect())
            .or_default()
            .push(r);
    }
    groups
}

/// The cell of `members`: every figure over at least `min` values.
pub fn cell_of(key: Vec<Option<String>>, members: &[&Record], min: usize) -> Cell {
    let (areas, practices) = summarise(members, min);
    Cell {
        key,
        firms: members.len(),
        overall: Distribution::of(
            members
                .iter()
                .filter_map(|r| r.overall.map(|s| s.score))
                .collect(),
            min,
        )
        .map(Figures::Full),
        areas: areas
            .into_iter()
            .map(|(a, d)| (a, Figures::Full(d)))
            .collect(),
        practices,
    }
}

/// Groups `records` into cells by `by` and summarises each cell of at least `min_firms`
/// firms (never fewer than [`MIN_FIRMS`]): the agency's working tables. Tables that leave the
/// agency go through `publish::publish_tables` instead.
pub fn aggregate(records: &[Record], by: &[Dimension], min_firms: usize) -> Aggregation {
    let min = min_firms.max(MIN_FIRMS);
    let mut out = Aggregation {
        by: by.to_vec(),
        min_firms: min,
        records: records.len(),
        cells: Vec::new(),
        suppressed_cells: 0,
        suppressed_records: 0,
        disclosure: None,
    };
    for (key, members) in group(records, by) {
        if members.len() < min {
            out.suppressed_cells += 1;
            out.suppressed_records += members.len();
            continue;
        }
        out.cells.push(cell_of(key, &members, min));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_like_duckdb() {
        let v = [10.0, 20.0, 30.0, 40.0];
        assert_eq!(quantile(&v, 0.5), 25.0);
        assert_eq!(quantile(&v, 0.25), 17.5);
        assert!((quantile(&v, 0.9) - 37.0).abs() < 1e-12);
        assert_eq!(quantile(&[7.0], 0.1), 7.0);
        assert_eq!(Distribution::of(vec![1.0; 4], 5), None);
    }
}
