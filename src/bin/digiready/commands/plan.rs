//! `plan`: the comparison with peers and the improvement plan.

use std::path::Path;

use digiready::answers::AnswerFile;
use digiready::benchmark::{seed_packs, Group, Provenance};
use digiready::i18n::Args;
use digiready::instrument::QuestionKind;
use digiready::plan::{analyse, Analysis, PlanConfig};
use digiready::views::{self, Subject, Words};
use digiready::workflow::{assessment_with_instrument, firm_in};
use serde_json::json;

use crate::error::CliError;

use super::*;
use crate::context::*;

pub(crate) fn group_text(ctx: &Context<'_>, g: &Group) -> String {
    digiready::benchmark::describe::group_text(ctx.catalog, ctx.locale, g)
}

pub(crate) fn provenance_text(ctx: &Context<'_>, p: &Provenance) -> String {
    digiready::benchmark::describe::provenance_text(ctx.catalog, ctx.locale, p)
}

pub(crate) fn plan(
    ctx: &Context<'_>,
    assessment: Option<i64>,
    answers_file: Option<&Path>,
    json: bool,
) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let words = Words {
        catalog: ctx.catalog,
        locale: ctx.locale,
    };
    // A stored assessment's view is the app layer's, as the desktop shows it.
    if let (true, Some(id)) = (json, assessment) {
        let view = views::assessment_view(words, &instruments, &ctx.store()?, id)?;
        print_json(&json!(view));
        return Ok(());
    }
    // The firm: from the store, or from an answer file (then with the built-in benchmarks).
    let (instrument, country, sector, size, province, answers, rows) =
        match (assessment, answers_file) {
            (Some(id), _) => {
                let store = ctx.store()?;
                let (instrument, a) = assessment_with_instrument(&instruments, &store, id)?;
                let rows = store.benchmark_rows(&a.summary.country)?;
                let s = a.summary;
                (
                    instrument,
                    s.country,
                    s.sector,
                    s.size_band,
                    Some(s.province),
                    a.answers,
                    rows,
                )
            }
            (None, Some(path)) => {
                let file =
                    AnswerFile::from_json(&read_text(path, digiready::answers::MAX_FILE_BYTES)?)
                        .map_err(|e| CliError::AnswerFile(vec![e]))?;
                let instrument = instruments
                    .get(&file.instrument)
                    .ok_or_else(|| unknown_version(&instruments, &file.instrument))?;
                let errors = file.check(instrument);
                if !errors.is_empty() {
                    return Err(CliError::AnswerFile(errors));
                }
                let rows = seed_packs()
                    .into_iter()
                    .filter(|p| p.country == file.country)
                    .flat_map(|p| p.rows)
                    .collect();
                (
                    instrument,
                    file.country,
                    file.sector,
                    file.size,
                    None,
                    file.answers,
                    rows,
                )
            }
            (None, None) => unreachable!("clap requires one of them"),
        };
    let firm = firm_in(&country, &sector, &size, province.as_deref());
    let analysis = analyse(instrument, &rows, &firm, &answers, PlanConfig::default());
    if json {
        let subject = Subject {
            country: &country,
            sector: &sector,
            size: &size,
        };
        print_json(&json!(views::analysis_view(
            words, instrument, subject, &analysis
        )));
        return Ok(());
    }
    let Analysis {
        scores,
        comparison,
        plan,
    } = analysis;
    let who =
        |action: &str| views::who_can_help_id(ctx.catalog, action, &country).map(|id| ctx.t(&id));

    // For people: the comparison, then the plan.
    print_scores(ctx, instrument, &scores);
    if !comparison.areas.is_empty() {
        out!("\n{}", ctx.t("cli-compare-header"));
        for a in &comparison.areas {
            let area = instrument
                .area(&a.area)
                .map(|x| ctx.t(&x.message_id()))
                .unwrap_or_default();
            out!(
                "  {}",
                ctx.f(
                    "cli-compare-area",
                    Args::new()
                        .text("area", area)
                        .text("score", ctx.num(a.score))
                        .text("percentile", ctx.num(a.percentile))
                        .text("median", ctx.num(a.median))
                        .text("group", group_text(ctx, &a.group))
                )
            );
            out!("      ({})", provenance_text(ctx, &a.provenance));
        }
        for p in &comparison.practices {
            let id = match p.follows {
                Some(true) => "cli-compare-practice-yes",
                Some(false) => "cli-compare-practice-no",
                None => "cli-compare-practice-unknown",
            };
            out!(
                "  {}",
                ctx.f(
                    id,
                    Args::new()
                        .text("share", format!("{}%", ctx.num(p.share * 100.0)))
                        .text("group", group_text(ctx, &p.group))
                        .text("practice", ctx.t(&format!("practice-{}", p.practice)))
                )
            );
            out!("      ({})", provenance_text(ctx, &p.provenance));
        }
        for i in &comparison.indicators {
            let yours = i
                .yours
                .map_or_else(|| ctx.t("cli-not-answered"), |y| format!("{}%", ctx.num(y)));
            out!(
                "  {}",
                ctx.f(
                    "cli-compare-indicator",
                    Args::new()
                        .text("indicator", ctx.t(&format!("indicator-{}", i.indicator)))
                        .text("group", group_text(ctx, &i.group))
                        .text("mean", format!("{}%", ctx.num(i.mean)))
                        .text("yours", yours)
                )
            );
            out!("      ({})", provenance_text(ctx, &i.provenance));
        }
    }
    let mut n = 0;
    let mut print_item = |i: &digiready::plan::PlanItem| {
        n += 1;
        let action = instrument.action(&i.action);
        out!(
            "{}",
            ctx.f(
                "cli-plan-item",
                Args::new()
                    .count("n", n)
                    .text("title", ctx.t(&format!("act-{}", i.action)))
                    .text(
                        "effort",
                        action
                            .map(|a| ctx.t(&format!("effort-{}", a.effort.as_str())))
                            .unwrap_or_default()
                    )
                    .text(
                        "cost",
                        action
                            .map(|a| ctx.t(&format!("cost-{}", a.cost.as_str())))
                            .unwrap_or_default()
                    )
            )
        );
        out!(
            "     {}",
            ctx.f(
                "cli-plan-step",
                Args::new().text("step", ctx.t(&format!("act-{}.step", i.action)))
            )
        );
        for r in &i.reasons {
            let q = instrument.question(&r.question);
            let answer = q.map_or_else(
                || r.answer.clone(),
                |q| match q.kind {
                    QuestionKind::Number { .. } => format!(
                        "≥ {}",
                        r.answer
                            .parse::<f64>()
                            .map_or_else(|_| r.answer.clone(), |n| ctx.num(n))
                    ),
                    _ => ctx.t(&q.choice_message_id(&r.answer)),
                },
            );
            let area = instrument
                .area(&r.area)
                .map(|x| ctx.t(&x.message_id()))
                .unwrap_or_default();
            let id = match q.map(|q| &q.kind) {
                Some(QuestionKind::Multiple(_)) => "cli-plan-why-missing",
                _ => "cli-plan-why",
            };
            out!(
                "     {}",
                ctx.f(
                    id,
                    Args::new()
                        .text("question", ctx.t(&format!("q-{}", r.question)))
                        .text("answer", answer)
                        .text("area", area)
                        .text("points", ctx.num(r.area_gain))
                )
            );
        }
        if let Some(gap) = i.peer_gap.filter(|g| *g >= 1.0) {
            let mark = i
                .peer_provenance
                .as_ref()
                .map(|p| provenance_text(ctx, p))
                .unwrap_or_default();
            out!(
                "     {}",
                ctx.f(
                    "cli-plan-peer-gap",
                    Args::new()
                        .text("gap", ctx.num(gap))
                        .text("provenance", mark)
                )
            );
        }

        if !i.after.is_empty() {
            let titles: Vec<String> = i.after.iter().map(|a| ctx.t(&format!("act-{a}"))).collect();
            out!(
                "     {}",
                ctx.f(
                    "cli-plan-after",
                    Args::new().text("actions", titles.join("; "))
                )
            );
        }
        if let Some(w) = who(&i.action) {
            out!("     {}", ctx.f("cli-plan-who", Args::new().text("who", w)));
        }
    };
    for (days, items) in &plan.horizons {
        out!("\n== {} ==", ctx.t(&format!("horizon-{days}")));
        for i in items {
            print_item(i);
        }
    }
    if !plan.later.is_empty() {
        out!("\n== {} ==", ctx.t("cli-plan-later"));
        for i in &plan.later {
            print_item(i);
        }
    }
    Ok(())
}
