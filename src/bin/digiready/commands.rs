//! One function per command: read inputs, call the core, print.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use digiready::answers::{AnswerFile, AnswerValue};
use digiready::benchmark::{seed_packs, BenchmarkPack, Group, Provenance};
use digiready::clock::{Timestamp, INDOCHINA_TIME_OFFSET_MINUTES};
use digiready::i18n::format::{date, decimal};
use digiready::i18n::{Args, Catalog};
use digiready::instrument::{
    self, catalog_problems, ConditionTest, Instrument, Instruments, QuestionKind, MAX_POINTS,
};
use digiready::locale::Locale;
use digiready::plan::{analyse, Analysis, PlanConfig};
use digiready::scoring::{self, Scores};
use digiready::store::{
    self, AssessmentSummary, Contact, Enterprise, NewEnterprise, RecordId, Status, Store,
    StoreError,
};
use digiready::views::{self, Subject, Words};
use digiready::workflow::{self, assessment_with_instrument, firm_in};
use serde_json::{json, Value};

use crate::error::{CliError, Reason};
use crate::{
    AssessmentCmd, BenchmarksCmd, Command, EnterpriseCmd, EnterpriseFields, InstrumentCmd,
};

/// Prints a line to stdout; when stdout is closed (e.g. `digiready ... | head`), stops quietly
/// instead of panicking. Output is only printed after every write to the database is done.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    pub db: Option<PathBuf>,
}

impl Context<'_> {
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(self.locale, id)
    }

    pub fn f(&self, id: &str, args: Args<'_>) -> String {
        self.catalog.format(self.locale, id, &args)
    }

    pub fn instruments(&self) -> Result<Instruments, CliError> {
        Ok(instrument::load_embedded(self.catalog)?)
    }

    pub fn store(&self) -> Result<Store, CliError> {
        let path = match &self.db {
            Some(p) => p.clone(),
            None => {
                let p = store::default_path().ok_or(CliError::NoDataDir)?;
                if let Some(dir) = p.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| CliError::CreateDir {
                        path: dir.to_path_buf(),
                        reason: e.into(),
                    })?;
                }
                p
            }
        };
        let mut store = Store::open(&path)?;
        store.ensure_seed_benchmarks(&seed_packs(), now())?;
        Ok(store)
    }

    pub fn date(&self, t: Timestamp) -> String {
        date(self.locale, t.date(INDOCHINA_TIME_OFFSET_MINUTES))
    }

    pub fn num(&self, x: f64) -> String {
        decimal(self.locale, x, 1)
    }
}

pub fn now() -> Timestamp {
    Timestamp::from(SystemTime::now())
}

fn random_bytes() -> Result<[u8; 16], CliError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| CliError::ReadFile {
        path: PathBuf::from("<system random source>"),
        reason: e.to_string().into(),
    })?;
    Ok(bytes)
}

fn random_record_id() -> Result<RecordId, CliError> {
    Ok(RecordId::from_random_bytes(random_bytes()?))
}

/// 128 random bits as 32 hex digits, e.g. an export file's id.
pub fn random_hex() -> Result<String, CliError> {
    Ok(digiready::digest::hex(&random_bytes()?))
}

