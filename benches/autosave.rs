//! Autosave: how long saving one answer takes, from the call to durable on disk, against a raw
//! SQLite insert of a comparable row (issue 8, "Performance, side by side").
//!
//! - `record_answer`: the store's save of one answer (`Store::record_answer`, what
//!   `digiready assessment answer` and the desktop's `assessment_answer` command call): one
//!   IMMEDIATE transaction that reads the assessment, validates the answer, upserts it, drops
//!   the answers it hides and stamps the assessment; WAL with `synchronous = FULL`, so the
//!   commit waits for the disk.
//! - `same, in memory`: `record_answer` on a store in memory — the work a save does besides
//!   waiting for the disk.
//! - `desktop command`: what the desktop's `assessment_answer` command does around it — reads
//!   the assessment with its questionnaire version, saves, reads the assessment back and works
//!   out the questions shown now (its `shown_and_unanswered`).
//! - `raw insert`: a plain rusqlite connection with the same pragmas (journal_mode = WAL,
//!   synchronous = FULL) and the same `answer` table, one `INSERT … ON CONFLICT DO UPDATE`
//!   per IMMEDIATE transaction (a cached statement): the floor any save has to pay.
//!
//! The sides run interleaved (answer `i` on each side in turn, the order rotating), so
//! that they meet the same disk and the same neighbours on a shared machine. Each side saves
//! the same sequence: the questions of a real draft (a micro retailer in Viet
//! Nam, every question of its sector, in questionnaire order), round after round, with a
//! valid value that changes from round to round (conditions hide and show questions as in real
//! use). The database is a real file in a new folder under `target/tmp` (not /tmp, which is
//! often a RAM disk where fsync costs nothing); `df` of that folder is printed, since the disk's
//! flush latency dominates.
//!
//! `cargo bench --bench autosave` (release build). Options after `--`: `--answers N` (default
//! 2000), `--dir DIR` (where the database files go), `--json FILE` (the figures as JSON).
//!
//! Goal (issue 8): autosave p99 ≤ 5 ms.

use std::path::{Path, PathBuf};
use std::time::Instant;

use digiready::answers::AnswerValue;
use digiready::clock::Timestamp;
use digiready::i18n::Catalog;
use digiready::instrument::{load_embedded, Instrument, Instruments, Question, QuestionKind};
use digiready::locale::Locale;
use digiready::scoring::shown_questions;
use digiready::store::{Contact, NewEnterprise, RecordId, Store};
use digiready::workflow::assessment_with_instrument;
use rusqlite::{params, Connection, TransactionBehavior};
use serde_json::json;

/// Saves before the timed ones (file growth, statement and page caches).
const WARM_UP: usize = 20;
const SECTOR: &str = "retail_wholesale";

struct Options {
    answers: usize,
    dir: Option<PathBuf>,
    json: Option<PathBuf>,
}

fn options() -> Options {
    let mut o = Options {
        answers: 2000,
        dir: None,
        json: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&arg));
        match arg.as_str() {
            "--bench" => {}
            "--answers" => o.answers = value().parse().unwrap_or_else(|_| usage("--answers")),
            "--dir" => o.dir = Some(value().into()),
            "--json" => o.json = Some(value().into()),
            other => usage(other),
        }
    }
    if o.answers == 0 {
        usage("--answers");
    }
    o
}

fn usage(bad: &str) -> ! {
    eprintln!(
        "bad argument {bad:?}; usage: cargo bench --bench autosave -- [--answers N] [--dir DIR] [--json FILE]"
    );
    std::process::exit(2)
}

/// The `i`-th save: a question of the sector (in order) and a valid value that changes from
/// one round over the questionnaire to the next.
fn nth_answer<'q>(questions: &[&'q Question], i: usize) -> (&'q Question, AnswerValue) {
    let k = i % questions.len();
    let round = i / questions.len();
    let q = questions[k];
    let offered: Vec<&str> = q
        .kind
        .choices()
        .iter()
        .filter(|c| c.applies.includes(SECTOR))
        .map(|c| c.id.as_str())
        .collect();
    let value = match &q.kind {
        QuestionKind::Single(_) | QuestionKind::YesNo(_) => {
            AnswerValue::Choice(offered[(round + k) % offered.len()].to_string())
        }
        QuestionKind::Multiple(choices) => {
            let open: Vec<&str> = choices
                .iter()
                .filter(|c| c.applies.includes(SECTOR) && !c.exclusive)
                .map(|c| c.id.as_str())
                .collect();
            let first = (round + k) % open.len();
            let mut chosen = vec![open[first].to_string()];
            if round % 2 == 1 && open.len() > 1 {
                chosen.push(open[(first + 1) % open.len()].to_string());
            }
            AnswerValue::Choices(chosen)
        }
        QuestionKind::Number { min, max, .. } => {
            #[allow(clippy::cast_precision_loss)] // small numbers
            let step = ((round * 7 + k) % 11) as f64 / 10.0;
            AnswerValue::Number((min + (max - min) * step).round().clamp(*min, *max))
        }
    };
    (q, value)
}

