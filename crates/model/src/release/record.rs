//! One anonymized record: what an export file holds for an assessment, and what an agency's
//! database keeps of it. The columns are documented in `docs/export-format.md`.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::anonymity::Step;
use crate::answers::{AnswerValue, Answers};
use crate::benchmark::compare::follows;
use crate::instrument::Instrument;
use crate::scoring::score;

/// A maturity score (0–100, one decimal) with its level (1–5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreLevel {
    pub score: f64,
    pub level: u8,
}

/// One answer, in long form: a chosen option (one row per option of a multiple choice), or a
/// number.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub struct AnswerCell {
    pub question: String,
    pub option: Option<String>,
    pub number: Option<f64>,
}

/// An anonymized assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 32 lower-case hex digits, random, made when the assessment was started.
    pub record_id: String,
    pub instrument_version: String,
    pub country: String,
    /// The province id (see `place`), when released as recorded.
    pub province: Option<String>,
    /// The region id, when the province was generalised to it, or (in an agency's database)
    /// the region of the province.
    pub region: Option<String>,
    pub sector: String,
    pub size_band: String,
    pub year: i32,
    /// 1–4; `None` when the period was generalised to the year.
    pub quarter: Option<u8>,
    pub generalisation: Step,
    pub overall: Option<ScoreLevel>,
    /// Rated areas only, by area id.
    pub areas: BTreeMap<String, ScoreLevel>,
    /// Practices the answers tell about: whether the firm follows each.
    pub practices: BTreeMap<String, bool>,
    /// Sorted by question, then option.
    pub answers: Vec<AnswerCell>,
}

impl Record {
    /// SHA-256 (hex) of what the assessment says — questionnaire version, country, sector, size,
    /// scores, practices and answers — but not of where and when, which an export may
    /// generalise differently from one time to the next. Two copies of one record agree on it.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        let mut put = |s: &str| {
            h.update(s.as_bytes());
            h.update([0x1f]);
        };
        put(&self.instrument_version);
        put(&self.country);
        put(&self.sector);
        put(&self.size_band);
        let score = |s: &Option<ScoreLevel>| {
            s.map_or(String::new(), |s| format!("{:.1}/{}", s.score, s.level))
        };
        put(&score(&self.overall));
        for (area, s) in &self.areas {
            put(area);
            put(&score(&Some(*s)));
        }
        put("practices");
        for (p, follows) in &self.practices {
            put(p);
            put(if *follows { "1" } else { "0" });
        }
        put("answers");
        for a in &self.answers {
            put(&a.question);
            put(a.option.as_deref().unwrap_or(""));
            put(&a.number.map_or(String::new(), |n| n.to_string()));
        }
        crate::digest::hex(&h.finalize())
    }

    /// Whether two copies of a record can be the same assessment released at different
    /// generalisations: same country and year, and each place and quarter either equal or left
    /// out by one of them (a province against its region counts as compatible).
    pub fn same_place_and_period(
        &self,
        other: &Record,
        region_of: impl Fn(&str) -> Option<String>,
    ) -> bool {
        let quarter_ok = match (self.quarter, other.quarter) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let region = |r: &Record| {
            r.region
                .clone()
                .or_else(|| r.province.as_deref().and_then(&region_of))
        };
        let place_ok = match (&self.province, &other.province) {
            (Some(a), Some(b)) => a == b,
            _ => match (region(self), region(other)) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            },
        };
        self.country == other.country && self.year == other.year && quarter_ok && place_ok
    }

    /// "2026-Q3", or "2026" when generalised to the year.
    pub fn period_label(&self) -> String {
        period_label(self.year, self.quarter)
    }
}

/// "2026-Q3", or "2026" when the quarter is not released.
pub fn period_label(year: i32, quarter: Option<u8>) -> String {
    match quarter {
        Some(q) => format!("{year}-Q{q}"),
        None => year.to_string(),
    }
}

/// The years a record may carry: the reader refuses others, and the writer withholds a record
/// assessed outside them (a laptop with a wrong clock) rather than write a file its own
/// importer refuses.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// An id as exports write them: 1–64 characters of `a-z`, `0-9`, `_`, `-` and `.`, starting
/// with a letter or digit. Nothing that a spreadsheet could read as a formula.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.as_bytes()[0].is_ascii_alphanumeric()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
}

/// A record id: exactly 32 lower-case hex digits.
pub fn is_record_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The first and last period of `records` ("2026-Q1", "2026"): a year-only record starts at
/// the year's first quarter and ends at its last.
pub fn period_span<'a>(records: impl IntoIterator<Item = &'a Record>) -> Option<(String, String)> {
    let mut first: Option<((i32, u8, bool), String)> = None;
    let mut last: Option<((i32, u8, bool), String)> = None;
    for r in records {
        let from = (r.year, r.quarter.unwrap_or(1), r.quarter.is_none());
        let to = (r.year, r.quarter.unwrap_or(4), r.quarter.is_none());
        if first.as_ref().is_none_or(|(k, _)| from < *k) {
            first = Some((from, r.period_label()));
        }
        if last.as_ref().is_none_or(|(k, _)| to > *k) {
            last = Some((to, r.period_label()));
        }
    }
    Some((first?.1, last?.1))
}

/// The span of `records` as people read it: "2026-Q1 – 2026-Q4", one label when both ends are
/// the same, empty when there are no records.
pub fn period_text(records: &[Record]) -> String {
    match period_span(records) {
        Some((a, b)) if a == b => a,
        Some((a, b)) => format!("{a} – {b}"),
        None => String::new(),
    }
}

/// What a record says about a firm's answers: its scores, the practices it follows and the
/// answers as rows. The writer makes records from it, and the importer checks each record
/// against it (`verify`).
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub overall: Option<ScoreLevel>,
    pub areas: BTreeMap<String, ScoreLevel>,
    pub practices: BTreeMap<String, bool>,
    /// Sorted by question, then option.
    pub answers: Vec<AnswerCell>,
}

/// The [`Content`] of `answers` given by a firm of `sector`.
pub fn content_of(instrument: &Instrument, sector: &str, answers: &Answers) -> Content {
    let scores = score(instrument, sector, answers);
    let rated = |r: crate::scoring::Rated| ScoreLevel {
        score: r.score,
        level: r.level,
    };
    let areas = scores
        .areas
        .iter()
        .filter_map(|area| Some((area.area.clone(), rated(area.rated?))))
        .collect();
    let practices = instrument
        .practices
        .iter()
        .filter_map(|p| follows(instrument, sector, answers, &p.id).map(|f| (p.id.clone(), f)))
        .collect();
    let mut cells = Vec::new();
    for (question, value) in answers {
        let cell = |option: Option<&str>, number: Option<f64>| AnswerCell {
            question: question.clone(),
            option: option.map(str::to_string),
            number,
        };
        match value {
            AnswerValue::Choice(o) => cells.push(cell(Some(o), None)),
            AnswerValue::Choices(os) => {
                let sorted: BTreeSet<&String> = os.iter().collect();
                cells.extend(sorted.into_iter().map(|o| cell(Some(o), None)));
            }
            AnswerValue::Number(n) => cells.push(cell(None, Some(*n))),
        }
    }
    Content {
        overall: scores.overall.map(rated),
        areas,
        practices,
        answers: cells,
    }
}
