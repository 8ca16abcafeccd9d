//! Crash safety through the CLI: the real binary is killed (SIGKILL) at random moments while it
//! saves answers, 200 times; after each kill every answer it acknowledged is in the database
//! and `PRAGMA integrity_check` is ok. (The app's own kill test is in src-tauri/tests/e2e.)

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use digiready::store::Store;

use crate::kills::{alternating_questions, nth_save, Lcg, Ledger, KILLS};
use crate::util::{self, embedded};

#[test]
fn killing_the_cli_while_it_saves_loses_no_acknowledged_answer() {
    let (_, instrument) = embedded();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("crash.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa");
    let questions = alternating_questions(instrument, "retail_wholesale");
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
    let mut ledger = Ledger::default();
    let mut times: Vec<Duration> = (0..5)
        .map(|i| {
            let started = Instant::now();
            let (q, options) = &questions[0];
            let status = answer(q, &options[i % 2]).status().expect("runs");
            assert!(status.success());
            ledger.acknowledged(q, &options[i % 2]);
            started.elapsed()
        })
        .collect();
    times.sort();
    let span = times[2].as_micros() as u64 * 3;

    let mut rng = Lcg(2026);
    let (mut killed, mut finished) = (0, 0);
    for i in 0..KILLS {
        let (q, v) = nth_save(&questions, i);
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
            finished += 1;
            ledger.acknowledged(q, v);
        } else {
            killed += 1;
            ledger.cut_off(q, v);
        }
        let store = Store::open(&db).expect("the database opens after a kill");
        assert_eq!(store.integrity_check().expect("check"), "ok", "run {i}");
        let answers = store
            .assessment(aid.parse().expect("id"))
            .expect("read")
            .answers;
        if let Err(e) = ledger.check(&answers) {
            panic!("run {i}: {e}");
        }
    }
    println!(
        "{KILLS} runs: {killed} killed before they finished, {finished} acknowledged ({} saves, {} \
         cut off, {} questions); every acknowledged answer kept, integrity ok after each",
        ledger.acks,
        ledger.cut,
        ledger.questions()
    );
    assert!(
        killed >= KILLS / 5 && finished >= KILLS / 5,
        "kills {killed}, acknowledged {finished}: the moments did not spread"
    );
}
