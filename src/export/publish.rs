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

use std::collections::BTreeMap;

use super::aggregate::summarise;
use super::disclosure::{
    disclose, member_of, CellVersion, Constraints, Fate, Member, Summary, MIN_QUANTILE_FIRMS,
};
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
    let fates = disclose(&candidates, history, min);
    let latest: BTreeMap<&str, &CellVersion> =
        history.iter().map(|h| (h.key.as_str(), h)).collect();
    let mut new_cells = Vec::new();
    let mut cells = Vec::new();
    let mut rows = Vec::new();
    for (((sector, size, region), candidate), fate) in groups.keys().zip(&candidates).zip(&fates) {
        let Fate::Published { members, frozen } = fate else {
            continue;
        };
        // The candidate's key with the members its figures come from (the published ones when
        // frozen).
        let cell = CellVersion {
            key: candidate.key.clone(),
            constraints: candidate.constraints.clone(),
            members: members.clone(),
        };
        if !frozen
            && latest
                .get(candidate.key.as_str())
                .is_none_or(|l| l.members != *members)
        {
            new_cells.push(cell.clone());
        }
        cells.push(cell);
        let members: Vec<&Record> = members
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
            let unanimous = a.following == 0 || a.following == a.known;
            if unanimous && a.known < MIN_QUANTILE_FIRMS {
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
        new_cells,
        cells,
        disclosure: Summary::of(&fates),
    })
}
