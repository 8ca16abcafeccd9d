//! The SQLite store, on a real file.

use digiready::answers::{AnswerError, AnswerValue};
use digiready::clock::Timestamp;
use digiready::instrument::Instrument;
use digiready::locale::Locale;
use digiready::store::{
    Contact, NewEnterprise, RecordId, Status, Store, StoreError, SCHEMA_VERSION,
};

use crate::util;

fn shop() -> NewEnterprise {
    NewEnterprise {
        name: "  Tạp hóa Minh Anh ".into(),
        sector: "retail_wholesale".into(),
        size_band: "micro".into(),
        country: "VN".into(),
        province: "Cần Thơ".into(),
        district: Some("Ninh Kiều".into()),
        contact: Contact {
            person: Some("Nguyễn Minh Anh".into()),
            phone: Some("0901 234 567".into()),
            email: None,
        },
    }
}

fn rid(n: u8) -> RecordId {
    RecordId::from_random_bytes([n; 16])
}

fn started(store: &mut Store, i: &Instrument) -> (i64, i64) {
    let e = store
        .add_enterprise(i, &shop(), Timestamp(1_000))
        .expect("add");
    let a = store
        .start_assessment(
            i,
            e.id,
            "Officer Lan",
            Locale::Vi,
            &rid(1),
            Timestamp(2_000),
        )
        .expect("start");
    (e.id, a.id)
}

#[test]
fn answers_survive_reopening_the_file() {
    let (_, i) = util::embedded();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("d.sqlite3");
    let (eid, aid) = {
        let mut s = Store::open(&path).expect("open");
        let ids = started(&mut s, i);
        s.record_answer(
            i,
            ids.1,
            "ec-online-orders",
            &AnswerValue::Choice("chat".into()),
            Timestamp(3_000),
        )
        .expect("answer");
        s.record_answer(
            i,
            ids.1,
            "ec-channels",
            &AnswerValue::Choices(vec!["social".into(), "marketplace".into()]),
            Timestamp(3_100),
        )
        .expect("answer");
        s.record_answer(
            i,
            ids.1,
            "ec-online-sales-share",
            &AnswerValue::Number(12.5),
            Timestamp(3_200),
        )
        .expect("answer");
        // Answering again replaces the answer.
        s.record_answer(
            i,
            ids.1,
            "ec-online-orders",
            &AnswerValue::Choice("platform".into()),
            Timestamp(3_300),
        )
        .expect("answer");
        ids
    };
    let mut s = Store::open(&path).expect("reopen");
    assert_eq!(s.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(s.integrity_check().expect("check"), "ok");
    let a = s.assessment(aid).expect("assessment");
    assert_eq!(a.summary.enterprise_id, eid);
    assert_eq!(a.summary.status, Status::Draft);
    assert_eq!(a.summary.locale, Locale::Vi);
    assert_eq!(a.summary.sector, "retail_wholesale");
    assert_eq!(a.summary.instrument_version, i.version);
    assert_eq!(a.summary.record_id, rid(1));
    assert_eq!(a.summary.updated_at, Timestamp(3_300));
    assert_eq!(a.answers.len(), 3);
    assert_eq!(
        a.answers["ec-online-orders"],
        AnswerValue::Choice("platform".into())
    );
    assert_eq!(
        a.answers["ec-online-sales-share"],
        AnswerValue::Number(12.5)
    );
    let e = s.enterprise(eid).expect("enterprise");
    assert_eq!(e.name, "Tạp hóa Minh Anh", "names are trimmed");
    let list = s.enterprises(Some("minh")).expect("search");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].last_assessment, Some(aid));
    assert!(s.enterprises(Some("Hà Nội")).expect("search").is_empty());
    let by_province = s.enterprises(Some("Cần")).expect("search");
    assert_eq!(by_province.len(), 1);
    // Typed decomposed (NFD), stored composed (NFC).
    let mut nfd = shop();
    nfd.name = "Ho\u{0300}a Bi\u{0300}nh Store".into();
    let added = s.add_enterprise(i, &nfd, Timestamp(9)).expect("add");
    assert_eq!(added.name, "Hòa Bình Store");
    let found = s
        .enterprises(Some("Ho\u{0300}a"))
        .expect("search typed decomposed");
    assert_eq!(found.len(), 1);
    // Case and accents do not matter beyond ASCII: Đ/đ, Ư/ư, and a name typed without marks.
    let mut duc = shop();
    duc.name = "Cơ khí Đức Thành".into();
    s.add_enterprise(i, &duc, Timestamp(10)).expect("add");
    for typed in ["đức", "ĐỨC", "duc thanh", "CƠ KHÍ"] {
        let found = s.enterprises(Some(typed)).expect("search");
        assert_eq!(
            found
                .iter()
                .map(|e| e.enterprise.name.as_str())
                .collect::<Vec<_>>(),
            ["Cơ khí Đức Thành"],
            "{typed}"
        );
    }
    // Lao typed with ໍາ finds a name written with ຳ.
    let mut lao = shop();
    (lao.name, lao.country, lao.province) = ("ຮ້ານນ້ຳດື່ມ ສົມໃຈ".into(), "LA".into(), "ຈຳປາສັກ".into());
    s.add_enterprise(i, &lao, Timestamp(11)).expect("add");
    assert_eq!(s.enterprises(Some("ນໍ້າດື່ມ")).expect("search").len(), 1);
}

