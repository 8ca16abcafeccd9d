//! Checking a parsed definition and building the questionnaire from it, every problem at once.

use std::collections::BTreeSet;
use std::path::Path;

use super::problems::{shape, Problem, ProblemKind};
use super::raw::*;
use super::*;
use super::{
    Applies, Area, AreaGroup, Country, Instrument, Sector, SizeBand, SizeLimits, SizeRule,
};

pub(super) struct Validator<'a> {
    pub(super) root: &'a Path,
    pub(super) problems: Vec<Problem>,
    /// Every file was read and parsed. When one was not, a reference to a question or action
    /// that is not found is not a problem of its own: it may be defined in that file, and the
    /// file's problem is reported already.
    pub(super) complete: bool,
}

impl Validator<'_> {
    pub(super) fn push(&mut self, file: &Path, question: Option<&str>, kind: ProblemKind) {
        let dangling = matches!(
            kind,
            ProblemKind::ConditionUnknownQuestion { .. }
                | ProblemKind::UnknownAction { .. }
                | ProblemKind::UnusedAction { .. }
        );
        if dangling && !self.complete {
            return;
        }
        self.problems.push(Problem {
            file: self.root.join(file),
            question: question.map(str::to_string),
            kind,
        });
    }

    pub(super) fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        text: &str,
    ) -> Option<T> {
        match toml::from_str(text) {
            Ok(t) => Some(t),
            Err(e) => {
                // The parser's message and where, without its quote of the line: a hostile
                // line can be megabytes long.
                let message = e.message().replace('\n', " ").trim().to_string();
                let reason = match e.span().and_then(|s| text.get(..s.start)) {
                    Some(before) => {
                        let line = before.matches('\n').count() + 1;
                        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                        format!("line {line}, column {column}: {message}")
                    }
                    None => message,
                };
                self.push(path, None, ProblemKind::Syntax { reason });
                None
            }
        }
    }

    pub(super) fn id(&mut self, path: &Path, question: Option<&str>, id: &str) -> bool {
        let mut chars = id.chars();
        let ok = id.len() <= MAX_ID_CHARS
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
            && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            self.push(
                path,
                question,
                ProblemKind::InvalidId { id: id.to_string() },
            );
        }
        ok
    }

    pub(super) fn weight(
        &mut self,
        path: &Path,
        question: Option<&str>,
        what: &'static str,
        value: f64,
    ) {
        if !(value.is_finite() && value > 0.0) {
            self.push(path, question, ProblemKind::BadWeight { what, value });
        }
    }

    pub(super) fn header(&mut self, path: &Path, raw: RawInstrument) -> Instrument {
        let well_formed = !raw.version.is_empty()
            && raw
                .version
                .split('.')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            self.push(
                path,
                None,
                shape("version-format", &[("version", raw.version.clone())]),
            );
        }
        let floors: Option<[f64; 5]> = raw.level_floors.clone().try_into().ok();
        let level_floors = match floors {
            Some(f) if f[0] == 0.0 && f.windows(2).all(|w| w[0] < w[1]) && f[4] < 100.0 => f,
            _ => {
                self.push(path, None, ProblemKind::BadLevelFloors);
                [0.0, 20.0, 40.0, 60.0, 80.0]
            }
        };

        let mut countries = Vec::new();
        let mut country_ids = BTreeSet::new();
        for c in raw.countries {
            if !country_ids.insert(c.code.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "country",
                        id: c.code.clone(),
                    },
                );
            }
            let mut band_ids = BTreeSet::new();
            let mut bands = Vec::new();
            for b in c.size_bands {
                self.id(path, None, &b.id);
                if !band_ids.insert(b.id.clone()) {
                    self.push(
                        path,
                        None,
                        ProblemKind::DuplicateId {
                            what: "size band",
                            id: b.id.clone(),
                        },
                    );
                }
                bands.push(SizeBand {
                    id: b.id,
                    limits: b
                        .limits
                        .into_iter()
                        .map(|(g, l)| {
                            (
                                g,
                                SizeLimits {
                                    max_staff: l.max_staff,
                                    max_revenue: l.max_revenue,
                                    max_capital: l.max_capital,
                                },
                            )
                        })
                        .collect(),
                });
            }
            self.size_bands(path, &c.code, &bands);
            countries.push(Country {
                code: c.code,
                currency: c.currency,
                rule: match c.rule {
                    RawSizeRule::StaffAndRevenueOrCapital => SizeRule::StaffAndRevenueOrCapital,
                    RawSizeRule::AnyCriterion => SizeRule::AnyCriterion,
                },
                source: c.source,
                size_bands: bands,
            });
        }

        let mut sectors = Vec::new();
        let mut sector_ids = BTreeSet::new();
        for s in raw.sectors {
            self.id(path, None, &s.id);
            if !sector_ids.insert(s.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "sector",
                        id: s.id.clone(),
                    },
                );
            }
            for (country, group) in &s.size_groups {
                match countries.iter().find(|c| &c.code == country) {
                    None => self.push(
                        path,
                        None,
                        ProblemKind::UnknownCountry {
                            id: country.clone(),
                        },
                    ),
                    Some(c) => {
                        let known = c.size_bands.iter().any(|b| b.limits.contains_key(group));
                        if !known {
                            self.push(
                                path,
                                None,
                                ProblemKind::UnknownSizeGroup {
                                    country: country.clone(),
                                    group: group.clone(),
                                },
                            );
                        }
                    }
                }
            }
            sectors.push(Sector {
                id: s.id,
                size_groups: s.size_groups,
            });
        }

        let mut areas = Vec::new();
        let mut area_ids = BTreeSet::new();
        for a in raw.areas {
            self.id(path, None, &a.id);
            if !area_ids.insert(a.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "area",
                        id: a.id.clone(),
                    },
                );
            }
            self.weight(path, None, "area weight", a.weight);
            for (sector, w) in &a.sector_weights {
                if !sector_ids.contains(sector) {
                    self.push(
                        path,
                        None,
                        ProblemKind::UnknownSector { id: sector.clone() },
                    );
                }
                self.weight(path, None, "area weight", *w);
            }
            areas.push(Area {
                id: a.id,
                group: match a.group {
                    RawAreaGroup::Core => AreaGroup::Core,
                    RawAreaGroup::Foundation => AreaGroup::Foundation,
                },
                weight: a.weight,
                sector_weights: a.sector_weights,
            });
        }

        Instrument {
            version: raw.version,
            level_floors,
            areas,
            sectors,
            countries,
            questions: Vec::new(),
            actions: Vec::new(),
            practices: Vec::new(),
            indicators: Vec::new(),
        }
    }

    /// Bands grow: every band but the last has limits for the same groups, no limit is smaller
    /// than the band before's, and the last band is open-ended.
    pub(super) fn size_bands(&mut self, path: &Path, country: &str, bands: &[SizeBand]) {
        let Some((last, rest)) = bands.split_last() else {
            let kind = shape("no-size-bands", &[("country", country.to_string())]);
            self.push(path, None, kind);
            return;
        };
        if !last.limits.is_empty() {
            let kind = shape(
                "last-band-limits",
                &[("country", country.to_string()), ("band", last.id.clone())],
            );
            self.push(path, None, kind);
        }
        let groups: BTreeSet<&String> = rest.iter().flat_map(|b| b.limits.keys()).collect();
        for band in rest {
            for g in &groups {
                if !band.limits.contains_key(*g) {
                    let kind = ProblemKind::UnknownSizeGroup {
                        country: format!("{country} / {}", band.id),
                        group: (*g).clone(),
                    };
                    self.push(path, None, kind);
                }
            }
        }
        let grows = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        for pair in rest.windows(2) {
            for (g, hi) in &pair[1].limits {
                let Some(lo) = pair[0].limits.get(g) else {
                    continue;
                };
                if !(grows(lo.max_staff, hi.max_staff)
                    && grows(lo.max_revenue, hi.max_revenue)
                    && grows(lo.max_capital, hi.max_capital))
                {
                    let kind = shape(
                        "band-shrinks",
                        &[
                            ("country", country.to_string()),
                            ("band", pair[1].id.clone()),
                            ("previous", pair[0].id.clone()),
                            ("group", g.clone()),
                        ],
                    );
                    self.push(path, None, kind);
                }
            }
        }
    }

    pub(super) fn applies(
        &mut self,
        path: &Path,
        q: &str,
        sectors: Option<Vec<String>>,
        known: &[String],
    ) -> Applies {
        match sectors {
            None => Applies::All,
            Some(list) => {
                for s in &list {
                    if !known.contains(s) {
                        self.push(path, Some(q), ProblemKind::UnknownSector { id: s.clone() });
                    }
                }
                Applies::Only(list)
            }
        }
    }
}