pub fn print_json(value: &Value) {
    out!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

pub fn run(ctx: &Context<'_>, command: Command) -> Result<(), CliError> {
    match command {
        Command::Instrument(InstrumentCmd::Show {
            version,
            sector,
            json,
        }) => instrument_show(ctx, version, sector, json),
        Command::Instrument(InstrumentCmd::Check { dir, locales }) => {
            instrument_check(ctx, dir.as_deref(), locales.as_deref())
        }
        Command::Score { answers, json } => score(ctx, &answers, json),
        Command::Enterprise(cmd) => enterprise(ctx, cmd),
        Command::Assessment(cmd) => assessment(ctx, cmd),
        Command::Benchmarks(cmd) => benchmarks(ctx, cmd),
        Command::Report { assessment, out } => report(ctx, assessment, &out),
        Command::Export {
            anonymized: _,
            out,
            k,
            resend,
            list: _,
            json,
        } => match (out, resend) {
            // clap: --out is required unless --list is given, and --list excludes it.
            (None, _) => crate::agency::list_exports(ctx, json),
            (Some(out), Some(id)) => crate::agency::resend(ctx, &id, &out, json),
            (Some(out), None) => crate::agency::export(ctx, &out, k, json),
        },
        Command::Import {
            files,
            accept_breach,
            json,
        } => crate::agency::import(ctx, &files, accept_breach, json),
        Command::Aggregate {
            by,
            min_firms,
            xlsx,
            csv,
            publish,
            json,
        } => crate::agency::aggregate_cmd(
            ctx,
            &by,
            min_firms,
            (xlsx.as_deref(), csv.as_deref()),
            publish,
            json,
        ),
        Command::Plan {
            assessment,
            answers,
            json,
        } => plan(ctx, assessment, answers.as_deref(), json),
    }
}

// ---- instrument ----

fn instrument_show(
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

fn applies_json(applies: &instrument::Applies) -> Value {
    match applies {
        instrument::Applies::All => json!("all"),
        instrument::Applies::Only(list) => json!(list),
    }
}

fn unknown_sector(instrument: &Instrument, sector: &str) -> CliError {
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

fn instrument_check(
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

// ---- scores ----

fn print_scores(ctx: &Context<'_>, instrument: &Instrument, scores: &Scores) {
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

fn score(ctx: &Context<'_>, path: &Path, json: bool) -> Result<(), CliError> {
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

fn known_versions(instruments: &Instruments) -> String {
    instruments
        .all()
        .iter()
        .map(|i| i.version.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn unknown_version(instruments: &Instruments, version: &str) -> CliError {
    CliError::AnswerFile(vec![
        digiready::answers::AnswerFileError::InstrumentVersion {
            found: version.to_string(),
            expected: known_versions(instruments),
        },
    ])
}

// ---- enterprises ----

fn new_enterprise(f: EnterpriseFields) -> NewEnterprise {
    NewEnterprise {
        name: f.name,
        sector: f.sector,
        size_band: f.size,
        country: f.country.to_ascii_uppercase(),
        province: f.province,
        district: f.district,
        contact: Contact {
            person: f.contact_person,
            phone: f.phone,
            email: f.email,
        },
    }
}

fn enterprise_json(e: &Enterprise) -> Value {
    json!({
        "id": e.id,
        "name": e.name,
        "sector": e.sector,
        "size": e.size_band,
        "country": e.country,
        "province": e.province,
        "district": e.district,
        "contact": {
            "person": e.contact.person,
            "phone": e.contact.phone,
            "email": e.contact.email,
        },
        "created_at": e.created_at.0,
        "updated_at": e.updated_at.0,
    })
}

fn assessment_summary_json(a: &AssessmentSummary) -> Value {
    json!({
        "id": a.id,
        "record_id": a.record_id.as_str(),
        "enterprise": a.enterprise_id,
        "instrument": a.instrument_version,
        "locale": a.locale.tag(),
        "assessor": a.assessor,
        "country": a.country,
        "province": a.province,
        "sector": a.sector,
        "size": a.size_band,
        "status": a.status.as_str(),
        "created_at": a.created_at.0,
        "updated_at": a.updated_at.0,
        "finalized_at": a.finalized_at.map(|t| t.0),
    })
}

fn status_text(ctx: &Context<'_>, s: Status) -> String {
    ctx.t(match s {
        Status::Draft => "cli-status-draft",
        Status::Finalized => "cli-status-finalized",
    })
}

fn enterprise(ctx: &Context<'_>, cmd: EnterpriseCmd) -> Result<(), CliError> {
    match cmd {
        EnterpriseCmd::Add { fields, json } => {
            let instruments = ctx.instruments()?;
            let mut store = ctx.store()?;
            let e = store.add_enterprise(instruments.current(), &new_enterprise(fields), now())?;
            if json {
                print_json(&enterprise_json(&e));
            } else {
                out!(
                    "{}",
                    ctx.f(
                        "cli-enterprise-added",
                        Args::new()
                            .text("id", e.id.to_string())
                            .text("name", e.name)
                    )
                );
            }
        }
        EnterpriseCmd::List { search, json } => {
            let store = ctx.store()?;
            let list = store.enterprises(search.as_deref())?;
            let last: Vec<Option<AssessmentSummary>> = list
                .iter()
                .map(|s| {
                    s.last_assessment
                        .map(|id| store.assessment(id).map(|a| a.summary))
                        .transpose()
                })
                .collect::<Result<_, _>>()?;
            if json {
                print_json(&json!(list
                    .iter()
                    .zip(&last)
                    .map(|(s, a)| {
                        let mut v = enterprise_json(&s.enterprise);
                        v["last_assessment"] =
                            a.as_ref().map_or(Value::Null, assessment_summary_json);
                        v
                    })
                    .collect::<Vec<_>>()));
            } else if list.is_empty() {
                out!("{}", ctx.t("cli-enterprise-none"));
            } else {
                for (s, a) in list.iter().zip(&last) {
                    let e = &s.enterprise;
                    let last = match a {
                        None => ctx.t("cli-enterprise-never"),
                        Some(a) => ctx.f(
                            "cli-enterprise-last",
                            Args::new()
                                .text("assessment", a.id.to_string())
                                .text("status", status_text(ctx, a.status))
                                .text("date", ctx.date(a.updated_at)),
                        ),
                    };
                    out!(
                        "{}",
                        ctx.f(
                            "cli-enterprise-line",
                            Args::new()
                                .text("id", e.id.to_string())
                                .text("name", e.name.clone())
                                .text("sector", ctx.t(&format!("sector-{}", e.sector)))
                                .text("size", ctx.t(&format!("size-{}", e.size_band)))
                                .text("province", e.province.clone())
                                .text("last", last)
                        )
                    );
                }
            }
        }
        EnterpriseCmd::Show { id, json } => {
            let store = ctx.store()?;
            let e = store.enterprise(id)?;
            let assessments = store.assessments_of(id)?;
            if json {
                let mut v = enterprise_json(&e);
                v["assessments"] = assessments.iter().map(assessment_summary_json).collect();
                print_json(&v);
            } else {
                out!("{}. {}", e.id, e.name);
                out!(
                    "  {}: {}",
                    ctx.t("cli-label-sector"),
                    ctx.t(&format!("sector-{}", e.sector))
                );
                out!(
                    "  {}: {} ({})",
                    ctx.t("cli-label-size"),
                    ctx.t(&format!("size-{}", e.size_band)),
                    ctx.t(&format!("country-{}", e.country))
                );
                let place = [Some(e.province.clone()), e.district.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                out!("  {}: {place}", ctx.t("cli-label-place"));
                let contact = [&e.contact.person, &e.contact.phone, &e.contact.email]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>();
                if !contact.is_empty() {
                    out!("  {}: {}", ctx.t("cli-label-contact"), contact.join(", "));
                }
                out!(
                    "  {}: {}",
                    ctx.t("cli-label-registered"),
                    ctx.date(e.created_at)
                );
                for a in &assessments {
                    out!(
                        "  - {}",
                        ctx.f(
                            "cli-enterprise-assessment",
                            Args::new()
                                .text("assessment", a.id.to_string())
                                .text("status", status_text(ctx, a.status))
                                .text("date", ctx.date(a.updated_at))
                        )
                    );
                }
            }
        }
    }
    Ok(())
}

// ---- assessments ----

/// Reads a VALUE argument as the question's kind expects it.
fn parse_value(
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

fn value_text(ctx: &Context<'_>, v: &AnswerValue) -> String {
    match v {
        AnswerValue::Choice(c) => c.clone(),
        AnswerValue::Choices(c) => c.join(","),
        AnswerValue::Number(n) => decimal(ctx.locale, *n, 2),
    }
}

fn assessment(ctx: &Context<'_>, cmd: AssessmentCmd) -> Result<(), CliError> {
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
            let cleared = if clear {
                let cleared = store.clear_answer(instrument, id, &question, now())?;
                out!(
                    "{}",
                    ctx.f("cli-answer-cleared", Args::new().text("question", question))
                );
                cleared
            } else {
                let raw = value.unwrap_or_default();
                let v = parse_value(instrument, &question, &raw)?;
                let cleared = store.record_answer(instrument, id, &question, &v, now())?;
                out!(
                    "{}",
                    ctx.f(
                        "cli-answer-saved",
                        Args::new()
                            .text("question", question)
                            .text("value", value_text(ctx, &v))
                    )
                );
                cleared
            };
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

// ---- benchmarks ----

/// A text file someone hands us, at most `limit` bytes (see `digiready::textfile`).
fn read_text(path: &Path, limit: u64) -> Result<String, CliError> {
    digiready::files::read_text(path, limit).map_err(|e| CliError::ReadFile {
        path: path.to_path_buf(),
        reason: Reason::File(e),
    })
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed.
fn write_atomically(path: &Path, text: &str) -> Result<(), CliError> {
    write_bytes_atomically(path, text.as_bytes())
}

pub fn write_bytes_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    workflow::write_atomically(path, bytes).map_err(|e| CliError::WriteFile {
        path: path.to_path_buf(),
        reason: e.into(),
    })
}

fn benchmarks(ctx: &Context<'_>, cmd: BenchmarksCmd) -> Result<(), CliError> {
    match cmd {
        BenchmarksCmd::Build {
            out,
            country,
            publisher,
            id,
            name,
            version,
            min_firms,
        } => {
            let today = now().date(INDOCHINA_TIME_OFFSET_MINUTES);
            let header = digiready::export::publish::PackHeader {
                id: id.unwrap_or_else(|| format!("{}-agency", country.to_lowercase())),
                name: name.unwrap_or_else(|| publisher.clone()),
                version: version
                    .unwrap_or_else(|| format!("{}.{}.{}", today.year, today.month, today.day)),
                country,
                publisher,
                published: today.to_string(),
            };
            crate::agency::build(ctx, &out, header, min_firms)?;
        }
        BenchmarksCmd::Seal { file } => {
            let pack = BenchmarkPack::seal(&read_text(
                &file,
                digiready::benchmark::pack::MAX_FILE_BYTES,
            )?)
            .map_err(StoreError::Pack)?;
            write_atomically(&file, &pack.to_json())?;
            out!(
                "{}",
                ctx.f(
                    "cli-pack-sealed",
                    Args::new()
                        .text("id", pack.id.clone())
                        .text("version", pack.version.clone())
                        .count("rows", pack.rows.len())
                )
            );
        }
        BenchmarksCmd::Import { file } => {
            let pack = BenchmarkPack::from_json(&read_text(
                &file,
                digiready::benchmark::pack::MAX_FILE_BYTES,
            )?)
            .map_err(StoreError::Pack)?;
            pack.check_ids(ctx.instruments()?.current())
                .map_err(StoreError::Pack)?;
            let mut store = ctx.store()?;
            let outcome = store.install_benchmark_pack(&pack, now())?;
            let id = match outcome {
                digiready::store::InstallOutcome::Installed => "cli-pack-installed",
                digiready::store::InstallOutcome::Replaced => "cli-pack-replaced",
                digiready::store::InstallOutcome::Unchanged => "cli-pack-unchanged",
            };
            out!(
                "{}",
                ctx.f(
                    id,
                    Args::new()
                        .text("id", pack.id.clone())
                        .text("version", pack.version.clone())
                        .count("rows", pack.rows.len())
                )
            );
        }
        BenchmarksCmd::Export { id, out } => {
            let store = ctx.store()?;
            let pack = store.benchmark_pack(&id)?;
            write_atomically(&out, &pack.to_json())?;
            out!(
                "{}",
                ctx.f(
                    "cli-pack-exported",
                    Args::new()
                        .text("id", id)
                        .text("path", out.display().to_string())
                )
            );
        }
        BenchmarksCmd::List { json } => {
            let store = ctx.store()?;
            let packs = store.installed_packs()?;
            if json {
                print_json(&json!(packs
                    .iter()
                    .map(|p| json!({
                        "id": p.pack_id,
                        "name": p.name,
                        "version": p.version,
                        "country": p.country,
                        "publisher": p.publisher,
                        "published": p.published,
                        "sha256": p.sha256,
                        "rows": p.rows,
                    }))
                    .collect::<Vec<_>>()));
            } else {
                for p in &packs {
                    out!(
                        "{}",
                        ctx.f(
                            "cli-pack-line",
                            Args::new()
                                .text("id", p.pack_id.clone())
                                .text("version", p.version.clone())
                                .text("name", p.name.clone())
                                .text("country", ctx.t(&format!("country-{}", p.country)))
                                .text("published", p.published.clone())
                                .count("rows", p.rows)
                        )
                    );
                }
            }
        }
    }
    Ok(())
}

// ---- the improvement plan ----

fn group_text(ctx: &Context<'_>, g: &Group) -> String {
    digiready::benchmark::describe::group_text(ctx.catalog, ctx.locale, g)
}

fn provenance_text(ctx: &Context<'_>, p: &Provenance) -> String {
    digiready::benchmark::describe::provenance_text(ctx.catalog, ctx.locale, p)
}

fn plan(
    ctx: &Context<'_>,
    assessment: Option<i64>,
    answers_file: Option<&Path>,
    json: bool,
) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
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
        let words = Words {
            catalog: ctx.catalog,
            locale: ctx.locale,
        };
        let view = match assessment {
            Some(id) => views::assessment_view(words, &instruments, &ctx.store()?, id)?,
            None => {
                let subject = Subject {
                    country: &country,
                    sector: &sector,
                    size: &size,
                };
                views::analysis_view(words, instrument, subject, &analysis)
            }
        };
        print_json(&json!(view));
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

// ---- the PDF report ----

fn report(ctx: &Context<'_>, id: i64, out_path: &Path) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let store = ctx.store()?;
    let a = workflow::analysed(&instruments, &store, id)?;
    let fonts = digiready::typeset::Fonts::embedded();
    let bytes = workflow::report_pdf(
        &fonts,
        ctx.catalog,
        ctx.locale,
        a.instrument,
        &a.enterprise,
        &a.assessment,
        &a.analysis,
        now().date(INDOCHINA_TIME_OFFSET_MINUTES),
    )
    .map_err(|e| CliError::WriteFile {
        path: out_path.to_path_buf(),
        reason: e.to_string().into(),
    })?;
    write_bytes_atomically(out_path, &bytes)?;
    out!(
        "{}",
        ctx.f(
            "cli-report-saved",
            Args::new()
                .text("path", out_path.display().to_string())
                .count("kb", bytes.len().div_ceil(1024))
        )
    );
    Ok(())
}