#[test]
fn invalid_answers_are_refused_and_nothing_is_written() {
    let (_, i) = util::embedded();
    let mut s = Store::open_in_memory().expect("open");
    let (_, aid) = started(&mut s, i);
    type Case = (&'static str, AnswerValue, fn(&AnswerError) -> bool);
    let cases: Vec<Case> = vec![
        ("no-such-question", AnswerValue::Choice("x".into()), |e| {
            matches!(e, AnswerError::UnknownQuestion { .. })
        }),
        (
            "ec-online-orders",
            AnswerValue::Choice("maybe".into()),
            |e| matches!(e, AnswerError::UnknownOption { .. }),
        ),
        ("ec-online-orders", AnswerValue::Number(3.0), |e| {
            matches!(e, AnswerError::WrongKind { .. })
        }),
        (
            "ec-channels",
            AnswerValue::Choices(vec!["none".into(), "social".into()]),
            |e| matches!(e, AnswerError::ExclusiveCombined { .. }),
        ),
        ("ec-channels", AnswerValue::Choices(vec![]), |e| {
            matches!(e, AnswerError::NothingChosen { .. })
        }),
        (
            "ec-channels",
            AnswerValue::Choices(vec!["social".into(), "social".into()]),
            |e| matches!(e, AnswerError::RepeatedOption { .. }),
        ),
        (
            "ec-channels",
            AnswerValue::Choices(vec!["travel-sites".into()]),
            |e| matches!(e, AnswerError::OptionNotForSector { .. }),
        ),
        ("ec-online-sales-share", AnswerValue::Number(140.0), |e| {
            matches!(e, AnswerError::NumberOutOfRange { .. })
        }),
        (
            "ec-online-sales-share",
            AnswerValue::Number(f64::NAN),
            |e| matches!(e, AnswerError::NumberOutOfRange { .. }),
        ),
    ];
    for (q, v, expected) in cases {
        match s.record_answer(i, aid, q, &v, Timestamp(5_000)) {
            Err(StoreError::Answer(e)) => assert!(expected(&e), "{q} {v:?}: {e:?}"),
            other => panic!("{q} {v:?}: {other:?}"),
        }
    }
    // Clearing the answer of a question the questionnaire does not have, or does not ask this
    // sector, is refused the same way.
    for (q, expected) in [
        ("no-such-question", "UnknownQuestion"),
        ("ag-", "UnknownQuestion"),
        ("", "UnknownQuestion"),
    ] {
        match s.clear_answer(i, aid, q, Timestamp(5_000)) {
            Err(StoreError::Answer(e)) => {
                assert!(format!("{e:?}").starts_with(expected), "{q}: {e:?}")
            }
            other => panic!("clear {q:?}: {other:?}"),
        }
    }
    if let Some(q) = i
        .questions
        .iter()
        .find(|q| !q.applies.includes("retail_wholesale"))
    {
        match s.clear_answer(i, aid, &q.id, Timestamp(5_000)) {
            Err(StoreError::Answer(AnswerError::NotForSector { .. })) => {}
            other => panic!("clear {}: {other:?}", q.id),
        }
    }
    let a = s.assessment(aid).expect("assessment");
    assert!(a.answers.is_empty());
    assert_eq!(
        a.summary.updated_at,
        Timestamp(2_000),
        "a refused answer changes nothing"
    );
}

#[test]
fn a_finalized_assessment_cannot_change() {
    let (_, i) = util::embedded();
    let mut s = Store::open_in_memory().expect("open");
    let (_, aid) = started(&mut s, i);
    s.record_answer(
        i,
        aid,
        "cn-internet",
        &AnswerValue::Choice("fixed".into()),
        Timestamp(3_000),
    )
    .expect("answer");
    let f = s
        .finalize_assessment(i, aid, Timestamp(4_000))
        .expect("finalize");
    assert_eq!(
        (f.status, f.finalized_at),
        (Status::Finalized, Some(Timestamp(4_000)))
    );
    for result in [
        s.record_answer(
            i,
            aid,
            "cn-internet",
            &AnswerValue::Choice("none".into()),
            Timestamp(5_000),
        )
        .map(|_| ()),
        s.clear_answer(i, aid, "cn-internet", Timestamp(5_000))
            .map(|_| ()),
        s.finalize_assessment(i, aid, Timestamp(5_000)).map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(StoreError::Finalized(id)) if id == aid),
            "{result:?}"
        );
    }
    assert_eq!(
        s.assessment(aid).expect("a").answers["cn-internet"],
        AnswerValue::Choice("fixed".into())
    );
}

