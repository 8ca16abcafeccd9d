//! k-anonymity and l-diversity before an export leaves the machine: every released record
//! shares its quasi-identifiers — questionnaire version, country, place, sector, size band,
//! period and what anyone can see of the firm from outside (`privacy::Rules::observable`) —
//! with at least k−1 others, and no group reveals a sensitive answer by all giving it
//! (`privacy::Rules::sensitive`, checked by the caller's `acceptable`).
//!
//! Records are generalised step by step, each only as far as it must be: first released as
//! they are (province, year-quarter); what is left is grouped again with the province replaced
//! by its region, then by the country alone, then with the quarter widened to the year; what
//! is still in a group smaller than k is withheld. A released row shows which step it took,
//! so rows of different steps never share a key and each key is held by ≥ k rows.

use std::collections::BTreeMap;

/// The lowest k an export may use; a caller may only raise it.
pub const MIN_K: usize = 5;

/// How far a record was generalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Province and year-quarter as recorded.
    AsRecorded,
    /// Province replaced by its region.
    Region,
    /// Province and region left out: the country only.
    Country,
    /// Country only, and the year instead of the quarter.
    CountryYear,
}

impl Step {
    pub const ALL: [Step; 4] = [
        Step::AsRecorded,
        Step::Region,
        Step::Country,
        Step::CountryYear,
    ];

    /// The step an export names (`as-recorded`, `region`, `country`, `country-year`).
    pub fn parse(name: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Step::AsRecorded => "as-recorded",
            Step::Region => "region",
            Step::Country => "country",
            Step::CountryYear => "country-year",
        }
    }
}

/// The quasi-identifiers of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuasiIds {
    pub instrument_version: String,
    pub country: String,
    /// The province id; `None` when the recorded name is not a known province (then only the
    /// country is released).
    pub province: Option<String>,
    pub sector: String,
    pub size: String,
    pub year: i32,
    /// 1–4.
    pub quarter: u8,
    /// The observable traits (`privacy::Rules::observed`), in the rules' order.
    pub observed: Vec<Option<bool>>,
}

/// The quasi-identifiers as released after a step: what an export's row shows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Released {
    pub instrument_version: String,
    pub country: String,
    /// The province, when released as recorded.
    pub province: Option<String>,
    /// The region, when the province was generalised to it.
    pub region: Option<String>,
    pub sector: String,
    pub size: String,
    pub year: i32,
    /// `None` when generalised to the year.
    pub quarter: Option<u8>,
    pub observed: Vec<Option<bool>>,
}

/// The outcome for each record, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Released { step: Step, ids: Released },
    Withheld,
}

/// Counts for the manifest and the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub records: usize,
    pub as_recorded: usize,
    pub generalised: usize,
    pub withheld: usize,
    /// Of the withheld: those whose last group had k members but would have revealed a
    /// sensitive answer.
    pub withheld_homogeneous: usize,
}

/// Why an export cannot be anonymised as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnonymityError {
    #[error("k must be at least {MIN_K}, not {0}")]
    KTooLow(usize),
}

fn released(
    q: &QuasiIds,
    step: Step,
    region_of: &dyn Fn(&str, &str) -> Option<String>,
) -> Option<Released> {
    let (province, region, quarter) = match step {
        Step::AsRecorded => (Some(q.province.clone()?), None, Some(q.quarter)),
        // A province without a known region cannot take this step.
        Step::Region => (
            None,
            Some(region_of(&q.country, q.province.as_deref()?)?),
            Some(q.quarter),
        ),
        Step::Country => (None, None, Some(q.quarter)),
        Step::CountryYear => (None, None, None),
    };
    Some(Released {
        instrument_version: q.instrument_version.clone(),
        country: q.country.clone(),
        province,
        region,
        sector: q.sector.clone(),
        size: q.size.clone(),
        year: q.year,
        quarter,
        observed: q.observed.clone(),
    })
}

