//! Generated firms, for the benches (`privacy`, `agency`, `import_memory`) and the desktop's
//! long-import test: their answers (every question shown to the sector answered, as the
//! questionnaire allows) and their export records. Included by path.

use digiready::answers::{AnswerValue, Answers};
use digiready::export::anonymity::Step;
use digiready::export::record::Record;
use digiready::export::write::content_of;
use digiready::instrument::{Instrument, QuestionKind};
use digiready::scoring::shown_questions;

use crate::rng::Rng;

/// Answers of a firm at `level` (0 lowest … 4 highest): each option near the level is likely,
/// others less so.
pub fn answers(instrument: &Instrument, sector: &str, level: u64, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    loop {
        let Some(q) = shown_questions(instrument, sector, &answers)
            .into_iter()
            .find(|q| !answers.contains_key(&q.id))
        else {
            return answers;
        };
        let value = match &q.kind {
            QuestionKind::Number { min, max, .. } => {
                AnswerValue::Number((min + (max - min) * rng.below(101) as f64 / 100.0).round())
            }
            QuestionKind::Multiple(choices) => {
                let plain: Vec<_> = choices
                    .iter()
                    .filter(|c| !c.exclusive && c.applies.includes(sector))
                    .filter(|_| rng.below(5) < level)
                    .map(|c| c.id.clone())
                    .collect();
                if plain.is_empty() {
                    let none = choices
                        .iter()
                        .find(|c| c.exclusive && c.applies.includes(sector))
                        .or_else(|| choices.iter().find(|c| c.applies.includes(sector)));
                    AnswerValue::Choices(none.map(|c| vec![c.id.clone()]).unwrap_or_default())
                } else {
                    AnswerValue::Choices(plain)
                }
            }
            kind => {
                let mut offered: Vec<_> = kind
                    .choices()
                    .iter()
                    .filter(|c| c.applies.includes(sector))
                    .collect();
                offered.sort_by(|a, b| a.points.total_cmp(&b.points));
                let top = offered.len() as u64 - 1;
                let aim = (level * top).div_ceil(4);
                let jitter = rng.below(3);
                let pick = match jitter {
                    0 => aim.saturating_sub(1),
                    1 => aim,
                    _ => (aim + 1).min(top),
                };
                AnswerValue::Choice(offered[pick as usize].id.clone())
            }
        };
        answers.insert(q.id.clone(), value);
    }
}

/// Who and where a generated firm is, as its export record gives it (2026).
pub struct Firm<'a> {
    pub sector: &'a str,
    pub size: &'a str,
    /// Province and region as released: `step` says which of them is given.
    pub province: Option<String>,
    pub region: Option<String>,
    pub step: Step,
    pub quarter: u8,
}

/// The export record of a firm at `level` (as [`answers`]), scored as the app scores it: the
/// importer checks every record against its questionnaire.
#[allow(dead_code)] // not every crate that includes this file makes records
pub fn record(
    instrument: &Instrument,
    record_id: String,
    firm: Firm<'_>,
    level: u64,
    rng: &mut Rng,
) -> Record {
    let answers = answers(instrument, firm.sector, level, rng);
    let content = content_of(instrument, firm.sector, &answers);
    Record {
        record_id,
        instrument_version: instrument.version.clone(),
        country: "VN".into(),
        province: firm.province,
        region: firm.region,
        sector: firm.sector.to_string(),
        size_band: firm.size.to_string(),
        year: 2026,
        quarter: Some(firm.quarter),
        generalisation: firm.step,
        overall: content.overall,
        areas: content.areas,
        practices: content.practices,
        answers: content.answers,
    }
}