/// A fresh store (a file at `path`, or in memory) with one registered micro retailer and a
/// draft assessment; its id.
#[allow(clippy::expect_used)]
fn draft(path: Option<&Path>, instrument: &Instrument) -> (Store, i64) {
    let mut store = match path {
        Some(path) => Store::open(path),
        None => Store::open_in_memory(),
    }
    .expect("open store");
    let enterprise = store
        .add_enterprise(
            instrument,
            &NewEnterprise {
                name: "Tạp hóa Minh Anh".to_string(),
                sector: SECTOR.to_string(),
                size_band: "micro".to_string(),
                country: "VN".to_string(),
                province: "Cần Thơ".to_string(),
                district: None,
                contact: Contact::default(),
            },
            Timestamp(1_795_000_000_000),
        )
        .expect("enterprise");
    let assessment = store
        .start_assessment(
            instrument,
            enterprise.id,
            "Lan",
            Locale::Vi,
            &RecordId::from_random_bytes([7; 16]),
            Timestamp(1_795_000_000_000),
        )
        .expect("assessment");
    (store, assessment.id)
}

/// A side of the comparison: its name and its save of the `i`-th answer.
type Side<'a> = (&'static str, Box<dyn FnMut(usize) + 'a>);

/// Runs the sides' saves interleaved — answer `i` on every side, in an order that rotates —
/// so that all sides meet the same disk and the same neighbours; returns each side's timed
/// saves (after the warm-up) in ms.
fn time_interleaved(n: usize, sides: &mut [Side<'_>]) -> Vec<Vec<f64>> {
    let mut times = vec![Vec::with_capacity(n); sides.len()];
    for i in 0..WARM_UP + n {
        for k in 0..sides.len() {
            let s = (i + k) % sides.len();
            let start = Instant::now();
            (sides[s].1)(i);
            if i >= WARM_UP {
                times[s].push(start.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    times
}

/// The store's save of one answer; in memory, the work it does besides the disk's.
#[allow(clippy::expect_used)]
fn ours<'a>(
    path: Option<&Path>,
    instrument: &'a Instrument,
    questions: &'a [&'a Question],
) -> Side<'a> {
    let (mut store, id) = draft(path, instrument);
    (
        if path.is_some() {
            "record_answer"
        } else {
            "  same, in memory"
        },
        Box::new(move |i| {
            let (q, value) = nth_answer(questions, i);
            store
                .record_answer(instrument, id, &q.id, &value, stamp(i))
                .expect("save");
        }),
    )
}

/// The desktop's `assessment_answer` command without the IPC: read, save, read back, shown.
#[allow(clippy::expect_used)]
fn desktop<'a>(
    path: &Path,
    instruments: &'a Instruments,
    questions: &'a [&'a Question],
) -> Side<'a> {
    let (mut store, id) = draft(Some(path), instruments.current());
    (
        "desktop command",
        Box::new(move |i| {
            let (q, value) = nth_answer(questions, i);
            let (instrument, _) =
                assessment_with_instrument(instruments, &store, id).expect("read");
            store
                .record_answer(instrument, id, &q.id, &value, stamp(i))
                .expect("save");
            let a = store.assessment(id).expect("read back");
            let shown = shown_questions(instrument, &a.summary.sector, &a.answers);
            assert!(!shown.is_empty());
        }),
    )
}

