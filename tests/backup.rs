//! Backup and restore with SQLite's online backup API: a backup taken while another connection
//! keeps saving answers is consistent and restores to exactly what it held; a damaged,
//! truncated, foreign or newer backup is refused and the database is left as it was.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use digiready::clock::Timestamp;
use digiready::store::{checksum_path, Store, StoreError, SCHEMA_VERSION};

use crate::util::{self, embedded};

/// A database with one assessment whose answers are all given (lowest first).
fn filled(db: &Path) -> i64 {
    let (_, instrument) = embedded();
    let (_, aid) = util::start_can_tho_retailer(db, "Tạp hóa Sao Lưu");
    let aid: i64 = aid.parse().expect("id");
    let answers = util::answer_all(instrument, "retail_wholesale", |q| {
        util::lowest(q, "retail_wholesale")
    });
    let mut store = Store::open(db).expect("open");
    for (q, v) in &answers {
        store
            .record_answer(instrument, aid, q, v, Timestamp(1_000))
            .expect("answer");
    }
    aid
}

#[test]
fn a_backup_taken_while_answers_are_saved_restores_exactly() {
    let (_, instrument) = embedded();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("live.sqlite3");
    let aid = filled(&db);

    // A second connection keeps changing answers while the backup runs.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop) = (db.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut store = Store::open(&db).expect("writer opens");
            let questions: Vec<_> = instrument
                .questions
                .iter()
                .filter(|q| q.applies.includes("retail_wholesale"))
                .collect();
            let mut saves = 0usize;
            while !stop.load(Ordering::Relaxed) || saves < 50 {
                let q = questions[saves % questions.len()];
                let v = util::random_answer(q, "retail_wholesale", saves);
                // A question a condition hides is refused: that is fine here.
                let _ = store.record_answer(instrument, aid, &q.id, &v, Timestamp(2_000));
                saves += 1;
            }
            saves
        })
    };
    let backup = dir.path().join("backup.sqlite3");
    let store = Store::open(&db).expect("open");
    for _ in 0..20 {
        store.backup_to(&backup).expect("backup while writing");
    }
    stop.store(true, Ordering::Relaxed);
    let saves = writer.join().expect("writer");
    assert!(saves >= 50, "{saves} saves during the backups");
    drop(store);

    Store::verify_backup(&backup).expect("the backup is sound");
    assert!(
        !dir.path().join("backup.sqlite3-wal").exists(),
        "a backup is one self-contained file"
    );
    let in_backup = util::dump(&backup);

    // Later work, then the restore: the database holds exactly the backup's content again.
    util::start_can_tho_retailer(&db, "Sau khi sao lưu");
    assert_ne!(util::dump(&db), in_backup);
    Store::restore(&backup, &db).expect("restore");
    assert_eq!(util::dump(&db), in_backup);
    let store = Store::open(&db).expect("reopens after the restore");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    assert_eq!(store.enterprises(None).expect("list").len(), 1);
}

/// Ways a backup file can be bad, made from a real backup.
fn damaged_backups(good: &[u8], dir: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let page = 4096;
    assert!(good.len() >= 8 * page, "the backup has pages to damage");
    let mut flipped = good.to_vec();
    for b in &mut flipped[3 * page + 100..3 * page + 400] {
        *b ^= 0x5A;
    }
    let mut bad_header = good.to_vec();
    bad_header[..16].copy_from_slice(b"SQLite format 2\0");
    let other = dir.join("other.sqlite3");
    let _ = std::fs::remove_file(&other);
    {
        let c = rusqlite::Connection::open(&other).expect("sqlite");
        c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine');")
            .expect("other program's data");
    }
    let newer = dir.join("newer.sqlite3");
    std::fs::write(&newer, good).expect("copy");
    {
        let c = rusqlite::Connection::open(&newer).expect("sqlite");
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .expect("newer schema");
    }
    vec![
        ("empty", Vec::new()),
        ("header only", good[..100].to_vec()),
        (
            "truncated to half",
            good[..good.len() / 2 / page * page].to_vec(),
        ),
        ("last page missing", good[..good.len() - page].to_vec()),
        ("cut inside a page", good[..good.len() - page / 2].to_vec()),
        // Inside a row: SQLite's structure check cannot see it; the checksum file can.
        ("a page overwritten", flipped),
        ("not SQLite 3", bad_header),
        ("a text file", b"digiready backup, honestly\n".repeat(500)),
        (
            "another program's database",
            std::fs::read(&other).expect("read"),
        ),
        ("a newer schema", std::fs::read(&newer).expect("read")),
    ]
}

