//! The scoring engine: answers → area scores, overall index, maturity levels.
//!
//! Pure and deterministic. The method (METHOD.md):
//! - A question's score is its points divided by [`MAX_POINTS`]: the chosen option's points
//!   (single choice, yes/no), the sum of the chosen options' points capped at the maximum
//!   (multiple choice), or the points of the highest band the number reaches (number).
//! - A question is *shown* when it applies to the sector and its condition holds on the answer
//!   to an earlier shown question. A hidden question neither counts nor penalises, even when an
//!   answer to it is on record.
//! - An area's score is the weighted mean of its shown, answered questions, × 100. Shown
//!   questions without an answer are listed as unanswered and left out of the score; the
//!   completeness of each area is reported beside it.
//! - The overall index is the weighted mean of the scored areas, with the sector's area weights.
//! - Scores are rounded to one decimal; the maturity level is read from the rounded score.

use crate::answers::{AnswerValue, Answers};
use crate::instrument::{ConditionTest, Instrument, Question, QuestionKind, MAX_POINTS};

/// A 0–100 score and its maturity level (1..=5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rated {
    pub score: f64,
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaScore {
    pub area: String,
    /// `None` when no shown question of the area is answered.
    pub rated: Option<Rated>,
    pub answered: usize,
    pub shown: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub overall: Option<Rated>,
    /// In questionnaire order; areas with no question for the sector are left out.
    pub areas: Vec<AreaScore>,
    /// Shown questions without an answer, in questionnaire order.
    pub unanswered: Vec<String>,
}

impl Scores {
    pub fn area(&self, id: &str) -> Option<&AreaScore> {
        self.areas.iter().find(|a| a.area == id)
    }
}

/// Rounds to one decimal, the precision every score is shown and compared with.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The points (0..=MAX_POINTS) an answer earns. `None` when the answer does not fit the
/// question (callers validate answers before they are stored, so that is skipped here).
pub fn points(question: &Question, value: &AnswerValue) -> Option<f64> {
    match (&question.kind, value) {
        (QuestionKind::Single(_) | QuestionKind::YesNo(_), AnswerValue::Choice(id)) => {
            question.choice(id).map(|c| c.points)
        }
        (QuestionKind::Multiple(_), AnswerValue::Choices(ids)) => {
            let mut sum = 0.0;
            for id in ids {
                sum += question.choice(id)?.points;
            }
            Some(sum.min(MAX_POINTS))
        }
        (QuestionKind::Number { bands, .. }, AnswerValue::Number(n)) => Some(
            bands
                .iter()
                .take_while(|b| *n >= b.min)
                .last()
                .map_or(0.0, |b| b.points),
        ),
        _ => None,
    }
}

/// Whether `question` is shown, given the answers and which earlier questions are shown.
fn condition_holds(question: &Question, answers: &Answers, shown: &[&str]) -> bool {
    let Some(condition) = &question.show_if else {
        return true;
    };
    if !shown.contains(&condition.question.as_str()) {
        return false;
    }
    match (&condition.test, answers.get(&condition.question)) {
        (ConditionTest::AnyOf(options), Some(AnswerValue::Choice(id))) => options.contains(id),
        (ConditionTest::AnyOf(options), Some(AnswerValue::Choices(ids))) => {
            ids.iter().any(|id| options.contains(id))
        }
        (ConditionTest::AtLeast(min), Some(AnswerValue::Number(n))) => n >= min,
        _ => false,
    }
}

/// The questions shown to a firm of `sector` with these answers, in questionnaire order.
pub fn shown_questions<'a>(
    instrument: &'a Instrument,
    sector: &str,
    answers: &Answers,
) -> Vec<&'a Question> {
    let mut shown: Vec<&Question> = Vec::new();
    for question in instrument
        .questions
        .iter()
        .filter(|q| q.applies.includes(sector))
    {
        let ids: Vec<&str> = shown.iter().map(|q| q.id.as_str()).collect();
        if condition_holds(question, answers, &ids) {
            shown.push(question);
        }
    }
    shown
}

/// Scores answers for a sector. Answers are expected to be valid (see
/// [`crate::answers::check_answer`]); one that does not fit its question is treated as absent.
pub fn score(instrument: &Instrument, sector: &str, answers: &Answers) -> Scores {
    let shown = shown_questions(instrument, sector, answers);
    let mut unanswered = Vec::new();
    let mut areas = Vec::new();
    let mut overall_sum = 0.0;
    let mut overall_weight = 0.0;
    for area in &instrument.areas {
        let mut sum = 0.0;
        let mut weight = 0.0;
        let mut answered = 0;
        let mut count = 0;
        for question in shown.iter().filter(|q| q.area == area.id) {
            count += 1;
            match answers.get(&question.id).and_then(|v| points(question, v)) {
                Some(p) => {
                    answered += 1;
                    sum += question.weight * p / MAX_POINTS;
                    weight += question.weight;
                }
                None => unanswered.push(question.id.clone()),
            }
        }
        if count == 0 {
            continue;
        }
        let rated = (weight > 0.0).then(|| {
            let raw = 100.0 * sum / weight;
            let w = area.weight_for(sector);
            overall_sum += w * raw;
            overall_weight += w;
            rate(instrument, raw)
        });
        areas.push(AreaScore {
            area: area.id.clone(),
            rated,
            answered,
            shown: count,
        });
    }
    let overall = (overall_weight > 0.0).then(|| rate(instrument, overall_sum / overall_weight));
    Scores {
        overall,
        areas,
        unanswered,
    }
}

fn rate(instrument: &Instrument, raw: f64) -> Rated {
    let score = round1(raw.clamp(0.0, 100.0));
    Rated {
        score,
        level: instrument.level(score),
    }
}
