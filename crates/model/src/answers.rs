//! Answers: their values, their validation against the questionnaire, and the answer file.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::instrument::{Instrument, Question, QuestionKind};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};

/// One answer: an option id (single choice, yes/no), option ids (multiple choice) or a number.
/// In JSON: `"option"`, `["a", "b"]` or `42`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    Choice(String),
    Choices(Vec<String>),
    Number(f64),
}

/// Answers by question id.
pub type Answers = BTreeMap<String, AnswerValue>;

/// The form of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedAnswer {
    OneOption,
    OptionList,
    Number,
}

impl std::fmt::Display for ExpectedAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ExpectedAnswer::OneOption => "one option id",
            ExpectedAnswer::OptionList => "a list of option ids",
            ExpectedAnswer::Number => "a number",
        })
    }
}

impl ExpectedAnswer {
    fn message_id(self) -> &'static str {
        match self {
            ExpectedAnswer::OneOption => "answer-kind-one-option",
            ExpectedAnswer::OptionList => "answer-kind-option-list",
            ExpectedAnswer::Number => "answer-kind-number",
        }
    }
}

/// Why an answer cannot be accepted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    #[error("there is no question {question:?}")]
    UnknownQuestion { question: String },
    #[error("question {question:?} is not asked in sector {sector:?}")]
    NotForSector { question: String, sector: String },
    #[error("question {question:?} takes {expected}")]
    WrongKind {
        question: String,
        expected: ExpectedAnswer,
    },
    #[error("question {question:?} has no option {option:?}")]
    UnknownOption { question: String, option: String },
    #[error("option {option:?} of question {question:?} is not offered in sector {sector:?}")]
    OptionNotForSector {
        question: String,
        option: String,
        sector: String,
    },
    #[error("option {option:?} of question {question:?} cannot be combined with other options")]
    ExclusiveCombined { question: String, option: String },
    #[error("option {option:?} of question {question:?} is chosen twice")]
    RepeatedOption { question: String, option: String },
    #[error("question {question:?} needs at least one option")]
    NothingChosen { question: String },
    #[error("question {question:?} takes a number from {min} to {max}, not {value}")]
    NumberOutOfRange {
        question: String,
        value: f64,
        min: f64,
        max: f64,
    },
}

impl AnswerError {
    /// The error in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            AnswerError::UnknownQuestion { question } => (
                "answer-error-unknown-question",
                a.input("question", question),
            ),
            AnswerError::NotForSector { question, sector } => (
                "answer-error-not-for-sector",
                a.input("question", question)
                    .text("sector", catalog.text(locale, &format!("sector-{sector}"))),
            ),
            AnswerError::WrongKind { question, expected } => (
                "answer-error-wrong-kind",
                a.input("question", question)
                    .text("expected", catalog.text(locale, expected.message_id())),
            ),
            AnswerError::UnknownOption { question, option } => (
                "answer-error-unknown-option",
                a.input("question", question).input("option", option),
            ),
            AnswerError::OptionNotForSector {
                question,
                option,
                sector,
            } => (
                "answer-error-option-not-for-sector",
                a.input("question", question)
                    .input("option", option)
                    .text("sector", catalog.text(locale, &format!("sector-{sector}"))),
            ),
            AnswerError::ExclusiveCombined { question, option } => (
                "answer-error-exclusive-combined",
                a.input("question", question).input("option", option),
            ),
            AnswerError::RepeatedOption { question, option } => (
                "answer-error-repeated-option",
                a.input("question", question).input("option", option),
            ),
            AnswerError::NothingChosen { question } => {
                ("answer-error-nothing-chosen", a.input("question", question))
            }
            AnswerError::NumberOutOfRange {
                question,
                value,
                min,
                max,
            } => (
                "answer-error-number-out-of-range",
                a.input("question", question)
                    .text("value", digiready_i18n::format::decimal(locale, *value, 2))
                    .text("min", digiready_i18n::format::decimal(locale, *min, 2))
                    .text("max", digiready_i18n::format::decimal(locale, *max, 2)),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

/// The question `question_id` of the questionnaire, if it is asked of firms in `sector`: what
/// any change to its answer (a new value, or clearing it) checks first.
pub fn check_question<'i>(
    instrument: &'i Instrument,
    sector: &str,
    question_id: &str,
) -> Result<&'i Question, AnswerError> {
    let question =
        instrument
            .question(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion {
                question: question_id.to_string(),
            })?;
    if !question.applies.includes(sector) {
        return Err(AnswerError::NotForSector {
            question: question.id.clone(),
            sector: sector.to_string(),
        });
    }
    Ok(question)
}

