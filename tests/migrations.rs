//! Databases written by released versions open, are backed up, and migrate with nothing lost.

use std::path::Path;

use digiready::answers::AnswerValue;
use digiready::clock::Timestamp;
use digiready::store::{Status, Store, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;

use crate::util::{self, embedded};

/// Every row of every table `fixture` has (the tables of its schema), in `path`, as text, in
/// a stable order.
fn dump(fixture: &Path, path: &Path) -> Vec<String> {
    let conn = Connection::open(fixture).expect("open");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
        .expect("tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .map(|t| t.expect("table"))
        .collect();
    let tables: Vec<&str> = tables.iter().map(String::as_str).collect();
    util::dump_tables(path, &tables)
}

fn user_version(path: &Path) -> u32 {
    Connection::open(path)
        .expect("open")
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version")
}

/// How many answers assessment `id` has in the file.
fn answer_count(path: &Path, id: i64) -> usize {
    let n: i64 = Connection::open(path)
        .expect("open")
        .query_row(
            "SELECT count(*) FROM answer WHERE assessment_id = ?1",
            [id],
            |r| r.get(0),
        )
        .expect("count");
    usize::try_from(n).expect("a count")
}

#[test]
fn every_released_schema_migrates_with_nothing_lost_after_a_backup() {
    let (_, instrument) = embedded();
    let fixtures = util::fixture_files("databases", ".sqlite3");
    // One file per released schema, the current one included (it is the next one's input).
    let versions: Vec<u32> = fixtures.iter().map(|f| user_version(f)).collect();
    assert!(
        versions.contains(&SCHEMA_VERSION),
        "no fixture of schema {SCHEMA_VERSION}"
    );
    for fixture in fixtures {
        let before = dump(&fixture, &fixture);
        let old = user_version(&fixture);
        let finalized_answers = answer_count(&fixture, 1);
        assert!(old <= SCHEMA_VERSION, "{}", fixture.display());
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("digiready.sqlite3");
        std::fs::copy(&fixture, &db).expect("copy");

        let mut store = Store::open(&db).expect("a released database opens");
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
        assert_eq!(store.integrity_check().expect("check"), "ok");
        drop(store);
        // Every row of every old table is still there, unchanged.
        assert_eq!(dump(&fixture, &db), before, "{}", fixture.display());
        let backup = dir.path().join(format!(
            "backups/digiready-before-schema-{SCHEMA_VERSION}-from-{old}.sqlite3"
        ));
        if old < SCHEMA_VERSION {
            // The copy taken before migrating is the old database as it was.
            assert_eq!(user_version(&backup), old);
            assert_eq!(dump(&fixture, &backup), before);
            Store::verify_backup(&backup).expect("a sound backup");
        } else {
            // Nothing to migrate: nothing copied.
            assert!(
                !dir.path().join("backups").exists(),
                "{}",
                fixture.display()
            );
        }

        // The data works as data: the finalized assessment is still frozen, the draft goes on.
        store = Store::open(&db).expect("reopen");
        let finalized = store.assessment(1).expect("assessment 1");
        assert_eq!(finalized.summary.status, Status::Finalized);
        assert!(finalized_answers > 0);
        assert_eq!(finalized.answers.len(), finalized_answers);
        let draft = store.assessment(2).expect("assessment 2");
        assert_eq!(draft.summary.status, Status::Draft);
        let question = digiready::scoring::shown_questions(instrument, "tourism", &draft.answers)
            .into_iter()
            .find(|q| !draft.answers.contains_key(&q.id) && !q.kind.choices().is_empty())
            .expect("an unanswered question");
        let option = question
            .kind
            .choices()
            .iter()
            .find(|c| c.applies.includes("tourism"))
            .expect("option")
            .id
            .clone();
        let value = match &question.kind {
            digiready::instrument::QuestionKind::Multiple(_) => AnswerValue::Choices(vec![option]),
            _ => AnswerValue::Choice(option),
        };
        store
            .record_answer(instrument, 2, &question.id, &value, Timestamp(9_000))
            .expect("the draft takes answers");
        assert!(matches!(
            store.record_answer(instrument, 1, &question.id, &value, Timestamp(9_000)),
            Err(StoreError::Finalized(1))
        ));
        assert!(!store.installed_packs().expect("packs").is_empty());
    }
}

#[test]
fn no_backup_no_migration() {
    let fixture = util::fixtures("databases").join("schema-2.sqlite3");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("digiready.sqlite3");
    std::fs::copy(&fixture, &db).expect("copy");
    // The backups folder cannot be made: a file stands in its place.
    std::fs::write(dir.path().join("backups"), b"not a folder").expect("write");
    let bytes = std::fs::read(&db).expect("read");
    assert!(Store::open(&db).is_err(), "a migration without a backup");
    assert_eq!(
        std::fs::read(&db).expect("read"),
        bytes,
        "the database is untouched"
    );
    assert_eq!(user_version(&db), 2);
}
