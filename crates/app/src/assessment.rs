//! Taking an assessment: start it, read it as the form shows it, answer, clear an answer,
//! finalize. Each is one function over the store; both front ends call them. Every answer is
//! saved in its own transaction before the function returns, so what a front end shows as
//! saved is on disk.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use digiready_i18n::locale::Locale;
use digiready_model::answers::AnswerValue;
use digiready_model::clock::Timestamp;
use digiready_model::instrument::{Choice, Instrument, Instruments, QuestionKind};
use digiready_model::scoring::shown_questions;
use digiready_store::{Assessment, RecordId, Status, Store, StoreError};

use crate::workflow::assessment_with_instrument;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum AssessmentStatus {
    Draft,
    Finalized,
}

impl From<Status> for AssessmentStatus {
    fn from(s: Status) -> AssessmentStatus {
        match s {
            Status::Draft => AssessmentStatus::Draft,
            Status::Finalized => AssessmentStatus::Finalized,
        }
    }
}

/// An answer: an option id, a list of option ids, or a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum Answer {
    Choice(String),
    Choices(Vec<String>),
    Number(f64),
}

impl From<Answer> for AnswerValue {
    fn from(a: Answer) -> AnswerValue {
        match a {
            Answer::Choice(c) => AnswerValue::Choice(c),
            Answer::Choices(c) => AnswerValue::Choices(c),
            Answer::Number(n) => AnswerValue::Number(n),
        }
    }
}

