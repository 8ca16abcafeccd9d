//! Crash safety through the CLI: the real binary is killed (SIGKILL) at random moments while it
//! saves answers, 200 times; after each kill every answer it acknowledged is in the database
//! and `PRAGMA integrity_check` is ok. (The app's own kill test is in src-tauri/tests/e2e.)

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use digiready::answers::AnswerValue;
use digiready::store::Store;

use crate::util::{self, embedded};

const RUNS: usize = 200;

/// A fixed-seed generator: the same kill moments on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

#[test]
fn killing_the_cli_while_it_saves_loses_no_acknowledged_answer() {
    let (_, instrument) = embedded();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("crash.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa");
    // Questions always shown, with two options to alternate between.
    let none = digiready::answers::Answers::new();
    let questions: Vec<(String, [String; 2])> =
        digiready::scoring::shown_questions(instrument, "retail_wholesale", &none)
            .into_iter()
            .filter(|q| !matches!(q.kind, digiready::instrument::QuestionKind::Multiple(_)))
            .filter_map(|q| {
                let options: Vec<String> = q
                    .kind
                    .choices()
                    .iter()
                    .filter(|c| c.applies.includes("retail_wholesale"))
                    .map(|c| c.id.clone())
                    .collect();
                (options.len() >= 2)
                    .then(|| (q.id.clone(), [options[0].clone(), options[1].clone()]))
            })
            .collect();
    assert!(questions.len() >= 10);
    let answer = |q: &str, v: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_digiready"));
        command
            .arg("--db")
            .arg(&db)
            .args(["assessment", "answer", &aid, q, v])
            .env("DIGIREADY_LOCALE", "en")
            .env("RUST_LOG", "off")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    // How long one save takes, start to exit (the median of five): kills are spread over
    // three times that, so that they land in every phase (start, transaction, exit) and a good
    // share of the runs finish.
    let mut times: Vec<Duration> = (0..5)
        .map(|i| {
            let started = Instant::now();
            let (q, options) = &questions[0];
            let status = answer(q, &options[i % 2]).status().expect("runs");
            assert!(status.success());
            started.elapsed()
        })
        .collect();
    times.sort();
    let span = times[2].as_micros() as u64 * 3;

    // Per question: the last acknowledged value, and values of later runs that were killed
    // (which may or may not have been saved).
    let mut acknowledged: BTreeMap<String, String> =
        BTreeMap::from([(questions[0].0.clone(), questions[0].1[0].clone())]);
    let mut in_flight: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rng = Lcg(2026);
    let (mut killed, mut acked) = (0, 0);
    for i in 0..RUNS {
        let (q, options) = &questions[i % questions.len()];
        let v = &options[(i / questions.len() + 1) % 2];
        let mut child = answer(q, v).spawn().expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.below(span)));
        let _ = child.kill();
        let status = child.wait().expect("wait");
        // A run that ended by itself must have succeeded: any error is a defect.
        assert!(
            status.success() || status.code().is_none(),
            "run {i}: {q}={v} failed: {status}"
        );
        if status.success() {
            acked += 1;
            acknowledged.insert(q.clone(), v.clone());
            in_flight.remove(q);
        } else {
            killed += 1;
            in_flight.entry(q.clone()).or_default().push(v.clone());
        }
        let store = Store::open(&db).expect("the database opens after a kill");
        assert_eq!(store.integrity_check().expect("check"), "ok", "run {i}");
        let answers = store
            .assessment(aid.parse().expect("id"))
            .expect("read")
            .answers;
        for (q, v) in &acknowledged {
            let stored = match answers.get(q) {
                Some(AnswerValue::Choice(s)) => s.clone(),
                other => panic!("run {i}: {q} acknowledged as {v}, stored {other:?}"),
            };
            let allowed = stored == *v || in_flight.get(q).is_some_and(|l| l.contains(&stored));
            assert!(allowed, "run {i}: {q} acknowledged as {v}, stored {stored}");
        }
    }
    println!("{RUNS} runs: {killed} killed before they finished, {acked} acknowledged; every acknowledged answer kept, integrity ok after each");
    assert!(
        killed >= RUNS / 5 && acked >= RUNS / 5,
        "kills {killed}, acknowledged {acked}: the moments did not spread"
    );
}
