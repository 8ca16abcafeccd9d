//! Helpers shared by every test module.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use digiready::answers::{AnswerValue, Answers};
use digiready::i18n::Catalog;
use digiready::instrument::{self, Instrument, Instruments, Question, QuestionKind};
use digiready::scoring::shown_questions;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures(dir: &str) -> PathBuf {
    root().join("tests/fixtures").join(dir)
}

/// The built-in catalog and the newest questionnaire, which must load without a problem.
pub fn embedded() -> (&'static Catalog, &'static Instrument) {
    let (catalog, all) = embedded_all();
    (catalog, all.current())
}

/// The built-in catalog and every built-in questionnaire version, loaded once per test run.
pub fn embedded_all() -> (&'static Catalog, &'static Instruments) {
    static EMBEDDED: OnceLock<(Catalog, Instruments)> = OnceLock::new();
    let (catalog, all) = EMBEDDED.get_or_init(|| {
        let catalog = Catalog::embedded();
        match instrument::load_embedded(&catalog) {
            Ok(all) => (catalog, all),
            Err(p) => panic!(
                "the built-in questionnaire has problems:\n{}",
                p.0.iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    });
    (catalog, all)
}

/// Runs the real `digiready` binary with a private database and English messages.
pub fn digiready(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_digiready"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("DIGIREADY_LOCALE", "en")
        .env("RUST_LOG", "off")
        .output()
        .expect("the digiready binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts success and returns stdout.
#[track_caller]
pub fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "command failed:\nstdout: {}\nstderr: {}",
        stdout(o),
        stderr(o)
    );
    stdout(o)
}

/// Asserts success and parses stdout as JSON.
#[track_caller]
pub fn ok_json(o: &Output) -> serde_json::Value {
    let out = ok(o);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Runs a command-line tool (poppler's pdftotext, pdffonts, pdfinfo) and returns its output.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} must be installed (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Copies a folder tree (for breaking a copy of the definition).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// Every row of `tables` as text (`table: cell | cell …`), in a stable order: for checking that
/// a database holds exactly what it held before.
pub fn dump_tables(path: &Path, tables: &[&str]) -> Vec<String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open read-only");
    let mut out = Vec::new();
    for table in tables {
        let columns = conn
            .prepare(&format!("SELECT * FROM {table}"))
            .expect("select")
            .column_count();
        let order: Vec<String> = (1..=columns).map(|i| i.to_string()).collect();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT * FROM {table} ORDER BY {}",
                order.join(", ")
            ))
            .expect("select");
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", r.get_ref(i).expect("cell")))
                    .collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .expect("rows");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out
}

/// The whole content of a database: its schema (every table, index and trigger), version and
/// application id, and every row of every table.
pub fn dump(path: &Path) -> Vec<String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open read-only");
    let mut out: Vec<String> = ["user_version", "application_id"]
        .iter()
        .map(|pragma| {
            let value: i64 = conn
                .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
                .expect("pragma");
            format!("{pragma} = {value}")
        })
        .collect();
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        .expect("schema");
    let schema: Vec<(String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("schema rows")
        .map(|r| r.expect("schema row"))
        .collect();
    let tables: Vec<&str> = schema
        .iter()
        .filter(|(kind, _, _)| kind == "table")
        .map(|(_, name, _)| name.as_str())
        .collect();
    out.extend(
        schema
            .iter()
            .map(|(kind, name, sql)| format!("{kind} {name}: {}", sql.as_deref().unwrap_or(""))),
    );
    drop(stmt);
    out.extend(dump_tables(path, &tables));
    out
}

/// Files in a fixture folder whose names end with `suffix`, sorted.
pub fn fixture_files(dir: &str, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures(dir))
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *{suffix} fixtures in {dir}");
    files
}

/// The data-driven check: for each `<name>.answers.json` in `tests/fixtures/<dir>`, `compute`
/// gives a JSON value that must equal `<name>.expected.json`. With DIGIREADY_BLESS=1 the
/// expectations are rewritten instead (check the numbers by hand before committing them).
pub fn check_fixtures(dir: &str, compute: impl Fn(&Path) -> serde_json::Value) {
    for answers in fixture_files(dir, ".answers.json") {
        let name = answers
            .file_name()
            .expect("name")
            .to_string_lossy()
            .replace(".answers.json", ".expected.json");
        let expected_path = answers.with_file_name(name);
        let actual = compute(&answers);
        if std::env::var_os("DIGIREADY_BLESS").is_some() {
            let text = serde_json::to_string_pretty(&actual).expect("json") + "\n";
            std::fs::write(&expected_path, text).expect("write expected");
            continue;
        }
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display())),
        )
        .expect("expected file is JSON");
        assert_eq!(actual, expected, "fixture {}", answers.display());
    }
}

/// Registers an enterprise and starts an assessment through the CLI; returns both ids as text.
pub fn register_and_start(db: &Path, enterprise: &[&str]) -> (String, String) {
    let mut args = vec!["enterprise", "add", "--json"];
    args.extend_from_slice(enterprise);
    let e = ok_json(&digiready(db, &args));
    let eid = e["id"].as_i64().expect("enterprise id").to_string();
    let a = ok_json(&digiready(
        db,
        &[
            "assessment",
            "start",
            "--json",
            "--enterprise",
            &eid,
            "--assessor",
            "Lan",
        ],
    ));
    assert_eq!(a["status"], "draft");
    assert_eq!(a["record_id"].as_str().expect("record id").len(), 32);
    (eid, a["id"].as_i64().expect("assessment id").to_string())
}

