//! Assessments and their answers.

use std::fmt;
use std::str::FromStr;

use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use super::{Store, StoreError};
use std::collections::BTreeMap;

use digiready_i18n::locale::Locale;
use digiready_model::answers::{check_answer, check_question, AnswerValue, Answers};
use digiready_model::clock::Timestamp;
use digiready_model::instrument::Instrument;
use digiready_model::scoring::shown_questions;

pub(super) const CREATE_V1: &str = "
CREATE TABLE assessment (
    id                 INTEGER PRIMARY KEY,
    -- Random, made when the assessment starts; identifies the record in anonymized exports.
    record_id          TEXT NOT NULL UNIQUE CHECK (length(record_id) = 32),
    enterprise_id      INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE RESTRICT,
    instrument_version TEXT NOT NULL,
    locale             TEXT NOT NULL,
    assessor           TEXT NOT NULL,
    -- The enterprise as it was when assessed.
    country            TEXT NOT NULL,
    province           TEXT NOT NULL,
    sector             TEXT NOT NULL,
    size_band          TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('draft', 'finalized')),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    finalized_at       INTEGER,
    CHECK ((status = 'finalized') = (finalized_at IS NOT NULL))
);
CREATE INDEX assessment_enterprise ON assessment (enterprise_id, created_at);

CREATE TABLE answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    -- JSON: \"option\", [\"option\", ...] or a number.
    value         TEXT NOT NULL CHECK (json_valid(value)),
    answered_at   INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;

-- A finalized assessment is a record: its answers no longer change.
CREATE TRIGGER answer_insert_frozen BEFORE INSERT ON answer
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'finalized'
BEGIN SELECT RAISE(ABORT, 'assessment is finalized'); END;
CREATE TRIGGER answer_update_frozen BEFORE UPDATE ON answer
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'finalized'
  OR (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'finalized'
BEGIN SELECT RAISE(ABORT, 'assessment is finalized'); END;
CREATE TRIGGER answer_delete_frozen BEFORE DELETE ON answer
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'finalized'
BEGIN SELECT RAISE(ABORT, 'assessment is finalized'); END;
-- Nor does the assessment itself: it cannot be reopened, edited or deleted.
CREATE TRIGGER assessment_update_frozen BEFORE UPDATE ON assessment
WHEN OLD.status = 'finalized'
BEGIN SELECT RAISE(ABORT, 'assessment is finalized'); END;
CREATE TRIGGER assessment_delete_frozen BEFORE DELETE ON assessment
WHEN OLD.status = 'finalized'
BEGIN SELECT RAISE(ABORT, 'assessment is finalized'); END;
";

/// A random record id, 128 bits as 32 lower-case hex digits. The caller supplies the
/// randomness, so the core stays deterministic.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecordId(String);

impl RecordId {
    pub fn from_random_bytes(bytes: [u8; 16]) -> RecordId {
        RecordId(digiready_model::digest::hex(&bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Draft,
    Finalized,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Finalized => "finalized",
        }
    }
}

impl FromStr for Status {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "draft" => Ok(Status::Draft),
            "finalized" => Ok(Status::Finalized),
            other => Err(StoreError::BadStoredData(format!(
                "assessment status {other:?}"
            ))),
        }
    }
}