/// The floor: the same row upserted with plain rusqlite, one transaction per answer.
#[allow(clippy::expect_used)]
fn raw<'a>(path: &Path, questions: &'a [&'a Question]) -> Side<'a> {
    let mut conn = Connection::open(path).expect("open");
    let _: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .expect("WAL");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("synchronous");
    conn.execute_batch(
        "CREATE TABLE answer (
            assessment_id INTEGER NOT NULL,
            question_id   TEXT NOT NULL,
            value         TEXT NOT NULL CHECK (json_valid(value)),
            answered_at   INTEGER NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        ) WITHOUT ROWID;",
    )
    .expect("table");
    (
        "raw insert",
        Box::new(move |i| {
            let (q, value) = nth_answer(questions, i);
            let json = serde_json::to_string(&value).expect("JSON");
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .expect("begin");
            tx.prepare_cached(
                "INSERT INTO answer (assessment_id, question_id, value, answered_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (assessment_id, question_id)
                 DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            )
            .expect("prepare")
            .execute(params![1, q.id, json, stamp(i).0])
            .expect("insert");
            tx.commit().expect("commit");
        }),
    )
}

fn stamp(i: usize) -> Timestamp {
    Timestamp(1_795_000_000_000 + i64::try_from(i).unwrap_or(i64::MAX))
}

/// p50, p90, p99 (nearest rank), max and mean, in ms.
fn stats(times: &[f64]) -> [f64; 5] {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )]
    let rank =
        |p: f64| sorted[((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1];
    #[allow(clippy::cast_precision_loss)]
    let mean = sorted.iter().sum::<f64>() / sorted.len() as f64;
    [
        rank(0.50),
        rank(0.90),
        rank(0.99),
        sorted[sorted.len() - 1],
        mean,
    ]
}

/// `df -hT` of the folder, or why it could not be run.
fn disk(dir: &Path) -> String {
    match std::process::Command::new("df")
        .arg("-hT")
        .arg(dir)
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout).trim_end().to_string(),
        Err(e) => format!("(df: {e})"),
    }
}

#[allow(clippy::expect_used)]
fn main() {
    let options = options();
    let n = options.answers;
    let catalog = Catalog::embedded();
    let instruments = load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let questions: Vec<&Question> = instrument
        .questions
        .iter()
        .filter(|q| q.applies.includes(SECTOR))
        .collect();

    let parent = options
        .dir
        .clone()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    std::fs::create_dir_all(&parent).expect("folder");
    let dir = tempfile::tempdir_in(&parent).expect("temp folder");
    let df = disk(dir.path());
    println!(
        "autosave: {n} answers per side, interleaved ({WARM_UP} more first, not timed), cycling over the {} questions of a {SECTOR} draft",
        questions.len()
    );
    println!("database files in {}:", dir.path().display());
    for line in df.lines() {
        println!("  {line}");
    }
    if df.contains("tmpfs") {
        println!("  WARNING: a RAM disk; fsync costs nothing here, so these are not disk figures");
    }

    let mut sides = [
        ours(
            Some(&dir.path().join("ours.sqlite3")),
            instrument,
            &questions,
        ),
        ours(None, instrument, &questions),
        desktop(
            &dir.path().join("desktop.sqlite3"),
            &instruments,
            &questions,
        ),
        raw(&dir.path().join("raw.sqlite3"), &questions),
    ];
    let times = time_interleaved(n, &mut sides);
    let sides: Vec<(&str, Vec<f64>)> = sides.iter().map(|s| s.0).zip(times).collect();
    println!(
        "\n{:18} {:>8} {:>8} {:>8} {:>8} {:>8}   (ms)",
        "", "p50", "p90", "p99", "max", "mean"
    );
    let mut results = Vec::new();
    for (name, times) in &sides {
        let s = stats(times);
        println!(
            "{name:18} {:8.3} {:8.3} {:8.3} {:8.3} {:8.3}",
            s[0], s[1], s[2], s[3], s[4]
        );
        results.push(json!({
            "side": name, "p50_ms": s[0], "p90_ms": s[1], "p99_ms": s[2], "max_ms": s[3],
            "mean_ms": s[4],
        }));
    }
    let ours = stats(&sides[0].1);
    let raw = stats(&sides[3].1);
    println!(
        "\nrecord_answer / raw insert: p50 {:.2}×, p90 {:.2}×, p99 {:.2}×",
        ours[0] / raw[0],
        ours[1] / raw[1],
        ours[2] / raw[2]
    );
    println!(
        "goal autosave p99 ≤ 5 ms: {} (p99 {:.2} ms)",
        if ours[2] <= 5.0 { "met" } else { "NOT met" },
        ours[2]
    );
    if let Some(path) = &options.json {
        let value = json!({
            "answers": n,
            "warm_up": WARM_UP,
            "questions": questions.len(),
            "dir": dir.path().display().to_string(),
            "df": df,
            "sides": results,
        });
        std::fs::write(path, serde_json::to_string_pretty(&value).expect("JSON"))
            .expect("write JSON");
    }
}