/// Registers a micro retailer in Cần Thơ (Viet Nam) named `name` and starts its assessment.
pub fn start_can_tho_retailer(db: &Path, name: &str) -> (String, String) {
    register_and_start(
        db,
        &[
            "--name",
            name,
            "--sector",
            "retail_wholesale",
            "--size",
            "micro",
            "--country",
            "VN",
            "--province",
            "Cần Thơ",
        ],
    )
}

// ---- Answers for property tests and extremes ----

/// The lowest answer to a question for a sector.
pub fn lowest(q: &Question, sector: &str) -> AnswerValue {
    match &q.kind {
        QuestionKind::Number { min, .. } => AnswerValue::Number(*min),
        QuestionKind::Multiple(choices) => AnswerValue::Choices(vec![choices
            .iter()
            .filter(|c| c.exclusive && c.applies.includes(sector))
            .min_by(|a, b| a.points.total_cmp(&b.points))
            .expect("an exclusive option")
            .id
            .clone()]),
        kind => AnswerValue::Choice(
            kind.choices()
                .iter()
                .filter(|c| c.applies.includes(sector))
                .min_by(|a, b| a.points.total_cmp(&b.points))
                .expect("options")
                .id
                .clone(),
        ),
    }
}

/// The highest answer to a question for a sector.
pub fn highest(q: &Question, sector: &str) -> AnswerValue {
    match &q.kind {
        QuestionKind::Number { max, .. } => AnswerValue::Number(*max),
        QuestionKind::Multiple(choices) => AnswerValue::Choices(
            choices
                .iter()
                .filter(|c| !c.exclusive && c.applies.includes(sector))
                .map(|c| c.id.clone())
                .collect(),
        ),
        kind => AnswerValue::Choice(
            kind.choices()
                .iter()
                .filter(|c| c.applies.includes(sector))
                .max_by(|a, b| a.points.total_cmp(&b.points))
                .expect("options")
                .id
                .clone(),
        ),
    }
}

/// Answers every question as it becomes shown, with `pick`.
pub fn answer_all(
    instrument: &Instrument,
    sector: &str,
    pick: impl Fn(&Question) -> AnswerValue,
) -> Answers {
    let mut answers = Answers::new();
    loop {
        let next = shown_questions(instrument, sector, &answers)
            .into_iter()
            .find(|q| !answers.contains_key(&q.id));
        match next {
            Some(q) => {
                answers.insert(q.id.clone(), pick(q));
            }
            None => return answers,
        }
    }
}

/// A strictly better answer than `current`, chosen by `seed`, if there is one.
pub fn better(
    q: &Question,
    sector: &str,
    current: &AnswerValue,
    seed: usize,
) -> Option<AnswerValue> {
    let offered = |exclusive: bool| -> Vec<_> {
        q.kind
            .choices()
            .iter()
            .filter(|c| c.applies.includes(sector) && c.exclusive == exclusive)
            .collect()
    };
    match (&q.kind, current) {
        (QuestionKind::Number { bands, max, .. }, AnswerValue::Number(n)) => {
            let higher: Vec<f64> = bands
                .iter()
                .map(|b| b.min)
                .filter(|m| m > n)
                .chain([*max])
                .filter(|m| m > n)
                .collect();
            (!higher.is_empty()).then(|| AnswerValue::Number(higher[seed % higher.len()]))
        }
        (QuestionKind::Multiple(_), AnswerValue::Choices(ids)) => {
            let extra: Vec<_> = offered(false)
                .into_iter()
                .filter(|c| !ids.contains(&c.id))
                .collect();
            if extra.is_empty() {
                return None;
            }
            let mut next: Vec<String> = ids
                .iter()
                .filter(|id| q.choice(id).is_some_and(|c| !c.exclusive))
                .cloned()
                .collect();
            next.push(extra[seed % extra.len()].id.clone());
            Some(AnswerValue::Choices(next))
        }
        (_, AnswerValue::Choice(id)) => {
            let now = q.choice(id)?.points;
            let up: Vec<_> = offered(false)
                .into_iter()
                .filter(|c| c.points > now)
                .collect();
            (!up.is_empty()).then(|| AnswerValue::Choice(up[seed % up.len()].id.clone()))
        }
        _ => None,
    }
}

/// A random valid answer to a question, chosen by `seed`.
pub fn random_answer(q: &Question, sector: &str, seed: usize) -> AnswerValue {
    match &q.kind {
        QuestionKind::Number { min, max, .. } => {
            let steps = (seed % 101) as f64 / 100.0;
            AnswerValue::Number((min + (max - min) * steps).round())
        }
        QuestionKind::Multiple(choices) => {
            let plain: Vec<_> = choices
                .iter()
                .filter(|c| !c.exclusive && c.applies.includes(sector))
                .collect();
            let chosen: Vec<String> = plain
                .iter()
                .enumerate()
                .filter(|(i, _)| seed >> i & 1 == 1)
                .map(|(_, c)| c.id.clone())
                .collect();
            if chosen.is_empty() {
                lowest(q, sector)
            } else {
                AnswerValue::Choices(chosen)
            }
        }
        kind => {
            let offered: Vec<_> = kind
                .choices()
                .iter()
                .filter(|c| c.applies.includes(sector))
                .collect();
            AnswerValue::Choice(offered[seed % offered.len()].id.clone())
        }
    }
}
