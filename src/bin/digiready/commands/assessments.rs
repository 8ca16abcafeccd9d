//! `assessment`: start, answer, show, finalize.

use digiready::answers::AnswerValue;
use digiready::assessment;
use digiready::i18n::format::decimal;
use digiready::i18n::Args;
use digiready::instrument::{Instrument, QuestionKind};
use digiready::scoring;
use digiready::views;
use digiready::workflow::assessment_with_instrument;
use serde_json::json;

use crate::error::CliError;
use crate::AssessmentCmd;

use super::*;
use crate::context::*;

/// Reads a VALUE argument as the question's kind expects it.
pub(crate) fn parse_value(
    instrument: &Instrument,
    question: &str,
    raw: &str,
) -> Result<AnswerValue, CliError> {
    let Some(q) = instrument.question(question) else {
        return Err(digiready::answers::AnswerError::UnknownQuestion {
            question: question.to_string(),
        }
        .into());
    };
    Ok(match q.kind {
        QuestionKind::Multiple(_) => AnswerValue::Choices(
            raw.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
        ),
        QuestionKind::Number { .. } => {
            let cleaned = raw.trim().replace(',', ".");
            let n: f64 = cleaned
                .parse()
                .map_err(|_| CliError::BadNumber(raw.to_string()))?;
            AnswerValue::Number(n)
        }
        _ => AnswerValue::Choice(raw.trim().to_string()),
    })
}

pub(crate) fn value_text(ctx: &Context<'_>, v: &AnswerValue) -> String {
    match v {
        AnswerValue::Choice(c) => c.clone(),
        AnswerValue::Choices(c) => c.join(","),
        AnswerValue::Number(n) => decimal(ctx.locale, *n, 2),
    }
}

pub(crate) fn assessment(ctx: &Context<'_>, cmd: AssessmentCmd) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let mut store = ctx.store()?;
    match cmd {
        AssessmentCmd::Start {
            enterprise,
            assessor,
            json,
        } => {
            let a = store.start_assessment(
                instruments.current(),
                enterprise,
                &assessor,
                ctx.locale,
                &random_record_id()?,
                now(),
            )?;
            if json {
                print_json(&assessment_summary_json(&a));
            } else {
                out!(
                    "{}",
                    ctx.f(
                        "cli-assessment-started",
                        Args::new()
                            .text("id", a.id.to_string())
                            .text("enterprise", enterprise.to_string())
                    )
                );
            }
        }
        AssessmentCmd::Answer {
            id,
            question,
            value,
            clear,
        } => {
            let (instrument, _) = assessment_with_instrument(&instruments, &store, id)?;
            let saved = if clear {
                let saved = assessment::clear(&instruments, &mut store, id, &question, now())?;
                out!(
                    "{}",
                    ctx.f("cli-answer-cleared", Args::new().text("question", question))
                );
                saved
            } else {
                let raw = value.unwrap_or_default();
                let v = parse_value(instrument, &question, &raw)?;
                let saved = assessment::answer(&instruments, &mut store, id, &question, &v, now())?;
                out!(
                    "{}",
                    ctx.f(
                        "cli-answer-saved",
                        Args::new()
                            .text("question", question)
                            .text("value", value_text(ctx, &v))
                    )
                );
                saved
            };
            let cleared = saved.removed;
            if !cleared.is_empty() {
                out!(
                    "{}",
                    ctx.f(
                        "cli-answers-hidden-cleared",
                        Args::new()
                            .count("count", cleared.len())
                            .text("questions", cleared.join(", "))
                    )
                );
            }
        }
        AssessmentCmd::Show { id, json } => {
            let (instrument, a) = assessment_with_instrument(&instruments, &store, id)?;
            let scores = scoring::score(instrument, &a.summary.sector, &a.answers);
            if json {
                let mut v = assessment_summary_json(&a.summary);
                v["answers"] = json!(a.answers);
                v["scores"] = json!(views::scores_view(&scores));
                print_json(&v);
            } else {
                out!(
                    "{}",
                    ctx.f(
                        "cli-assessment-header",
                        Args::new()
                            .text("id", a.summary.id.to_string())
                            .text("enterprise", a.summary.enterprise_id.to_string())
                            .text("status", status_text(ctx, a.summary.status))
                            .text("version", a.summary.instrument_version.clone())
                            .text("assessor", a.summary.assessor.clone())
                            .text("date", ctx.date(a.summary.created_at))
                    )
                );
                for (q, v) in &a.answers {
                    out!("  {q} = {}", value_text(ctx, v));
                }
                print_scores(ctx, instrument, &scores);
            }
        }
        AssessmentCmd::Finalize { id, json } => {
            let (instrument, _) = assessment_with_instrument(&instruments, &store, id)?;
            let a = store.finalize_assessment(instrument, id, now())?;
            if json {
                print_json(&assessment_summary_json(&a));
            } else {
                out!(
                    "{}",
                    ctx.f(
                        "cli-assessment-finalized",
                        Args::new().text("id", a.id.to_string())
                    )
                );
            }
        }
    }
    Ok(())
}