/// An assessment with its answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub summary: AssessmentSummary,
    pub answers: Answers,
    /// When each answer was last given, by question id.
    pub answered_at: BTreeMap<String, Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentSummary {
    pub id: i64,
    pub record_id: RecordId,
    pub enterprise_id: i64,
    pub instrument_version: String,
    pub locale: Locale,
    pub assessor: String,
    pub country: String,
    pub province: String,
    pub sector: String,
    pub size_band: String,
    pub status: Status,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub finalized_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, record_id, enterprise_id, instrument_version, locale, assessor, \
    country, province, sector, size_band, status, created_at, updated_at, finalized_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<(AssessmentSummary, String, String)> {
    let locale: String = r.get(4)?;
    let status: String = r.get(10)?;
    Ok((
        AssessmentSummary {
            id: r.get(0)?,
            record_id: RecordId(r.get(1)?),
            enterprise_id: r.get(2)?,
            instrument_version: r.get(3)?,
            locale: Locale::En,
            assessor: r.get(5)?,
            country: r.get(6)?,
            province: r.get(7)?,
            sector: r.get(8)?,
            size_band: r.get(9)?,
            status: Status::Draft,
            created_at: Timestamp(r.get(11)?),
            updated_at: Timestamp(r.get(12)?),
            finalized_at: r.get::<_, Option<i64>>(13)?.map(Timestamp),
        },
        locale,
        status,
    ))
}

fn finish_row(
    (mut s, locale, status): (AssessmentSummary, String, String),
) -> Result<AssessmentSummary, StoreError> {
    s.locale = locale
        .parse()
        .map_err(|_| StoreError::BadStoredData(format!("assessment locale {locale:?}")))?;
    s.status = status.parse()?;
    Ok(s)
}

/// The assessment `id`, read on `conn` (a transaction derefs to its connection).
fn summary_in(conn: &Connection, id: i64) -> Result<AssessmentSummary, StoreError> {
    let row = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM assessment WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or(StoreError::AssessmentNotFound(id))?;
    finish_row(row)
}

impl Store {
    /// Starts a draft assessment of an enterprise with the current questionnaire.
    pub fn start_assessment(
        &mut self,
        instrument: &Instrument,
        enterprise_id: i64,
        assessor: &str,
        locale: Locale,
        record_id: &RecordId,
        now: Timestamp,
    ) -> Result<AssessmentSummary, StoreError> {
        let enterprise = self.enterprise(enterprise_id)?;
        let assessor = assessor.trim();
        if assessor.is_empty() {
            return Err(StoreError::InvalidField {
                field: "assessor",
                problem: super::FieldProblem::Empty,
            });
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO assessment (record_id, enterprise_id, instrument_version, locale, assessor,
                country, province, sector, size_band, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'draft', ?10, ?10)",
            params![
                record_id.as_str(), enterprise.id, instrument.version, locale.tag(), assessor,
                enterprise.country, enterprise.province, enterprise.sector, enterprise.size_band,
                now.0
            ],
        )?;
        let id = tx.last_insert_rowid();
        let summary = summary_in(&tx, id)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Records one answer, replacing any earlier answer to the same question. When this returns
    /// `Ok`, the answer is durably stored. Answers to questions that this answer hides are
    /// removed in the same transaction (so that a hidden answer can never come back unseen and
    /// lower a score); their question ids are returned.
    pub fn record_answer(
        &mut self,
        instrument: &Instrument,
        assessment_id: i64,
        question_id: &str,
        value: &AnswerValue,
        now: Timestamp,
    ) -> Result<Vec<String>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let summary = summary_in(&tx, assessment_id)?;
        writable(&summary, instrument)?;
        check_answer(instrument, &summary.sector, question_id, value)?;
        let json =
            serde_json::to_string(value).map_err(|e| StoreError::BadStoredData(e.to_string()))?;
        tx.execute(
            "INSERT INTO answer (assessment_id, question_id, value, answered_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (assessment_id, question_id)
             DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            params![assessment_id, question_id, json, now.0],
        )?;
        let cleared = settle_answers(&tx, instrument, &summary, now)?;
        tx.commit()?;
        Ok(cleared)
    }

    /// Removes the answer to a question (the owner wants to leave it open), and the answers of
    /// questions that only its answer showed; returns the latter's ids.
    pub fn clear_answer(
        &mut self,
        instrument: &Instrument,
        assessment_id: i64,
        question_id: &str,
        now: Timestamp,
    ) -> Result<Vec<String>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let summary = summary_in(&tx, assessment_id)?;
        writable(&summary, instrument)?;
        check_question(instrument, &summary.sector, question_id)?;
        tx.execute(
            "DELETE FROM answer WHERE assessment_id = ?1 AND question_id = ?2",
            params![assessment_id, question_id],
        )?;
        let cleared = settle_answers(&tx, instrument, &summary, now)?;
        tx.commit()?;
        Ok(cleared)
    }

    /// Marks a draft as final; its answers can no longer change.
    pub fn finalize_assessment(
        &mut self,
        instrument: &Instrument,
        assessment_id: i64,
        now: Timestamp,
    ) -> Result<AssessmentSummary, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let summary = summary_in(&tx, assessment_id)?;
        writable(&summary, instrument)?;
        tx.execute(
            "UPDATE assessment SET status = 'finalized', finalized_at = ?2, updated_at = ?2
             WHERE id = ?1",
            params![assessment_id, now.0],
        )?;
        let summary = summary_in(&tx, assessment_id)?;
        tx.commit()?;
        Ok(summary)
    }

    /// An assessment with all its answers.
    pub fn assessment(&self, id: i64) -> Result<Assessment, StoreError> {
        let summary = summary_in(&self.conn, id)?;
        let (answers, answered_at) = answers_in(&self.conn, id)?;
        Ok(Assessment {
            summary,
            answers,
            answered_at,
        })
    }

    /// Every finalized assessment with its answers, oldest first: what an export considers.
    pub fn finalized_assessments(&self) -> Result<Vec<Assessment>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM assessment WHERE status = 'finalized'
             ORDER BY finalized_at, id"
        ))?;
        let summaries = stmt
            .query_map([], from_row)?
            .map(|r| finish_row(r?))
            .collect::<Result<Vec<_>, _>>()?;
        summaries
            .into_iter()
            .map(|summary| {
                let (answers, answered_at) = answers_in(&self.conn, summary.id)?;
                Ok(Assessment {
                    summary,
                    answers,
                    answered_at,
                })
            })
            .collect()
    }

    /// The assessments of an enterprise, newest first.
    pub fn assessments_of(&self, enterprise_id: i64) -> Result<Vec<AssessmentSummary>, StoreError> {
        self.enterprise(enterprise_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM assessment WHERE enterprise_id = ?1
             ORDER BY created_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([enterprise_id], from_row)?;
        rows.map(|r| finish_row(r?)).collect()
    }
}

