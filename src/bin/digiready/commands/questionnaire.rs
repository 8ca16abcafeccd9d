//! `instrument show` and `instrument check`: the questionnaire as data.

use std::path::Path;

use digiready::i18n::Args;
use digiready::instrument::{
    self, catalog_problems, ConditionTest, Instrument, QuestionKind, MAX_POINTS,
};
use serde_json::{json, Value};

use crate::error::CliError;

use super::*;
use crate::context::*;

pub(crate) fn instrument_show(
    ctx: &Context<'_>,
    version: Option<String>,
    sector: Option<String>,
    json: bool,
) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let instrument = match &version {
        None => instruments.current(),
        Some(v) => instruments.get(v).ok_or_else(|| CliError::UnknownVersion {
            version: v.clone(),
            known: known_versions(&instruments),
        })?,
    };
    if let Some(s) = &sector {
        if instrument.sector(s).is_none() {
            return Err(unknown_sector(instrument, s));
        }
    }
    let questions: Vec<_> = instrument
        .questions
        .iter()
        .filter(|q| sector.as_deref().is_none_or(|s| q.applies.includes(s)))
        .collect();
    let choice_json = |q: &instrument::Question, c: &instrument::Choice| {
        json!({
            "id": c.id,
            "points": c.points,
            "exclusive": c.exclusive,
            "sectors": applies_json(&c.applies),
            "label": ctx.t(&q.choice_message_id(&c.id)),
        })
    };
    if json {
        let value = json!({
            "version": instrument.version,
            "locale": ctx.locale.tag(),
            "max_points": MAX_POINTS,
            "level_floors": instrument.level_floors,
            "levels": (1..=5).map(|l| json!({
                "level": l,
                "name": ctx.t(&format!("level-{l}")),
                "description": ctx.t(&format!("level-{l}.description")),
            })).collect::<Vec<_>>(),
            "areas": instrument.areas.iter().map(|a| json!({
                "id": a.id,
                "group": match a.group { instrument::AreaGroup::Core => "core", instrument::AreaGroup::Foundation => "foundation" },
                "weight": sector.as_deref().map_or(a.weight, |s| a.weight_for(s)),
                "sector_weights": a.sector_weights,
                "name": ctx.t(&a.message_id()),
                "description": ctx.t(&format!("{}.description", a.message_id())),
            })).collect::<Vec<_>>(),
            "sectors": instrument.sectors.iter().map(|s| json!({
                "id": s.id, "name": ctx.t(&s.message_id()), "size_groups": s.size_groups,
            })).collect::<Vec<_>>(),
            "countries": instrument.countries.iter().map(|c| json!({
                "code": c.code,
                "name": ctx.t(&format!("country-{}", c.code)),
                "currency": c.currency,
                "source": c.source,
                "size_bands": c.size_bands.iter().map(|b| json!({
                    "id": b.id,
                    "name": ctx.t(&format!("size-{}", b.id)),
                    "limits": b.limits.iter().map(|(g, l)| (g.clone(), json!({
                        "max_staff": l.max_staff, "max_revenue": l.max_revenue, "max_capital": l.max_capital,
                    }))).collect::<serde_json::Map<_, _>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "questions": questions.iter().map(|q| {
                let mut v = json!({
                    "id": q.id,
                    "area": q.area,
                    "kind": q.kind.name(),
                    "weight": q.weight,
                    "sectors": applies_json(&q.applies),
                    "text": ctx.t(&q.message_id()),
                    "help": ctx.t(&format!("{}.help", q.message_id())),
                    "show_if": q.show_if.as_ref().map(|c| match &c.test {
                        ConditionTest::AnyOf(o) => json!({"question": c.question, "any_of": o}),
                        ConditionTest::AtLeast(n) => json!({"question": c.question, "at_least": n}),
                    }),
                });
                match &q.kind {
                    QuestionKind::Number { min, max, bands } => {
                        v["min"] = json!(min);
                        v["max"] = json!(max);
                        v["unit"] = json!(ctx.t(&format!("{}.unit", q.message_id())));
                        v["bands"] = bands.iter().map(|b| json!({"min": b.min, "points": b.points})).collect();
                    }
                    kind => {
                        v["options"] = kind
                            .choices()
                            .iter()
                            .filter(|c| sector.as_deref().is_none_or(|s| c.applies.includes(s)))
                            .map(|c| choice_json(q, c))
                            .collect();
                    }
                }
                v
            }).collect::<Vec<_>>(),
        });
        print_json(&value);
        return Ok(());
    }
    let mut current_area = "";
    for q in questions {
        if q.area != current_area {
            current_area = &q.area;
            let area = instrument
                .area(&q.area)
                .map(|a| ctx.t(&a.message_id()))
                .unwrap_or_default();
            out!("\n== {area} ==");
        }
        out!(
            "{}",
            ctx.f(
                "cli-question-line",
                Args::new()
                    .text("id", q.id.clone())
                    .text("text", ctx.t(&q.message_id()))
            )
        );
        if let Some(c) = &q.show_if {
            let condition = match &c.test {
                ConditionTest::AnyOf(o) => o.join(" | "),
                ConditionTest::AtLeast(n) => format!("≥ {}", ctx.num(*n)),
            };
            out!(
                "    {}",
                ctx.f(
                    "cli-shown-if",
                    Args::new()
                        .text("question", c.question.clone())
                        .text("condition", condition)
                )
            );
        }
        match &q.kind {
            QuestionKind::Number { min, max, .. } => out!(
                "    - {}",
                ctx.f(
                    "cli-number-line",
                    Args::new()
                        .text("min", ctx.num(*min))
                        .text("max", ctx.num(*max))
                        .text("unit", ctx.t(&format!("{}.unit", q.message_id())))
                )
            ),
            kind => {
                for c in kind
                    .choices()
                    .iter()
                    .filter(|c| sector.as_deref().is_none_or(|s| c.applies.includes(s)))
                {
                    out!(
                        "    - {}",
                        ctx.f(
                            "cli-option-line",
                            Args::new()
                                .text("id", c.id.clone())
                                .text("label", ctx.t(&q.choice_message_id(&c.id)))
                                .text("points", ctx.num(c.points))
                        )
                    );
                }
            }
        }
    }
    Ok(())
}

pub(crate) fn applies_json(applies: &instrument::Applies) -> Value {
    match applies {
        instrument::Applies::All => json!("all"),
        instrument::Applies::Only(list) => json!(list),
    }
}

pub(crate) fn unknown_sector(instrument: &Instrument, sector: &str) -> CliError {
    CliError::UnknownSector {
        sector: sector.to_string(),
        known: instrument
            .sectors
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

pub(crate) fn instrument_check(
    ctx: &Context<'_>,
    dir: Option<&Path>,
    locales: Option<&Path>,
) -> Result<(), CliError> {
    let owned;
    let catalog = match locales {
        Some(path) => {
            owned = digiready::files::catalog_from_dir(path).map_err(catalog_problems)?;
            &owned
        }
        None => ctx.catalog,
    };
    let checked = match dir {
        Some(d) => vec![digiready::files::load_instrument_dir(d, catalog)?],
        None => instrument::load_embedded(catalog)?.all().to_vec(),
    };
    for instrument in checked {
        out!(
            "{}",
            ctx.f(
                "cli-check-ok",
                Args::new()
                    .text("version", instrument.version.clone())
                    .count("questions", instrument.questions.len())
                    .count("areas", instrument.areas.len())
            )
        );
    }
    Ok(())
}