#[test]
fn unknown_ids_and_bad_enterprise_fields_are_clear_errors() {
    let (catalog, i) = util::embedded();
    let mut s = Store::open_in_memory().expect("open");
    assert!(matches!(
        s.enterprise(42),
        Err(StoreError::EnterpriseNotFound(42))
    ));
    assert!(matches!(
        s.assessment(7),
        Err(StoreError::AssessmentNotFound(7))
    ));
    assert!(matches!(
        s.start_assessment(i, 42, "x", Locale::En, &rid(2), Timestamp(1)),
        Err(StoreError::EnterpriseNotFound(42))
    ));
    let bad = |f: fn(&mut NewEnterprise)| {
        let mut e = shop();
        f(&mut e);
        e
    };
    for (e, field) in [
        (bad(|e| e.name = "   ".into()), "name"),
        (bad(|e| e.sector = "mining".into()), "sector"),
        (bad(|e| e.size_band = "huge".into()), "size_band"),
        (bad(|e| e.country = "TH".into()), "country"),
        (bad(|e| e.province = String::new()), "province"),
        (
            bad(|e| e.contact.email = Some("not an email".into())),
            "email",
        ),
        (bad(|e| e.name = "x".repeat(300)), "name"),
    ] {
        match s.add_enterprise(i, &e, Timestamp(1)) {
            Err(err @ StoreError::InvalidField { field: f, .. }) => {
                assert_eq!(f, field);
                let vi = err.localize(catalog, Locale::Vi);
                assert!(!vi.contains("field-"), "localized: {vi}");
            }
            other => panic!("{field}: {other:?}"),
        }
    }
    // A province the app does not know is refused, with the closest names offered.
    match s.add_enterprise(i, &bad(|e| e.province = "Can Thoo".into()), Timestamp(1)) {
        Err(err @ StoreError::UnknownProvince { .. }) => {
            let vi = err.localize(catalog, Locale::Vi);
            assert!(vi.contains("Can Thoo") && vi.contains("Cần Thơ"), "{vi}");
        }
        other => panic!("an unknown province: {other:?}"),
    }
    // Lao spelt with ໍາ is the province spelt with ຳ.
    let mut lao = shop();
    (lao.country, lao.province) = ("LA".into(), "ຈໍາປາສັກ".into());
    s.add_enterprise(i, &lao, Timestamp(1))
        .expect("a known province");
    assert_eq!(s.enterprises(None).expect("list").len(), 1);
    let msg = StoreError::AssessmentNotFound(7).localize(catalog, Locale::Vi);
    assert!(
        msg.contains('7') && msg != StoreError::AssessmentNotFound(7).localize(catalog, Locale::En),
        "{msg}"
    );
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).expect("sqlite");
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .expect("setup");
    }
    let before = std::fs::read(&path).expect("read");
    match Store::open(&path) {
        Err(StoreError::NewerSchema {
            found: 99,
            supported,
        }) => assert_eq!(supported, SCHEMA_VERSION),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file is unchanged"
    );
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.sqlite3");
    let junk = b"These are my notes, not a database. ".repeat(200);
    std::fs::write(&path, &junk).expect("write");
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(std::fs::read(&path).expect("read"), junk);
}

