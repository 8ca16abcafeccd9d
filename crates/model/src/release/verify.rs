//! What an imported record says, checked against the questionnaire version it names: the
//! reader (`read`) checks each value's form, this checks its meaning. A record's sector, size
//! band and country must be the questionnaire's; every answer must be one its question accepts
//! for that sector; and its scores, levels and practices must be exactly what its answers
//! give, as the app computes them. A file with any other record is refused whole, naming the
//! first one. Pure.

use std::collections::BTreeMap;

use super::record::content_of;
use super::record::Record;
use crate::answers::{check_answer, AnswerValue, Answers};
use crate::instrument::{Instrument, Instruments, QuestionKind};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};

/// What a record says that its questionnaire does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Disallowed {
    #[error("questionnaire version {0} is not known here")]
    Version(String),
    #[error("country {0} is not in the questionnaire")]
    Country(String),
    #[error("sector {0} is not in the questionnaire")]
    Sector(String),
    #[error("size band {0} is not one of the country's")]
    Size(String),
    #[error("question {0} is not in the questionnaire")]
    Question(String),
    #[error("the answer to {0} is not one the question accepts")]
    Answer(String),
    #[error("the score of {0} is not what the answers give")]
    Score(String),
    #[error("practice {0} is not what the answers say")]
    Practice(String),
}

/// A record that its questionnaire does not allow: the first found, with its line in
/// `assessments.csv`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("record {record_id} (line {line}): {what}")]
pub struct NotAllowed {
    pub record_id: String,
    pub line: usize,
    pub what: Disallowed,
}

impl NotAllowed {
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let (id, value) = match &self.what {
            Disallowed::Version(v) => ("import-disallowed-version", v),
            Disallowed::Country(v) => ("import-disallowed-country", v),
            Disallowed::Sector(v) => ("import-disallowed-sector", v),
            Disallowed::Size(v) => ("import-disallowed-size", v),
            Disallowed::Question(v) => ("import-disallowed-question", v),
            Disallowed::Answer(v) => ("import-disallowed-answer", v),
            Disallowed::Score(v) => ("import-disallowed-score", v),
            Disallowed::Practice(v) => ("import-disallowed-practice", v),
        };
        let what = catalog.format(locale, id, &Args::new().input("value", value));
        catalog.format(
            locale,
            "import-error-not-allowed",
            &Args::new()
                .input("record", &self.record_id)
                .text("line", self.line.to_string())
                .text("what", what),
        )
    }
}

/// Checks every record (in file order: record `i` is on line `i + 2`) against its
/// questionnaire version among `instruments`.
pub fn check_records(records: &[Record], instruments: &Instruments) -> Result<(), NotAllowed> {
    for (i, r) in records.iter().enumerate() {
        check_record(r, instruments).map_err(|what| NotAllowed {
            record_id: r.record_id.clone(),
            line: i + 2,
            what,
        })?;
    }
    Ok(())
}

fn check_record(r: &Record, instruments: &Instruments) -> Result<(), Disallowed> {
    let instrument = instruments
        .get(&r.instrument_version)
        .ok_or_else(|| Disallowed::Version(r.instrument_version.clone()))?;
    let country = instrument
        .country(&r.country)
        .ok_or_else(|| Disallowed::Country(r.country.clone()))?;
    instrument
        .sector(&r.sector)
        .ok_or_else(|| Disallowed::Sector(r.sector.clone()))?;
    if !country.size_bands.iter().any(|b| b.id == r.size_band) {
        return Err(Disallowed::Size(r.size_band.clone()));
    }
    let answers = answers_of(r, instrument)?;
    for (question, value) in &answers {
        check_answer(instrument, &r.sector, question, value)
            .map_err(|_| Disallowed::Answer(question.clone()))?;
    }
    // The scores and practices the answers give, exactly as the app computes them.
    let c = content_of(instrument, &r.sector, &answers);
    if r.overall != c.overall {
        return Err(Disallowed::Score("overall".into()));
    }
    if let Some(area) = differing(&r.areas, &c.areas) {
        return Err(Disallowed::Score(area.to_string()));
    }
    if let Some(practice) = differing(&r.practices, &c.practices) {
        return Err(Disallowed::Practice(practice.to_string()));
    }
    Ok(())
}

/// The first key whose value differs between the two maps (or is in one only).
fn differing<'a, V: PartialEq>(
    a: &'a BTreeMap<String, V>,
    b: &'a BTreeMap<String, V>,
) -> Option<&'a str> {
    a.keys()
        .chain(b.keys())
        .find(|k| a.get(*k) != b.get(*k))
        .map(String::as_str)
}

/// The record's answer rows as the answers they were made from: one option of a single or
/// yes/no question, one or more of a multiple-choice one, one number of a number question.
pub fn answers_of(r: &Record, instrument: &Instrument) -> Result<Answers, Disallowed> {
    let mut rows: BTreeMap<&str, Vec<&super::record::AnswerCell>> = BTreeMap::new();
    for cell in &r.answers {
        rows.entry(cell.question.as_str()).or_default().push(cell);
    }
    let mut answers = Answers::new();
    for (question, cells) in rows {
        let q = instrument
            .question(question)
            .ok_or_else(|| Disallowed::Question(question.to_string()))?;
        let bad = || Disallowed::Answer(question.to_string());
        let options: Option<Vec<String>> = cells.iter().map(|c| c.option.clone()).collect();
        let value = match (&q.kind, cells.as_slice()) {
            (QuestionKind::Number { .. }, [cell]) => AnswerValue::Number(
                cell.number
                    .filter(|_| cell.option.is_none())
                    .ok_or_else(bad)?,
            ),
            (QuestionKind::Single(_) | QuestionKind::YesNo(_), [cell]) => AnswerValue::Choice(
                cell.option
                    .clone()
                    .filter(|_| cell.number.is_none())
                    .ok_or_else(bad)?,
            ),
            (QuestionKind::Multiple(_), _) if cells.iter().all(|c| c.number.is_none()) => {
                AnswerValue::Choices(options.ok_or_else(bad)?)
            }
            _ => return Err(bad()),
        };
        answers.insert(question.to_string(), value);
    }
    Ok(answers)
}