/// Checks one answer against the questionnaire for a sector.
pub fn check_answer(
    instrument: &Instrument,
    sector: &str,
    question_id: &str,
    value: &AnswerValue,
) -> Result<(), AnswerError> {
    let question = check_question(instrument, sector, question_id)?;
    let qid = || question.id.clone();
    let offered = |option: &str| -> Result<bool, AnswerError> {
        let choice = question
            .choice(option)
            .ok_or_else(|| AnswerError::UnknownOption {
                question: qid(),
                option: option.to_string(),
            })?;
        if !choice.applies.includes(sector) {
            return Err(AnswerError::OptionNotForSector {
                question: qid(),
                option: option.to_string(),
                sector: sector.to_string(),
            });
        }
        Ok(choice.exclusive)
    };
    match (&question.kind, value) {
        (QuestionKind::Single(_) | QuestionKind::YesNo(_), AnswerValue::Choice(option)) => {
            offered(option).map(|_| ())
        }
        (QuestionKind::Multiple(_), AnswerValue::Choices(options)) => {
            if options.is_empty() {
                return Err(AnswerError::NothingChosen { question: qid() });
            }
            let mut seen = BTreeSet::new();
            for option in options {
                if !seen.insert(option.as_str()) {
                    return Err(AnswerError::RepeatedOption {
                        question: qid(),
                        option: option.clone(),
                    });
                }
                if offered(option)? && options.len() > 1 {
                    return Err(AnswerError::ExclusiveCombined {
                        question: qid(),
                        option: option.clone(),
                    });
                }
            }
            Ok(())
        }
        (QuestionKind::Number { min, max, .. }, AnswerValue::Number(n)) => {
            if n.is_finite() && n >= min && n <= max {
                Ok(())
            } else {
                Err(AnswerError::NumberOutOfRange {
                    question: qid(),
                    value: *n,
                    min: *min,
                    max: *max,
                })
            }
        }
        (kind, _) => Err(AnswerError::WrongKind {
            question: qid(),
            expected: match kind {
                QuestionKind::Single(_) | QuestionKind::YesNo(_) => ExpectedAnswer::OneOption,
                QuestionKind::Multiple(_) => ExpectedAnswer::OptionList,
                QuestionKind::Number { .. } => ExpectedAnswer::Number,
            },
        }),
    }
}

/// The largest answer file read: an answer to every question of the questionnaire takes a few
/// kilobytes.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;

/// The answer file read by `digiready score`: a complete, stateless scoring request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerFile {
    /// The questionnaire version the answers were given to.
    pub instrument: String,
    /// `VN` or `LA`.
    pub country: String,
    pub sector: String,
    pub size: String,
    pub answers: Answers,
}

/// Why an answer file cannot be scored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerFileError {
    #[error("not a valid answer file: {reason}")]
    Malformed { reason: String },
    #[error("question {question:?} is answered more than once")]
    RepeatedQuestion { question: String },
    #[error("the answers are for questionnaire version {found:?}, this program has {expected:?}")]
    InstrumentVersion { found: String, expected: String },
    #[error("unknown country {0:?}")]
    UnknownCountry(String),
    #[error("unknown sector {0:?}")]
    UnknownSector(String),
    #[error("size {size:?} is not a size band of country {country:?}")]
    UnknownSize { size: String, country: String },
    #[error(transparent)]
    Answer(#[from] AnswerError),
}

impl AnswerFileError {
    /// The error in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            AnswerFileError::Answer(e) => return e.localize(catalog, locale),
            AnswerFileError::Malformed { reason } => {
                ("answer-file-malformed", a.input("reason", reason))
            }
            AnswerFileError::RepeatedQuestion { question } => (
                "answer-file-repeated-question",
                a.input("question", question),
            ),
            AnswerFileError::InstrumentVersion { found, expected } => (
                "answer-file-instrument-version",
                a.input("found", found).text("expected", expected.clone()),
            ),
            AnswerFileError::UnknownCountry(c) => {
                ("answer-file-unknown-country", a.input("country", c))
            }
            AnswerFileError::UnknownSector(s) => {
                ("answer-file-unknown-sector", a.input("sector", s))
            }
            AnswerFileError::UnknownSize { size, country } => (
                "answer-file-unknown-size",
                a.input("size", size).input("country", country),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

impl AnswerFile {
    /// Parses an answer file from JSON. A question answered twice is refused: JSON readers
    /// differ on which of the two they keep.
    pub fn from_json(text: &str) -> Result<AnswerFile, AnswerFileError> {
        let raw: RawAnswerFile =
            serde_json::from_str(text).map_err(|e| AnswerFileError::Malformed {
                reason: e.to_string(),
            })?;
        let mut answers = Answers::new();
        for (question, value) in raw.answers.0 {
            if answers.contains_key(&question) {
                return Err(AnswerFileError::RepeatedQuestion { question });
            }
            answers.insert(question, value);
        }
        Ok(AnswerFile {
            instrument: raw.instrument,
            country: raw.country,
            sector: raw.sector,
            size: raw.size,
            answers,
        })
    }

    /// Every reason the file does not fit the questionnaire; empty when it does.
    pub fn check(&self, instrument: &Instrument) -> Vec<AnswerFileError> {
        let mut errors = Vec::new();
        if self.instrument != instrument.version {
            errors.push(AnswerFileError::InstrumentVersion {
                found: self.instrument.clone(),
                expected: instrument.version.clone(),
            });
        }
        match instrument.country(&self.country) {
            None => errors.push(AnswerFileError::UnknownCountry(self.country.clone())),
            Some(c) if !c.size_bands.iter().any(|b| b.id == self.size) => {
                errors.push(AnswerFileError::UnknownSize {
                    size: self.size.clone(),
                    country: self.country.clone(),
                });
            }
            Some(_) => {}
        }
        if instrument.sector(&self.sector).is_none() {
            errors.push(AnswerFileError::UnknownSector(self.sector.clone()));
            return errors;
        }
        for (question, value) in &self.answers {
            if let Err(e) = check_answer(instrument, &self.sector, question, value) {
                errors.push(e.into());
            }
        }
        errors
    }
}

/// The answer file as written, every `answers` entry kept in order (a map would keep one of
/// two entries for the same question without a word).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswerFile {
    instrument: String,
    country: String,
    sector: String,
    size: String,
    answers: AnswerEntries,
}

struct AnswerEntries(Vec<(String, AnswerValue)>);

impl<'de> Deserialize<'de> for AnswerEntries {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = AnswerEntries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map of question ids to answers")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<AnswerEntries, M::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(AnswerEntries(entries))
            }
        }
        deserializer.deserialize_map(Entries)
    }
}