impl From<&AnswerValue> for Answer {
    fn from(a: &AnswerValue) -> Answer {
        match a {
            AnswerValue::Choice(c) => Answer::Choice(c.clone()),
            AnswerValue::Choices(c) => Answer::Choices(c.clone()),
            AnswerValue::Number(n) => Answer::Number(*n),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OptionInfo {
    pub id: String,
    /// Multiple choice: "none of these", which excludes the others.
    pub exclusive: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionForm {
    Single { options: Vec<OptionInfo> },
    Multiple { options: Vec<OptionInfo> },
    YesNo { options: Vec<OptionInfo> },
    Number { min: f64, max: f64 },
}

/// A question as the form shows it; its wording is `q-<id>` (with `.help`, one attribute per
/// option, `.unit`) in `locales/<lang>/area-<area>.ftl`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QuestionInfo {
    pub id: String,
    pub area: String,
    pub form: QuestionForm,
}

/// An assessment as its form shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AssessmentView {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub enterprise_id: i64,
    pub enterprise_name: String,
    pub status: AssessmentStatus,
    pub instrument_version: String,
    pub sector: String,
    pub country: String,
    pub assessor: String,
    /// Area ids in questionnaire order.
    pub areas: Vec<String>,
    /// Every question asked in this sector, in order (shown or not).
    pub questions: Vec<QuestionInfo>,
    pub answers: BTreeMap<String, Answer>,
    /// The questions shown, given the answers so far (conditions evaluated by the model).
    pub shown: Vec<String>,
    /// Shown questions without an answer.
    pub unanswered: Vec<String>,
    /// Where to resume: the shown question after the one answered last.
    pub resume_at: Option<String>,
}

/// What the form needs after an answer is saved.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AnswerSaved {
    pub shown: Vec<String>,
    pub unanswered: Vec<String>,
    /// Answers removed because the change hid their questions.
    pub removed: Vec<String>,
}

fn form(kind: &QuestionKind, sector: &str) -> QuestionForm {
    let options = |choices: &[Choice]| {
        choices
            .iter()
            .filter(|c| c.applies.includes(sector))
            .map(|c| OptionInfo {
                id: c.id.clone(),
                exclusive: c.exclusive,
            })
            .collect()
    };
    match kind {
        QuestionKind::Single(c) => QuestionForm::Single {
            options: options(c),
        },
        QuestionKind::Multiple(c) => QuestionForm::Multiple {
            options: options(c),
        },
        QuestionKind::YesNo(c) => QuestionForm::YesNo {
            options: options(c),
        },
        QuestionKind::Number { min, max, .. } => QuestionForm::Number {
            min: *min,
            max: *max,
        },
    }
}

/// Shown question ids and those of them not answered yet.
fn shown_and_unanswered(instrument: &Instrument, a: &Assessment) -> (Vec<String>, Vec<String>) {
    let shown: Vec<String> = shown_questions(instrument, &a.summary.sector, &a.answers)
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    let unanswered = shown
        .iter()
        .filter(|id| !a.answers.contains_key(*id))
        .cloned()
        .collect();
    (shown, unanswered)
}

fn view(instrument: &Instrument, a: &Assessment, enterprise_name: String) -> AssessmentView {
    let s = &a.summary;
    let (shown, unanswered) = shown_and_unanswered(instrument, a);
    // Resume after the answer given last, at the next shown question (or the first unanswered).
    let last = a
        .answered_at
        .iter()
        .max_by_key(|(id, t)| (**t, shown.iter().position(|s| s == *id)))
        .map(|(id, _)| id.clone());
    let resume_at = last
        .and_then(|id| shown.iter().position(|s| *s == id))
        .and_then(|i| shown.get(i + 1).cloned())
        .or_else(|| unanswered.first().cloned())
        .or_else(|| shown.first().cloned());
    AssessmentView {
        id: s.id,
        enterprise_id: s.enterprise_id,
        enterprise_name,
        status: s.status.into(),
        instrument_version: s.instrument_version.clone(),
        sector: s.sector.clone(),
        country: s.country.clone(),
        assessor: s.assessor.clone(),
        areas: instrument.areas.iter().map(|a| a.id.clone()).collect(),
        questions: instrument
            .questions_for(&s.sector)
            .map(|q| QuestionInfo {
                id: q.id.clone(),
                area: q.area.clone(),
                form: form(&q.kind, &s.sector),
            })
            .collect(),
        answers: a
            .answers
            .iter()
            .map(|(k, v)| (k.clone(), Answer::from(v)))
            .collect(),
        shown,
        unanswered,
        resume_at,
    }
}

/// Assessment `id` as its form shows it.
pub fn assessment_form(
    instruments: &Instruments,
    store: &Store,
    id: i64,
) -> Result<AssessmentView, StoreError> {
    let (instrument, a) = assessment_with_instrument(instruments, store, id)?;
    let e = store.enterprise(a.summary.enterprise_id)?;
    Ok(view(instrument, &a, e.name))
}

/// Starts an assessment of an enterprise with the current questionnaire, asked in `locale`.
pub fn start(
    instruments: &Instruments,
    store: &mut Store,
    enterprise_id: i64,
    assessor: &str,
    locale: Locale,
    record: &RecordId,
    now: Timestamp,
) -> Result<AssessmentView, StoreError> {
    let id = store
        .start_assessment(
            instruments.current(),
            enterprise_id,
            assessor,
            locale,
            record,
            now,
        )?
        .id;
    assessment_form(instruments, store, id)
}

/// One change to a draft's answers with the draft's questionnaire version; what the form
/// shows after it.
fn change(
    instruments: &Instruments,
    store: &mut Store,
    id: i64,
    change: impl FnOnce(&mut Store, &Instrument) -> Result<Vec<String>, StoreError>,
) -> Result<AnswerSaved, StoreError> {
    let (instrument, _) = assessment_with_instrument(instruments, store, id)?;
    let removed = change(store, instrument)?;
    let (shown, unanswered) = shown_and_unanswered(instrument, &store.assessment(id)?);
    Ok(AnswerSaved {
        shown,
        unanswered,
        removed,
    })
}

/// Saves one answer (checked against the question) and says what is shown now.
pub fn answer(
    instruments: &Instruments,
    store: &mut Store,
    id: i64,
    question: &str,
    value: &AnswerValue,
    now: Timestamp,
) -> Result<AnswerSaved, StoreError> {
    change(instruments, store, id, |store, instrument| {
        store.record_answer(instrument, id, question, value, now)
    })
}

/// Removes one answer ("I don't know yet").
pub fn clear(
    instruments: &Instruments,
    store: &mut Store,
    id: i64,
    question: &str,
    now: Timestamp,
) -> Result<AnswerSaved, StoreError> {
    change(instruments, store, id, |store, instrument| {
        store.clear_answer(instrument, id, question, now)
    })
}

/// Finalizes the assessment: from then on it cannot be changed.
pub fn finalize(
    instruments: &Instruments,
    store: &mut Store,
    id: i64,
    now: Timestamp,
) -> Result<AssessmentView, StoreError> {
    let (instrument, _) = assessment_with_instrument(instruments, store, id)?;
    store.finalize_assessment(instrument, id, now)?;
    assessment_form(instruments, store, id)
}
