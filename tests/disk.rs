//! A full disk and a read-only folder, on real file systems: each test mounts a small tmpfs of
//! its own (which needs root, as in CI; as another user the tests say so and do nothing),
//! fills it or remounts it read-only, and runs the real CLI and store against it. Every failure
//! must be a clear message in the user's language, leave no half-written file, and lose
//! nothing that was saved before.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use digiready::clock::Timestamp;
use digiready::locale::Locale;
use digiready::store::{Store, StoreError};

use crate::util::{self, digiready, embedded, ok, stderr};

/// A tmpfs mounted on a temporary folder for the life of the value.
struct Mount {
    point: PathBuf,
    _dir: tempfile::TempDir,
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn run(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

impl Mount {
    /// A tmpfs of `kib` KiB, or None (with a note) when not run as root.
    fn tmpfs(kib: u32) -> Option<Mount> {
        if !is_root() {
            eprintln!("skipped: mounting a small file system needs root (CI runs as root)");
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let point = dir.path().join("mnt");
        std::fs::create_dir(&point).expect("mount point");
        let p = point.to_str().expect("path");
        assert!(
            run(
                "mount",
                &["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs", p]
            ),
            "mount a tmpfs on {p}"
        );
        Some(Mount { point, _dir: dir })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.point.join(name)
    }

    /// Writes a filler file until the file system has no block left; returns its path.
    fn fill(&self) -> PathBuf {
        let path = self.path("filler");
        let mut f = std::fs::File::create(&path).expect("filler");
        let block = [0u8; 4096];
        loop {
            if let Err(e) = f.write_all(&block).and_then(|()| f.sync_all()) {
                assert_eq!(e.kind(), std::io::ErrorKind::StorageFull, "{e}");
                break;
            }
        }
        path
    }

    fn read_only(&self) {
        let p = self.point.to_str().expect("path");
        assert!(
            run("mount", &["-o", "remount,ro", p]),
            "remount {p} read-only"
        );
    }

    /// The names in the folder, sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.point)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.point).status();
    }
}

/// The CLI with its messages in `locale`.
fn digiready_in(locale: Locale, db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_digiready"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("DIGIREADY_LOCALE", locale.to_string())
        .env("RUST_LOG", "off")
        .output()
        .expect("runs")
}

/// Choice questions always shown to a retailer, each with one of its options.
fn retail_choices() -> Vec<(String, String)> {
    let (_, instrument) = embedded();
    let none = digiready::answers::Answers::new();
    digiready::scoring::shown_questions(instrument, "retail_wholesale", &none)
        .into_iter()
        .filter(|q| !matches!(q.kind, digiready::instrument::QuestionKind::Multiple(_)))
        .filter_map(|q| {
            let option = q
                .kind
                .choices()
                .iter()
                .find(|c| c.applies.includes("retail_wholesale"))?
                .id
                .clone();
            Some((q.id.clone(), option))
        })
        .collect()
}

fn stored_answers(db: &Path, aid: i64) -> Vec<String> {
    let store = Store::open(db).expect("the database opens");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    store
        .assessment(aid)
        .expect("read")
        .answers
        .keys()
        .cloned()
        .collect()
}

#[test]
fn a_full_disk_refuses_answers_clearly_and_keeps_what_was_saved() {
    let Some(mount) = Mount::tmpfs(1024) else {
        return;
    };
    let (catalog, _) = embedded();
    let db = mount.path("digiready.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa Bình An");
    let id: i64 = aid.parse().expect("id");
    let questions = retail_choices();
    assert!(questions.len() >= 20);
    for (q, v) in &questions[..3] {
        ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
    }

    // The CLI, which opens the database for each answer, on a full disk: refused in words, in
    // Vietnamese and in English, with exit code 1.
    let filler = mount.fill();
    for (locale, (q, v)) in [Locale::Vi, Locale::En].into_iter().zip(&questions[3..]) {
        let o = digiready_in(locale, &db, &["assessment", "answer", &aid, q, v]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let said = catalog.text(locale, "store-error-disk-full");
        assert!(stderr(&o).contains(&said), "{locale}: {}", stderr(&o));
    }
    std::fs::remove_file(&filler).expect("free the space");
    let kept = stored_answers(&db, id);
    let first: Vec<String> = questions[..3].iter().map(|(q, _)| q.clone()).collect();
    assert_eq!(kept, {
        let mut f = first.clone();
        f.sort();
        f
    });

    // The app's way: the database stays open while the disk fills up. Answers are acknowledged
    // until the disk is full; then each is refused as DiskFull and the store goes on working.
    let mut store = Store::open(&db).expect("open");
    let filler = mount.fill();
    let instruments = util::embedded_all().1;
    let mut acknowledged = first.clone();
    let mut refused = 0;
    let instrument = instruments.current();
    for round in 0..40 {
        for (q, first_option) in questions.iter().skip(3) {
            // Alternate between two answers, so that every save writes.
            let value = if round % 2 == 0 {
                digiready::answers::AnswerValue::Choice(first_option.clone())
            } else {
                util::highest(
                    instrument.question(q).expect("question"),
                    "retail_wholesale",
                )
            };
            match store.record_answer(instrument, id, q, &value, Timestamp(round)) {
                Ok(cleared) => {
                    acknowledged.retain(|a| !cleared.contains(a));
                    if !acknowledged.contains(q) {
                        acknowledged.push(q.clone());
                    }
                }
                Err(e) => {
                    assert!(
                        matches!(e, StoreError::DiskFull),
                        "round {round}, {q}: {e:?}"
                    );
                    refused += 1;
                }
            }
        }
    }
    assert!(refused > 0, "the disk never filled up");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    drop(store);
    std::fs::remove_file(&filler).expect("free the space");
    let mut kept = stored_answers(&db, id);
    kept.sort();
    acknowledged.sort();
    for q in &acknowledged {
        assert!(kept.contains(q), "{q} was acknowledged but is not stored");
    }
    // With space again, answering works as before.
    let (q, v) = &questions[questions.len() - 1];
    ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
}

#[test]
fn no_file_is_half_written_on_a_full_disk() {
    let Some(mount) = Mount::tmpfs(512) else {
        return;
    };
    let (catalog, _) = embedded();
    // The database is elsewhere; only the files written go to the full disk.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("digiready.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa Bình An");
    for (q, v) in retail_choices().iter().take(5) {
        ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
    }
    ok(&digiready(&db, &["assessment", "finalize", &aid]));
    mount.fill();
    let full = |name: &str| mount.path(name).to_str().expect("path").to_string();
    let attempts: Vec<Vec<String>> = vec![
        vec![
            "report".into(),
            "--assessment".into(),
            aid.clone(),
            "--out".into(),
            full("plan.pdf"),
        ],
        vec![
            "export".into(),
            "--anonymized".into(),
            "--out".into(),
            full("export.zip"),
        ],
        vec!["aggregate".into(), "--xlsx".into(), full("table.xlsx")],
        vec!["aggregate".into(), "--csv".into(), full("tables")],
        vec![
            "benchmarks".into(),
            "export".into(),
            "vn-seed".into(),
            "--out".into(),
            full("pack.json"),
        ],
    ];
    for (args, locale) in attempts
        .iter()
        .zip([Locale::Vi, Locale::Lo, Locale::En].iter().cycle())
    {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = digiready_in(*locale, &db, &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        let reason = catalog.text(*locale, "io-error-disk-full");
        assert!(
            stderr(&o).contains(&reason),
            "{args:?} in {locale}: {}",
            stderr(&o)
        );
    }
    // A backup onto the full disk is refused the same way.
    let store = Store::open(&db).expect("open");
    let e = store
        .backup_to(&mount.path("backup.sqlite3"))
        .expect_err("no room for a backup");
    assert!(matches!(e, StoreError::DiskFull), "{e:?}");
    // Nothing but the filler is there: no partial file, no temporary file.
    assert_eq!(mount.names(), ["filler"]);
}

#[test]
fn a_read_only_folder_is_a_clear_error_and_nothing_changes() {
    let Some(mount) = Mount::tmpfs(2048) else {
        return;
    };
    let (catalog, _) = embedded();
    let db = mount.path("digiready.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa Bình An");
    let questions = retail_choices();
    ok(&digiready(
        &db,
        &[
            "assessment",
            "answer",
            &aid,
            &questions[0].0,
            &questions[0].1,
        ],
    ));
    let before = std::fs::read(&db).expect("db");
    mount.read_only();
    let o = digiready_in(
        Locale::Vi,
        &db,
        &[
            "assessment",
            "answer",
            &aid,
            &questions[1].0,
            &questions[1].1,
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&catalog.text(Locale::Vi, "store-error-read-only")),
        "{}",
        stderr(&o)
    );
    // A report into the read-only folder says why, in Lao.
    let other = tempfile::tempdir().expect("tempdir");
    let elsewhere = other.path().join("digiready.sqlite3");
    let (_, other_aid) = util::start_can_tho_retailer(&elsewhere, "Tạp hóa");
    let out = mount.path("plan.pdf");
    let o = digiready_in(
        Locale::Lo,
        &elsewhere,
        &[
            "report",
            "--assessment",
            &other_aid,
            "--out",
            out.to_str().expect("p"),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&catalog.text(Locale::Lo, "io-error-read-only")),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(&db).expect("db"),
        before,
        "the database changed"
    );
    assert_eq!(mount.names(), ["digiready.sqlite3"]);
}
