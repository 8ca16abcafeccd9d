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
        let ids = started(&mut s, &i);
        s.record_answer(
            &i,
            ids.1,
            "ec-online-orders",
            &AnswerValue::Choice("chat".into()),
            Timestamp(3_000),
        )
        .expect("answer");
        s.record_answer(
            &i,
            ids.1,
            "ec-channels",
            &AnswerValue::Choices(vec!["social".into(), "marketplace".into()]),
            Timestamp(3_100),
        )
        .expect("answer");
        s.record_answer(
            &i,
            ids.1,
            "ec-online-sales-share",
            &AnswerValue::Number(12.5),
            Timestamp(3_200),
        )
        .expect("answer");
        // Answering again replaces the answer.
        s.record_answer(
            &i,
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
    let added = s.add_enterprise(&i, &nfd, Timestamp(9)).expect("add");
    assert_eq!(added.name, "Hòa Bình Store");
    let found = s
        .enterprises(Some("Ho\u{0300}a"))
        .expect("search typed decomposed");
    assert_eq!(found.len(), 1);
}

#[test]
fn invalid_answers_are_refused_and_nothing_is_written() {
    let (_, i) = util::embedded();
    let mut s = Store::open_in_memory().expect("open");
    let (_, aid) = started(&mut s, &i);
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
        match s.record_answer(&i, aid, q, &v, Timestamp(5_000)) {
            Err(StoreError::Answer(e)) => assert!(expected(&e), "{q} {v:?}: {e:?}"),
            other => panic!("{q} {v:?}: {other:?}"),
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
    let (_, aid) = started(&mut s, &i);
    s.record_answer(
        &i,
        aid,
        "cn-internet",
        &AnswerValue::Choice("fixed".into()),
        Timestamp(3_000),
    )
    .expect("answer");
    let f = s
        .finalize_assessment(&i, aid, Timestamp(4_000))
        .expect("finalize");
    assert_eq!(
        (f.status, f.finalized_at),
        (Status::Finalized, Some(Timestamp(4_000)))
    );
    for result in [
        s.record_answer(
            &i,
            aid,
            "cn-internet",
            &AnswerValue::Choice("none".into()),
            Timestamp(5_000),
        ),
        s.clear_answer(&i, aid, "cn-internet", Timestamp(5_000)),
        s.finalize_assessment(&i, aid, Timestamp(5_000)).map(|_| ()),
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
        s.start_assessment(&i, 42, "x", Locale::En, &rid(2), Timestamp(1)),
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
        match s.add_enterprise(&i, &e, Timestamp(1)) {
            Err(err @ StoreError::InvalidField { field: f, .. }) => {
                assert_eq!(f, field);
                let vi = err.localize(&catalog, Locale::Vi);
                assert!(!vi.contains("field-"), "localized: {vi}");
            }
            other => panic!("{field}: {other:?}"),
        }
    }
    assert!(s.enterprises(None).expect("list").is_empty());
    let msg = StoreError::AssessmentNotFound(7).localize(&catalog, Locale::Vi);
    assert!(
        msg.contains('7')
            && msg != StoreError::AssessmentNotFound(7).localize(&catalog, Locale::En),
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
