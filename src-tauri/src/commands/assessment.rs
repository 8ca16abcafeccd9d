//! Taking an assessment: start, read (with the questions shown so far), answer, clear an
//! answer, finalize. Every answer is saved by the core in its own transaction before the
//! command returns, so what the UI shows as saved is on disk.

use digiready_model::answers::AnswerValue;
use digiready_model::instrument::{Instrument, QuestionKind};
use digiready_model::scoring::shown_questions;
use digiready_store::Assessment;
use tauri::State;

use crate::dto::{Answer, AnswerSaved, AssessmentView, OptionInfo, QuestionForm, QuestionInfo};
use crate::error::CommandResult;
use crate::state::{now, random_record_id, AppState};

const MAX_ASSESSOR: usize = 200;
const MAX_ID: usize = 100;

fn to_core(a: Answer) -> AnswerValue {
    match a {
        Answer::Choice(c) => AnswerValue::Choice(c),
        Answer::Choices(c) => AnswerValue::Choices(c),
        Answer::Number(n) => AnswerValue::Number(n),
    }
}

fn from_core(a: &AnswerValue) -> Answer {
    match a {
        AnswerValue::Choice(c) => Answer::Choice(c.clone()),
        AnswerValue::Choices(c) => Answer::Choices(c.clone()),
        AnswerValue::Number(n) => Answer::Number(*n),
    }
}

fn form(kind: &QuestionKind, sector: &str) -> QuestionForm {
    let options = |choices: &[digiready_model::instrument::Choice]| {
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
        status: super::status(s.status),
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
            .map(|(k, v)| (k.clone(), from_core(v)))
            .collect(),
        shown,
        unanswered,
        resume_at,
    }
}

fn load(state: &AppState, id: i64) -> CommandResult<AssessmentView> {
    super::check_id(state, id, "id")?;
    let store = state.store()?;
    let (instrument, a) =
        digiready_app::workflow::assessment_with_instrument(&state.content.instruments, &store, id)
            .map_err(|e| state.store_error(&e))?;
    let e = store
        .enterprise(a.summary.enterprise_id)
        .map_err(|e| state.store_error(&e))?;
    Ok(view(instrument, &a, e.name))
}

/// Starts an assessment of an enterprise with the current questionnaire.
#[tauri::command]
pub async fn assessment_start(
    state: State<'_, AppState>,
    enterprise_id: i64,
    assessor: String,
) -> CommandResult<AssessmentView> {
    super::check_id(&state, enterprise_id, "enterprise")?;
    if assessor.chars().count() > MAX_ASSESSOR {
        return Err(super::invalid(&state, "assessor"));
    }
    let record = random_record_id()?;
    let id = {
        let mut store = state.store()?;
        store
            .start_assessment(
                state.content.instruments.current(),
                enterprise_id,
                &assessor,
                state.locale(),
                &record,
                now(),
            )
            .map_err(|e| state.store_error(&e))?
            .id
    };
    load(&state, id)
}

#[tauri::command]
pub async fn assessment_get(state: State<'_, AppState>, id: i64) -> CommandResult<AssessmentView> {
    load(&state, id)
}

/// One change to a draft's answers, made with the draft's questionnaire version in one lock
/// of the store; returns what the form shows after it.
fn change_answer(
    state: &AppState,
    id: i64,
    question: &str,
    change: impl FnOnce(
        &mut digiready_store::Store,
        &Instrument,
    ) -> Result<Vec<String>, digiready_store::StoreError>,
) -> CommandResult<AnswerSaved> {
    super::check_id(state, id, "id")?;
    if question.len() > MAX_ID {
        return Err(super::invalid(state, "question"));
    }
    let err = |e: digiready_store::StoreError| state.store_error(&e);
    let mut store = state.store()?;
    let (instrument, _) =
        digiready_app::workflow::assessment_with_instrument(&state.content.instruments, &store, id)
            .map_err(err)?;
    let removed = change(&mut store, instrument).map_err(err)?;
    let (shown, unanswered) = shown_and_unanswered(instrument, &store.assessment(id).map_err(err)?);
    Ok(AnswerSaved {
        shown,
        unanswered,
        removed,
    })
}

/// Saves one answer (validated by the core) and returns what is shown now.
#[tauri::command]
pub async fn assessment_answer(
    state: State<'_, AppState>,
    id: i64,
    question: String,
    answer: Answer,
) -> CommandResult<AnswerSaved> {
    let answer = to_core(answer);
    change_answer(&state, id, &question, |store, instrument| {
        store.record_answer(instrument, id, &question, &answer, now())
    })
}

/// Removes one answer ("I don't know yet").
#[tauri::command]
pub async fn assessment_clear(
    state: State<'_, AppState>,
    id: i64,
    question: String,
) -> CommandResult<AnswerSaved> {
    change_answer(&state, id, &question, |store, instrument| {
        store.clear_answer(instrument, id, &question, now())
    })
}

/// Finalizes the assessment: from then on it cannot be changed.
#[tauri::command]
pub async fn assessment_finalize(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<AssessmentView> {
    super::check_id(&state, id, "id")?;
    {
        let mut store = state.store()?;
        let (instrument, _) = digiready_app::workflow::assessment_with_instrument(
            &state.content.instruments,
            &store,
            id,
        )
        .map_err(|e| state.store_error(&e))?;
        store
            .finalize_assessment(instrument, id, now())
            .map_err(|e| state.store_error(&e))?;
    }
    load(&state, id)
}