#[test]
fn a_finalized_assessment_is_frozen_even_against_raw_sql() {
    let (_, i) = util::embedded();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("frozen.sqlite3");
    let (draft, done) = {
        let mut s = Store::open(&path).expect("open");
        let (eid, done) = started(&mut s, i);
        s.record_answer(
            i,
            done,
            "cn-internet",
            &AnswerValue::Choice("fixed".into()),
            Timestamp(3),
        )
        .expect("answer");
        s.finalize_assessment(i, done, Timestamp(4))
            .expect("finalize");
        let draft = s
            .start_assessment(i, eid, "Lan", Locale::En, &rid(9), Timestamp(5))
            .expect("start")
            .id;
        s.record_answer(
            i,
            draft,
            "cn-internet",
            &AnswerValue::Choice("none".into()),
            Timestamp(6),
        )
        .expect("answer");
        (draft, done)
    };
    let conn = rusqlite::Connection::open(&path).expect("raw");
    for sql in [
        format!("UPDATE assessment SET status = 'draft', finalized_at = NULL WHERE id = {done}"),
        format!("UPDATE assessment SET sector = 'tourism' WHERE id = {done}"),
        format!("DELETE FROM assessment WHERE id = {done}"),
        format!("UPDATE answer SET value = '\"none\"' WHERE assessment_id = {done}"),
        format!("DELETE FROM answer WHERE assessment_id = {done}"),
        format!("UPDATE answer SET assessment_id = {done}, question_id = 'cn-x' WHERE assessment_id = {draft}"),
        format!("INSERT INTO answer VALUES ({done}, 'st-plan', '\"none\"', 7)"),
    ] {
        let err = conn.execute(&sql, []).expect_err(&sql);
        assert!(err.to_string().contains("finalized"), "{sql}: {err}");
    }
    drop(conn);
    let s = Store::open(&path).expect("reopen");
    let a = s.assessment(done).expect("assessment");
    assert_eq!(a.summary.status, Status::Finalized);
    assert_eq!(a.answers.len(), 1);
}

/// Answers to questions that a later answer hides are removed, so they cannot come back unseen
/// when the question is shown again (which could lower a score after a better answer).
#[test]
fn answers_hidden_by_a_change_are_removed() {
    let (_, i) = util::embedded();
    let mut s = Store::open_in_memory().expect("open");
    let (_, aid) = started(&mut s, i);
    let answer = |s: &mut Store, q: &str, v: AnswerValue| {
        s.record_answer(i, aid, q, &v, Timestamp(10)).expect(q)
    };
    assert!(answer(
        &mut s,
        "ec-online-orders",
        AnswerValue::Choice("chat".into())
    )
    .is_empty());
    assert!(answer(&mut s, "ec-online-sales-share", AnswerValue::Number(5.0)).is_empty());
    let cleared = answer(
        &mut s,
        "ec-online-orders",
        AnswerValue::Choice("none".into()),
    );
    assert_eq!(cleared, vec!["ec-online-sales-share".to_string()]);
    assert!(!s
        .assessment(aid)
        .expect("a")
        .answers
        .contains_key("ec-online-sales-share"));
    let score_of = |s: &Store| {
        let a = s.assessment(aid).expect("a");
        digiready::scoring::score(i, &a.summary.sector, &a.answers)
            .area("ecommerce")
            .and_then(|x| x.rated)
            .map(|r| r.score)
    };
    let before = score_of(&s);
    answer(
        &mut s,
        "ec-online-orders",
        AnswerValue::Choice("occasional".into()),
    );
    assert!(
        score_of(&s) >= before,
        "a better answer never lowers the score"
    );
    // Clearing the gate removes what it showed, too.
    answer(&mut s, "ec-online-sales-share", AnswerValue::Number(5.0));
    let cleared = s
        .clear_answer(i, aid, "ec-online-orders", Timestamp(11))
        .expect("clear");
    assert_eq!(cleared, vec!["ec-online-sales-share".to_string()]);
}

/// A draft is answered with the questionnaire version it was started with, never another.
#[test]
fn a_draft_keeps_its_questionnaire_version() {
    let (_, all) = util::embedded_all();
    let old = all.get("2026.1").expect("2026.1");
    let new = all.current();
    let mut s = Store::open_in_memory().expect("open");
    let e = s.add_enterprise(new, &shop(), Timestamp(1)).expect("add");
    let a = s
        .start_assessment(old, e.id, "Lan", Locale::En, &rid(3), Timestamp(2))
        .expect("start");
    assert_eq!(a.instrument_version, "2026.1");
    let v = AnswerValue::Choice("fixed".into());
    assert!(matches!(
        s.record_answer(new, a.id, "cn-internet", &v, Timestamp(3)),
        Err(StoreError::InstrumentVersion { .. })
    ));
    s.record_answer(old, a.id, "cn-internet", &v, Timestamp(3))
        .expect("own version");
    s.finalize_assessment(old, a.id, Timestamp(4))
        .expect("finalize with its own version");
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("other.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).expect("sqlite");
        conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);")
            .expect("setup");
    }
    let before = std::fs::read(&path).expect("read");
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    // A DigiReady database is recognised by its application id.
    let ours = dir.path().join("ours.sqlite3");
    drop(Store::open(&ours).expect("create"));
    let id: i32 = rusqlite::Connection::open(&ours)
        .expect("raw")
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(id, digiready::store::APPLICATION_ID);
    Store::open(&ours).expect("reopen");
}
