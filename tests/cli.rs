//! The `digiready` command line, run as a user would, on a real database file.

use crate::util::{digiready, ok, ok_json, stderr};

#[test]
fn the_officer_flow_runs_headless() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("register.sqlite3");
    let e = ok_json(&digiready(
        &db,
        &[
            "enterprise",
            "add",
            "--json",
            "--name",
            "Homestay Bản Lác",
            "--sector",
            "tourism",
            "--size",
            "micro",
            "--country",
            "vn",
            "--province",
            "Hòa Bình",
            "--district",
            "Mai Châu",
            "--phone",
            "0912 000 111",
        ],
    ));
    let eid = e["id"].as_i64().expect("id").to_string();
    assert_eq!(e["country"], "VN");
    let list = ok(&digiready(&db, &["enterprise", "list"]));
    assert!(
        list.contains("Homestay Bản Lác") && list.contains("not assessed yet"),
        "{list}"
    );

    let a = ok_json(&digiready(
        &db,
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
    let aid = a["id"].as_i64().expect("id").to_string();
    assert_eq!(a["status"], "draft");
    assert_eq!(a["record_id"].as_str().expect("record id").len(), 32);
    for (q, v) in [
        ("ec-online-orders", "platform"),
        ("ec-channels", "social,travel-sites"),
        ("ec-online-sales-share", "35,5"),
        ("ep-accept-methods", "qr"),
        ("se-personal-data", "yes"),
    ] {
        ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
    }
    let shown = ok_json(&digiready(&db, &["assessment", "show", "--json", &aid]));
    assert_eq!(shown["answers"]["ec-online-sales-share"], 35.5);
    assert_eq!(
        shown["answers"]["ec-channels"],
        serde_json::json!(["social", "travel-sites"])
    );
    let ec = &shown["scores"]["areas"][0];
    assert_eq!(ec["area"], "ecommerce");
    assert_eq!(ec["answered"], 3);
    // platform 3 × 1.5 + channels 2.5 + share (25-50%) 3 = 10 points over weight 3.5 → 71.4
    assert_eq!(ec["score"], 71.4);
    assert!(shown["scores"]["unanswered"]
        .as_array()
        .expect("list")
        .iter()
        .any(|q| q == "ec-online-presence"));

    // A wrong answer is refused with a clear message and a non-zero exit; nothing changes.
    let bad = digiready(
        &db,
        &[
            "assessment",
            "answer",
            &aid,
            "ec-online-orders",
            "sometimes",
        ],
    );
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("has no answer \"sometimes\""),
        "{}",
        stderr(&bad)
    );
    ok(&digiready(
        &db,
        &["assessment", "answer", &aid, "--clear", "se-personal-data"],
    ));

    ok(&digiready(&db, &["assessment", "finalize", &aid]));
    let late = digiready(
        &db,
        &["assessment", "answer", &aid, "ec-online-orders", "own-shop"],
    );
    assert!(!late.status.success());
    assert!(stderr(&late).contains("is finalized"), "{}", stderr(&late));
    let show = ok(&digiready(&db, &["enterprise", "show", &eid]));
    assert!(
        show.contains("finalized") && show.contains("0912 000 111"),
        "{show}"
    );
}

#[test]
fn errors_are_in_the_users_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("d.sqlite3");
    let en = digiready(&db, &["assessment", "show", "99"]);
    assert!(!en.status.success());
    assert!(
        stderr(&en).contains("There is no assessment with number 99"),
        "{}",
        stderr(&en)
    );
    for locale in ["vi", "lo"] {
        let out = digiready(&db, &["--locale", locale, "assessment", "show", "99"]);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(
            err.contains("99") && !err.contains("There is no assessment"),
            "{locale}: {err}"
        );
    }
}

