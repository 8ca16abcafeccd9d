//! Closing the loop: an agency's pooled records become a benchmark pack that officers import.
//!
//! Rows are made for every group a firm is compared with (sector × size × province or region,
//! sector × size, sector, size, province, region, all) that holds at least `min_firms` firms of
//! the pack's country; each figure needs that many values too. Provenance says "aggregated",
//! from how many assessments and export files, over which period, by whom.

use std::collections::BTreeMap;

use super::aggregate::summarise;
use super::record::{period_span, Record};
use crate::benchmark::{
    BenchmarkPack, BenchmarkRow, Metric, PackError, Provenance, ProvenanceKind,
};
use crate::instrument::Instrument;
use crate::place::Places;
use crate::scoring::round1;

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

/// Builds and seals the pack from the pooled records of `header.country`.
pub fn build_pack(
    records: &[Record],
    instrument: &Instrument,
    files: usize,
    header: &PackHeader,
    min_firms: usize,
) -> Result<BenchmarkPack, PublishError> {
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
            "Area quantiles interpolated linearly between firms' scores; practice shares among \
             firms whose answers tell; indicator means of the answers given; groups and figures \
             of fewer than {min} firms left out"
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
    let mut rows = Vec::new();
    for ((sector, size, region), members) in groups {
        if members.len() < min {
            continue;
        }
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
            rows.push(row(
                Metric::Area(area),
                Some(d.quantiles.map(round1)),
                None,
                d.n,
            ));
        }
        for (practice, a) in practices {
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
    Ok(BenchmarkPack::seal(&draft.to_json())?)
}