#[test]
fn a_damaged_truncated_foreign_or_newer_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("live.sqlite3");
    filled(&db);
    let good_path = dir.path().join("good.sqlite3");
    Store::open(&db)
        .expect("open")
        .backup_to(&good_path)
        .expect("backup");
    let good = std::fs::read(&good_path).expect("read");
    let good_sum = std::fs::read(checksum_path(&good_path)).expect("the backup's checksum file");
    // The checksum file is in sha256sum's format: a person can check a backup by hand.
    let checked = std::process::Command::new("sha256sum")
        .arg("-c")
        .arg(checksum_path(&good_path).file_name().expect("name"))
        .current_dir(dir.path())
        .output()
        .expect("sha256sum");
    assert!(checked.status.success(), "{checked:?}");
    let before = util::dump(&db);
    let bytes_before = std::fs::read(&db).expect("read");

    // (what, the file, its checksum file if any)
    // Without a checksum file only the structure is checked: bytes changed inside a row
    // cannot be seen then.
    type Case = (&'static str, Vec<u8>, Option<Vec<u8>>);
    let mut cases: Vec<Case> = damaged_backups(&good, dir.path())
        .into_iter()
        .filter(|(what, _)| *what != "a page overwritten")
        .map(|(what, bytes)| (what, bytes, None))
        .collect();
    // With the checksum file of the good backup beside it, every damaged copy is refused too,
    // and so is the good one with a checksum file that does not match.
    cases.extend(
        damaged_backups(&good, dir.path())
            .into_iter()
            .map(|(what, bytes)| (what, bytes, Some(good_sum.clone()))),
    );
    cases.push((
        "a checksum file that does not match",
        good.clone(),
        Some(format!("{}  good.sqlite3\n", "0".repeat(64)).into_bytes()),
    ));
    cases.push(("an empty checksum file", good.clone(), Some(Vec::new())));
    for (what, bytes, sum) in cases {
        let with_sum = if sum.is_some() { ", with checksum" } else { "" };
        let path = dir.path().join("candidate.sqlite3");
        std::fs::write(&path, &bytes).expect("write candidate");
        if let Some(sum) = &sum {
            std::fs::write(checksum_path(&path), sum).expect("write checksum");
        }
        let refused = Store::restore(&path, &db).expect_err(what);
        match (what, &refused) {
            ("a newer schema", StoreError::NewerSchema { found, .. }) if sum.is_none() => {
                assert_eq!(*found, SCHEMA_VERSION + 1)
            }
            (_, StoreError::NotADatabase { .. }) if what != "a newer schema" || sum.is_some() => {}
            _ => panic!("{what}{with_sum}: {refused:?}"),
        }
        assert_eq!(
            std::fs::read(&db).expect("read"),
            bytes_before,
            "{what}{with_sum}"
        );
        assert_eq!(
            util::dump(&db),
            before,
            "{what}{with_sum}: the database is unchanged"
        );
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "{what}{with_sum}: the candidate itself is not modified"
        );
        std::fs::remove_file(&path).expect("remove");
        let _ = std::fs::remove_file(checksum_path(&path));
        for ext in ["-wal", "-shm", "-journal"] {
            let side = dir.path().join(format!("candidate.sqlite3{ext}"));
            assert!(
                !side.exists(),
                "{what}{with_sum}: checking left {}",
                side.display()
            );
        }
    }

    // The good backup restores, with its checksum file and without (copied from elsewhere).
    Store::restore(&good_path, &db).expect("the good backup restores");
    std::fs::remove_file(checksum_path(&good_path)).expect("remove");
    Store::restore(&good_path, &db).expect("without its checksum file too");
    assert_eq!(util::dump(&db), before);
}