#[test]
fn a_malformed_answer_file_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("d.sqlite3");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, r#"{"instrument": "2026.1", "country": "XX", "sector": "retail_wholesale", "size": "tiny", "answers": {"ec-online-orders": "maybe", "nope": 1}}"#).expect("write");
    let out = digiready(&db, &["score", "--answers", &file.to_string_lossy()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    for needle in [
        "Unknown country \"XX\"",
        "no answer \"maybe\"",
        "no question \"nope\"",
    ] {
        assert!(err.contains(needle), "{needle}: {err}");
    }
    std::fs::write(&file, "{not json").expect("write");
    let out = digiready(&db, &["score", "--answers", &file.to_string_lossy()]);
    assert!(
        !out.status.success() && stderr(&out).contains("not a valid answer file"),
        "{}",
        stderr(&out)
    );
    let missing = digiready(&db, &["score", "--answers", "/nonexistent/answers.json"]);
    assert!(!missing.status.success() && stderr(&missing).contains("Cannot read"));
}

#[test]
fn instrument_show_gives_the_questionnaire_for_a_sector() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("d.sqlite3");
    let v = ok_json(&digiready(
        &db,
        &[
            "--locale",
            "vi",
            "instrument",
            "show",
            "--sector",
            "tourism",
            "--json",
        ],
    ));
    assert_eq!(v["locale"], "vi");
    let questions = v["questions"].as_array().expect("questions");
    assert!(
        !questions.iter().any(|q| q["id"] == "ec-delivery"),
        "not asked in tourism"
    );
    let channels = questions
        .iter()
        .find(|q| q["id"] == "ec-channels")
        .expect("ec-channels");
    assert_eq!(channels["kind"], "multiple");
    let options: Vec<_> = channels["options"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| o["id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        options.contains(&"travel-sites".to_string())
            && !options.contains(&"farm-platforms".to_string())
    );
    let share = questions
        .iter()
        .find(|q| q["id"] == "ec-online-sales-share")
        .expect("share");
    assert_eq!(share["show_if"]["question"], "ec-online-orders");
    assert!(
        share["text"]
            .as_str()
            .expect("text")
            .chars()
            .any(|c| "ạảãáàăâđêôơư".contains(c)),
        "{}",
        share["text"]
    );
    let bad = digiready(&db, &["instrument", "show", "--sector", "mining"]);
    assert!(!bad.status.success() && stderr(&bad).contains("Unknown sector"));
}

/// Answer processes are killed (SIGKILL) at varying moments; every answer whose process
/// reported success is still there afterwards and the database stays sound.
#[test]
fn answers_acknowledged_before_a_kill_are_kept() {
    use std::collections::{BTreeMap, BTreeSet};
    use std::process::{Command, Stdio};

    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("kill.sqlite3");
    let (_, aid) = crate::util::register_and_start(
        &db,
        &[
            "--name",
            "Xưởng may Hoa",
            "--sector",
            "manufacturing",
            "--size",
            "small",
            "--country",
            "VN",
            "--province",
            "Nam Định",
        ],
    );

    let questions: [(&str, [&str; 5]); 4] = [
        (
            "cn-internet",
            [
                "none",
                "personal-mobile",
                "business-mobile",
                "fixed",
                "fixed-and-backup",
            ],
        ),
        (
            "cl-backup",
            [
                "none",
                "sometimes",
                "monthly-copy",
                "automatic",
                "automatic-tested",
            ],
        ),
        (
            "st-plan",
            ["none", "ideas", "goals", "plan-budget", "reviewed"],
        ),
        (
            "sk-who-can",
            [
                "no-one",
                "with-help",
                "owner",
                "owner-and-some",
                "most-trained",
            ],
        ),
    ];
    // Per question: the values it may hold now (the last acknowledged one, plus any attempted
    // since, whose process was killed before it could say).
    // How long one answer takes on this machine, so that kills land before, during and after.
    let timer = std::time::Instant::now();
    ok(&digiready(
        &db,
        &["assessment", "answer", &aid, "cn-internet", "none"],
    ));
    let typical = timer.elapsed();
    let mut possible: BTreeMap<&str, BTreeSet<&str>> =
        BTreeMap::from([("cn-internet", BTreeSet::from(["none"]))]);
    let mut ever_acknowledged: BTreeSet<&str> = BTreeSet::from(["cn-internet"]);
    let (mut acknowledged, mut killed) = (0, 0);
    for round in 0..60usize {
        let (q, values) = questions[round % questions.len()];
        let v = values[(round * 7 + round / 4) % values.len()];
        let mut child = Command::new(env!("CARGO_BIN_EXE_digiready"))
            .arg("--db")
            .arg(&db)
            .args(["assessment", "answer", &aid, q, v])
            .env("RUST_LOG", "off")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // From right after the start to a little past a typical answer's whole run.
        std::thread::sleep(typical.mul_f64((round % 10) as f64 / 8.0));
        match child.try_wait().expect("wait") {
            Some(status) => {
                assert!(status.success(), "round {round}");
                possible.insert(q, BTreeSet::from([v]));
                ever_acknowledged.insert(q);
                acknowledged += 1;
            }
            None => {
                child.kill().expect("kill");
                let _ = child.wait();
                possible.entry(q).or_default().insert(v);
                killed += 1;
            }
        }
    }
    let store = digiready::store::Store::open(&db).expect("reopen");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    let answers = store
        .assessment(aid.parse().expect("id"))
        .expect("assessment")
        .answers;
    for (q, values) in &possible {
        if let Some(digiready::answers::AnswerValue::Choice(stored)) = answers.get(*q) {
            assert!(
                values.contains(stored.as_str()),
                "{q}: stored {stored}, possible {values:?}"
            );
        } else {
            assert!(
                !ever_acknowledged.contains(q),
                "{q}: an acknowledged answer was lost"
            );
        }
    }
    assert!(
        acknowledged > 0,
        "no process finished; the test proves nothing"
    );
    eprintln!("kill test: {acknowledged} acknowledged, {killed} killed");
}

/// The plan of a stored assessment, with the benchmarks installed on first run.
#[test]
fn a_stored_assessment_gets_its_comparison_and_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("plan.sqlite3");
    let (_, aid) = crate::util::register_and_start(
        &db,
        &[
            "--name",
            "Nhà nghỉ Sông Hồng",
            "--sector",
            "tourism",
            "--size",
            "micro",
            "--country",
            "VN",
            "--province",
            "Hà Nội",
        ],
    );
    for (q, v) in [
        ("ec-online-presence", "social-page"),
        ("ec-direct-booking", "chat"),
        ("ep-accept-methods", "cash-only"),
        ("cl-backup", "none"),
        ("cn-internet", "personal-mobile"),
    ] {
        ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
    }
    let out = ok_json(&digiready(&db, &["plan", "--json", "--assessment", &aid]));
    assert_eq!(out["sector"], "tourism");
    let areas = out["comparison"]["areas"].as_array().expect("areas");
    assert!(!areas.is_empty());
    for a in areas {
        assert_eq!(a["group"]["sector"], "tourism", "{a}");
        assert_eq!(a["provenance"]["kind"], "modelled");
    }
    let first: Vec<&str> = out["plan"]["horizons"][0]["actions"]
        .as_array()
        .expect("30 days")
        .iter()
        .filter_map(|a| a["action"].as_str())
        .collect();
    assert!(!first.is_empty());
    // Being paid comes before selling online: a shop that takes only cash is first shown QR.
    let all: Vec<&str> = out["plan"]["horizons"]
        .as_array()
        .expect("horizons")
        .iter()
        .flat_map(|h| {
            h["actions"]
                .as_array()
                .expect("actions")
                .iter()
                .filter_map(|a| a["action"].as_str())
        })
        .collect();
    if let (Some(qr), Some(shop)) = (
        all.iter().position(|a| *a == "ep-accept-qr"),
        all.iter().position(|a| *a == "ec-direct-booking-page"),
    ) {
        assert!(qr < shop, "{all:?}");
    }
    let lao = ok(&digiready(
        &db,
        &["--locale", "lo", "plan", "--assessment", &aid],
    ));
    assert!(
        lao.contains("ພາຍໃນ 30 ວັນຂ້າງໜ້າ") && lao.contains("ບາດກ້າວທຳອິດ"),
        "{lao}"
    );
}