/// Decides, for each record, the least generalisation that hides it among ≥ `k` others in a
/// group that `acceptable(members)` accepts (l-diversity: the indices of the group's records),
/// or that it is withheld. `region_of(country, province)` names the province's region.
pub fn anonymise(
    records: &[QuasiIds],
    k: usize,
    region_of: &dyn Fn(&str, &str) -> Option<String>,
    acceptable: &dyn Fn(&[usize]) -> bool,
) -> Result<(Vec<Outcome>, Summary), AnonymityError> {
    if k < MIN_K {
        return Err(AnonymityError::KTooLow(k));
    }
    let mut outcomes = vec![Outcome::Withheld; records.len()];
    // Whether a record's last group was large enough but not diverse enough.
    let mut homogeneous = vec![false; records.len()];
    let mut open: Vec<usize> = (0..records.len()).collect();
    for step in Step::ALL {
        let mut groups: BTreeMap<Released, Vec<usize>> = BTreeMap::new();
        let mut cannot = Vec::new();
        for &i in &open {
            match released(&records[i], step, region_of) {
                Some(key) => groups.entry(key).or_default().push(i),
                None => cannot.push(i),
            }
        }
        let mut still_open = cannot;
        for (key, members) in groups {
            let large = members.len() >= k;
            if large && acceptable(&members) {
                for i in members {
                    outcomes[i] = Outcome::Released {
                        step,
                        ids: key.clone(),
                    };
                }
            } else {
                for &i in &members {
                    homogeneous[i] = large;
                }
                still_open.extend(members);
            }
        }
        still_open.sort_unstable();
        open = still_open;
    }
    let mut summary = Summary {
        records: records.len(),
        ..Summary::default()
    };
    for (o, homogeneous) in outcomes.iter().zip(homogeneous) {
        match o {
            Outcome::Released {
                step: Step::AsRecorded,
                ..
            } => summary.as_recorded += 1,
            Outcome::Released { .. } => summary.generalised += 1,
            Outcome::Withheld => {
                summary.withheld += 1;
                summary.withheld_homogeneous += usize::from(homogeneous);
            }
        }
    }
    Ok((outcomes, summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(province: &str, sector: &str, quarter: u8) -> QuasiIds {
        QuasiIds {
            instrument_version: "2026.2".into(),
            country: "VN".into(),
            province: Some(province.into()),
            sector: sector.into(),
            size: "micro".into(),
            year: 2026,
            quarter,
            observed: Vec::new(),
        }
    }

    fn any(_: &[usize]) -> bool {
        true
    }

    fn region(_: &str, province: &str) -> Option<String> {
        match province {
            "Cần Thơ" | "An Giang" => Some("mekong_river_delta".into()),
            "Hà Nội" => Some("red_river_delta".into()),
            _ => None,
        }
    }

    #[test]
    fn k_below_five_is_refused() {
        assert_eq!(
            anonymise(&[], 4, &region, &any).err(),
            Some(AnonymityError::KTooLow(4))
        );
    }

    #[test]
    fn each_record_is_generalised_only_as_far_as_it_must_be() {
        let mut records = vec![rec("Cần Thơ", "retail_wholesale", 1); 5];
        records.extend(vec![rec("An Giang", "retail_wholesale", 1); 3]);
        records.extend(vec![rec("Hà Nội", "retail_wholesale", 1); 2]);
        records.extend(vec![rec("Huế", "retail_wholesale", 2); 1]);
        records.push(rec("Hà Nội", "tourism", 3));
        let (out, summary) = anonymise(&records, 5, &region, &any).expect("k = 5");
        // Five in Cần Thơ: as recorded.
        assert!(out[..5].iter().all(|o| matches!(
            o,
            Outcome::Released {
                step: Step::AsRecorded,
                ..
            }
        )));
        // Three in An Giang + two in Hà Nội: too few in their regions (3 and 2), but five
        // retail firms in the country in Q1.
        assert!(out[5..10].iter().all(|o| matches!(
            o,
            Outcome::Released {
                step: Step::Country,
                ..
            }
        )));
        // Huế (no region known) alone in Q2, and one tourism firm: withheld.
        assert_eq!(out[10], Outcome::Withheld);
        assert_eq!(out[11], Outcome::Withheld);
        assert_eq!(
            summary,
            Summary {
                records: 12,
                as_recorded: 5,
                generalised: 5,
                withheld: 2,
                withheld_homogeneous: 0,
            }
        );
    }

    #[test]
    fn every_released_key_is_shared_by_at_least_k_rows() {
        // A deterministic spread of firms over places, sectors and quarters.
        let provinces = ["Cần Thơ", "An Giang", "Hà Nội", "Huế", "Đà Nẵng"];
        let sectors = ["retail_wholesale", "tourism", "agriculture"];
        let records: Vec<QuasiIds> = (0..500u32)
            .map(|i| {
                rec(
                    provinces[(i * 7 % 5) as usize],
                    sectors[(i * 11 % 3) as usize],
                    (i * 13 % 4) as u8 + 1,
                )
            })
            .collect();
        for k in [5, 10, 40] {
            let (out, summary) = anonymise(&records, k, &region, &any).expect("k");
            let mut counts: BTreeMap<&Released, usize> = BTreeMap::new();
            for o in &out {
                if let Outcome::Released { ids, .. } = o {
                    *counts.entry(ids).or_default() += 1;
                }
            }
            assert!(counts.values().all(|n| *n >= k), "k = {k}: {counts:?}");
            assert_eq!(
                summary.as_recorded + summary.generalised + summary.withheld,
                records.len()
            );
        }
    }

    proptest::proptest! {
        /// Whatever the records and k: every released key is held by ≥ k rows, a row shows
        /// no finer detail than its step allows, and every record is counted once.
        #[test]
        fn released_rows_are_k_anonymous(
            picks in proptest::collection::vec((0usize..5, 0usize..3, 1u8..=4, 0usize..2), 0..300),
            k in 5usize..12,
        ) {
            let provinces = ["Cần Thơ", "An Giang", "Hà Nội", "Huế", "Đà Nẵng"];
            let sectors = ["retail_wholesale", "tourism", "agriculture"];
            let records: Vec<QuasiIds> = picks
                .iter()
                .map(|&(p, s, q, y)| QuasiIds {
                    year: 2025 + i32::try_from(y).unwrap_or(0),
                    ..rec(provinces[p], sectors[s], q)
                })
                .collect();
            let (out, summary) = anonymise(&records, k, &region, &any).expect("k");
            let mut counts: BTreeMap<&Released, usize> = BTreeMap::new();
            for o in &out {
                if let Outcome::Released { step, ids } = o {
                    *counts.entry(ids).or_default() += 1;
                    proptest::prop_assert_eq!(ids.province.is_some(), *step == Step::AsRecorded);
                    proptest::prop_assert_eq!(ids.region.is_some(), *step == Step::Region);
                    proptest::prop_assert_eq!(ids.quarter.is_none(), *step == Step::CountryYear);
                }
            }
            proptest::prop_assert!(counts.values().all(|n| *n >= k));
            proptest::prop_assert_eq!(
                summary.as_recorded + summary.generalised + summary.withheld,
                records.len()
            );
        }
    }
}