/// The answers of an assessment and when each was given.
fn answers_in(
    conn: &Connection,
    id: i64,
) -> Result<(Answers, BTreeMap<String, Timestamp>), StoreError> {
    let mut stmt = conn
        .prepare("SELECT question_id, value, answered_at FROM answer WHERE assessment_id = ?1")?;
    let mut answers = Answers::new();
    let mut answered_at = BTreeMap::new();
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (question, json, at) = row?;
        let value: AnswerValue = serde_json::from_str(&json)
            .map_err(|e| StoreError::BadStoredData(format!("answer to {question:?}: {e}")))?;
        answered_at.insert(question.clone(), Timestamp(at));
        answers.insert(question, value);
    }
    Ok((answers, answered_at))
}

/// After an answer changed: drops the answers the change hid and stamps the assessment.
fn settle_answers(
    conn: &Connection,
    instrument: &Instrument,
    summary: &AssessmentSummary,
    now: Timestamp,
) -> Result<Vec<String>, StoreError> {
    let cleared = drop_hidden_answers(conn, instrument, summary)?;
    conn.execute(
        "UPDATE assessment SET updated_at = ?2 WHERE id = ?1",
        params![summary.id, now.0],
    )?;
    Ok(cleared)
}

/// Deletes the answers of questions that the current answers hide; returns their ids.
fn drop_hidden_answers(
    conn: &Connection,
    instrument: &Instrument,
    summary: &AssessmentSummary,
) -> Result<Vec<String>, StoreError> {
    let (answers, _) = answers_in(conn, summary.id)?;
    let shown: Vec<&str> = shown_questions(instrument, &summary.sector, &answers)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let hidden: Vec<String> = answers
        .keys()
        .filter(|q| !shown.contains(&q.as_str()))
        .cloned()
        .collect();
    for question in &hidden {
        conn.execute(
            "DELETE FROM answer WHERE assessment_id = ?1 AND question_id = ?2",
            params![summary.id, question],
        )?;
    }
    Ok(hidden)
}

/// A draft made with this binary's questionnaire can take answers.
fn writable(summary: &AssessmentSummary, instrument: &Instrument) -> Result<(), StoreError> {
    if summary.status == Status::Finalized {
        return Err(StoreError::Finalized(summary.id));
    }
    if summary.instrument_version != instrument.version {
        return Err(StoreError::InstrumentVersion {
            id: summary.id,
            found: summary.instrument_version.clone(),
            expected: instrument.version.clone(),
        });
    }
    Ok(())
}
