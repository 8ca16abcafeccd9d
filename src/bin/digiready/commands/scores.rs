//! `score`: an answer file scored.

use std::path::Path;

use digiready::answers::AnswerFile;
use digiready::i18n::Args;
use digiready::instrument::{Instrument, Instruments};
use digiready::scoring::{self, Scores};
use digiready::views;
use serde_json::json;

use crate::error::CliError;

use crate::context::*;

pub(crate) fn print_scores(ctx: &Context<'_>, instrument: &Instrument, scores: &Scores) {
    let level_name = |l: u8| ctx.t(&format!("level-{l}"));
    match scores.overall {
        Some(r) => out!(
            "{}",
            ctx.f(
                "cli-overall",
                Args::new()
                    .text("score", ctx.num(r.score))
                    .count("level", r.level.into())
                    .text("level-name", level_name(r.level))
            )
        ),
        None => out!("{}", ctx.t("cli-overall-none")),
    }
    for a in &scores.areas {
        let area = instrument
            .area(&a.area)
            .map(|x| ctx.t(&x.message_id()))
            .unwrap_or_default();
        let args = Args::new()
            .text("area", area)
            .count("answered", a.answered)
            .count("shown", a.shown);
        match a.rated {
            Some(r) => out!(
                "  {}",
                ctx.f(
                    "cli-area-line",
                    args.text("score", ctx.num(r.score))
                        .count("level", r.level.into())
                        .text("level-name", level_name(r.level))
                )
            ),
            None => out!("  {}", ctx.f("cli-area-line-none", args)),
        }
    }
    if !scores.unanswered.is_empty() {
        out!(
            "{}",
            ctx.f(
                "cli-unanswered",
                Args::new().count("count", scores.unanswered.len())
            )
        );
        for q in &scores.unanswered {
            out!("  - [{q}] {}", ctx.t(&format!("q-{q}")));
        }
    }
}

pub(crate) fn score(ctx: &Context<'_>, path: &Path, json: bool) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let text = read_text(path, digiready::answers::MAX_FILE_BYTES)?;
    let file = AnswerFile::from_json(&text).map_err(|e| CliError::AnswerFile(vec![e]))?;
    let instrument = instruments
        .get(&file.instrument)
        .ok_or_else(|| unknown_version(&instruments, &file.instrument))?;
    let errors = file.check(instrument);
    if !errors.is_empty() {
        return Err(CliError::AnswerFile(errors));
    }
    let scores = scoring::score(instrument, &file.sector, &file.answers);
    if json {
        let mut v = json!(views::scores_view(&scores));
        v["instrument"] = json!(file.instrument);
        v["country"] = json!(file.country);
        v["sector"] = json!(file.sector);
        v["size"] = json!(file.size);
        print_json(&v);
    } else {
        print_scores(ctx, instrument, &scores);
    }
    Ok(())
}

pub(crate) fn known_versions(instruments: &Instruments) -> String {
    instruments
        .all()
        .iter()
        .map(|i| i.version.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn unknown_version(instruments: &Instruments, version: &str) -> CliError {
    CliError::AnswerFile(vec![
        digiready::answers::AnswerFileError::InstrumentVersion {
            found: version.to_string(),
            expected: known_versions(instruments),
        },
    ])
}
