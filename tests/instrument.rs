//! The questionnaire definition: the built-in one is valid; broken copies are reported in full.

use std::path::Path;

use digiready::i18n::Catalog;
use digiready::instrument::{self, ProblemKind};

use crate::util;

#[test]
fn the_built_in_questionnaire_is_valid_and_has_the_core_areas() {
    let (_, instrument) = util::embedded();
    for area in ["ecommerce", "epayments", "cloud"] {
        let n = instrument
            .questions
            .iter()
            .filter(|q| q.area == area)
            .count();
        assert!(n >= 4, "area {area} has {n} questions");
    }
    assert!(instrument.questions.len() >= 12);
    for sector in [
        "retail_wholesale",
        "agriculture",
        "manufacturing",
        "tourism",
        "logistics",
        "other_services",
    ] {
        assert!(instrument.sector(sector).is_some(), "{sector}");
    }
    let check = util::digiready(
        Path::new("/nonexistent/db.sqlite3"),
        &["instrument", "check"],
    );
    assert!(util::ok(&check).contains("is valid"));
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write");
}

fn replace(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    write(path, &text.replacen(from, to, 1));
}

/// A copy of the definition with one problem of each kind; every one must be reported, each
/// naming its file and question.
#[test]
fn a_broken_copy_reports_every_problem_with_file_and_question() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("instrument");
    let locales = tmp.path().join("locales");
    util::copy_dir(&util::root().join("assets/instrument/2026.1"), &dir);
    util::copy_dir(&util::root().join("locales"), &locales);
    let q = dir.join("questions");

    // Duplicate id: a second question called ec-online-presence in the cloud file.
    replace(
        &q.join("cloud.toml"),
        "id = \"cl-sharing\"",
        "id = \"ec-online-presence\"",
    );
    // A condition on a later question, and one on a question that does not exist.
    replace(&q.join("ecommerce.toml"), "id = \"ec-delivery\"\nkind = \"single\"",
        "id = \"ec-delivery\"\nkind = \"single\"\nshow_if = { question = \"cl-backup\", any_of = [\"automatic\"] }");
    replace(&q.join("epayments.toml"), "show_if = { question = \"ep-accept-methods\", any_of = [\"bank-transfer\", \"qr\", \"card\", \"e-wallet\"] }\n\n[[question]]\nid = \"ep-pay-out\"",
        "show_if = { question = \"ep-nowhere\", any_of = [\"qr\"] }\n\n[[question]]\nid = \"ep-pay-out\"");
    // Points out of range.
    replace(
        &q.join("strategy.toml"),
        "{ id = \"reviewed\", points = 4 }",
        "{ id = \"reviewed\", points = 7 }",
    );
    // An unknown sector.
    replace(
        &q.join("ecommerce.toml"),
        "sectors = [\"retail_wholesale\", \"agriculture\", \"manufacturing\"]",
        "sectors = [\"retail_wholesale\", \"mining\"]",
    );
    // A message missing in Lao.
    replace(
        &locales.join("lo/instrument.ftl"),
        "q-cn-internet =",
        "q-cn-internet-renamed =",
    );
    // A questions file for an area that does not exist.
    write(&q.join("robots.toml"), "[[question]]\nid = \"rb-x\"\nkind = \"yes_no\"\noptions = [{ id = \"yes\", points = 4 }, { id = \"no\", points = 0 }]\n");

    let catalog = Catalog::from_dir(&locales).expect("locales still parse");
    let problems = instrument::load_dir(&dir, &catalog).expect_err("broken").0;
    let has = |file: &str, question: Option<&str>, pred: &dyn Fn(&ProblemKind) -> bool| {
        problems
            .iter()
            .any(|p| p.file.ends_with(file) && p.question.as_deref() == question && pred(&p.kind))
    };
    let all = problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        has(
            "questions/cloud.toml",
            Some("ec-online-presence"),
            &|k| matches!(k, ProblemKind::DuplicateId { .. })
        ),
        "{all}"
    );
    assert!(
        has(
            "questions/ecommerce.toml",
            Some("ec-delivery"),
            &|k| matches!(k, ProblemKind::ConditionLaterQuestion { question } if question == "cl-backup")
        ),
        "{all}"
    );
    assert!(
        has(
            "questions/epayments.toml",
            Some("ep-share-electronic"),
            &|k| matches!(k, ProblemKind::ConditionUnknownQuestion { question } if question == "ep-nowhere")
        ),
        "{all}"
    );
    assert!(
        has(
            "questions/strategy.toml",
            Some("st-plan"),
            &|k| matches!(k, ProblemKind::PointsOutOfRange { points, .. } if *points == 7.0)
        ),
        "{all}"
    );
    assert!(
        has(
            "questions/ecommerce.toml",
            Some("ec-delivery"),
            &|k| matches!(k, ProblemKind::UnknownSector { id } if id == "mining")
        ),
        "{all}"
    );
    assert!(
        has(
            "questions/connectivity.toml",
            Some("cn-internet"),
            &|k| matches!(k, ProblemKind::MissingMessage { id, .. } if id == "q-cn-internet")
        ),
        "{all}"
    );
    assert!(
        has("questions/robots.toml", None, &|k| matches!(
            k,
            ProblemKind::UnknownArea { .. }
        )),
        "{all}"
    );

    // The CLI prints the same, exits non-zero, and names file and question on each line.
    let out = util::digiready(
        Path::new("/nonexistent/db.sqlite3"),
        &[
            "instrument",
            "check",
            &dir.to_string_lossy(),
            "--locales",
            &locales.to_string_lossy(),
        ],
    );
    assert!(!out.status.success());
    let err = util::stderr(&out);
    for needle in [
        "cloud.toml: question \"ec-online-presence\": ",
        "ecommerce.toml: question \"ec-delivery\": the condition refers to question \"cl-backup\", which is not asked before this one",
        "epayments.toml: question \"ep-share-electronic\": the condition refers to question \"ep-nowhere\", which does not exist",
        "strategy.toml: question \"st-plan\": option \"reviewed\" has 7 points",
        "ecommerce.toml: question \"ec-delivery\": unknown sector \"mining\"",
        "connectivity.toml: question \"cn-internet\": message \"q-cn-internet\" is missing in locale lo",
        "robots.toml: there is no area \"robots\"",
        "problems.",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn syntax_errors_and_unanchored_scales_are_reported() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("instrument");
    util::copy_dir(&util::root().join("assets/instrument/2026.1"), &dir);
    let q = dir.join("questions");
    write(&q.join("skills.toml"), "[[question]\nid = ");
    // The best answer no longer reaches 4 points.
    replace(
        &q.join("strategy.toml"),
        "{ id = \"reviewed\", points = 4 }",
        "{ id = \"reviewed\", points = 3 }",
    );
    // A condition that a better answer would switch off.
    replace(
        &q.join("ecommerce.toml"),
        "any_of = [\"occasional\", \"chat\", \"platform\", \"own-shop\"]",
        "any_of = [\"chat\"]",
    );
    let problems = instrument::load_dir(&dir, &Catalog::embedded())
        .expect_err("broken")
        .0;
    let all = problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        problems
            .iter()
            .any(|p| p.file.ends_with("questions/skills.toml")
                && matches!(p.kind, ProblemKind::Syntax { .. })),
        "{all}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.question.as_deref() == Some("st-plan")
                && matches!(p.kind, ProblemKind::NotAnchored { .. })),
        "{all}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.question.as_deref() == Some("ec-online-sales-share")
                && matches!(p.kind, ProblemKind::ConditionNotUpwardClosed { .. })),
        "{all}"
    );
}

#[test]
fn size_bands_follow_the_national_thresholds() {
    use digiready::instrument::{classify_size, SizeFigures};
    let (_, i) = util::embedded();
    let vn = i.country("VN").expect("VN");
    let retail = i.sector("retail_wholesale").expect("sector");
    let farm = i.sector("agriculture").expect("sector");
    let bn = 1_000_000_000;
    let f = |staff, revenue, capital| SizeFigures {
        staff: Some(staff),
        revenue: Some(revenue),
        capital: Some(capital),
    };
    // Trade/services micro: ≤10 staff and revenue ≤ 10 bn or capital ≤ 3 bn.
    assert_eq!(
        classify_size(vn, retail, f(8, 9 * bn, 5 * bn)),
        Some("micro")
    );
    // Agriculture micro needs revenue or capital ≤ 3 bn.
    assert_eq!(classify_size(vn, farm, f(8, 9 * bn, 5 * bn)), Some("small"));
    assert_eq!(
        classify_size(vn, retail, f(60, 90 * bn, 90 * bn)),
        Some("medium")
    );
    assert_eq!(
        classify_size(vn, retail, f(500, 900 * bn, 900 * bn)),
        Some("large")
    );
    // Staff alone is not enough to tell in Viet Nam.
    assert_eq!(
        classify_size(
            vn,
            retail,
            SizeFigures {
                staff: Some(3),
                ..Default::default()
            }
        ),
        None
    );
    // Lao PDR: micro production firms have 1-5 persons (any one criterion suffices).
    let la = i.country("LA").expect("LA");
    assert_eq!(
        classify_size(
            la,
            farm,
            SizeFigures {
                staff: Some(4),
                ..Default::default()
            }
        ),
        Some("micro")
    );
    assert_eq!(
        classify_size(
            la,
            farm,
            SizeFigures {
                staff: Some(40),
                ..Default::default()
            }
        ),
        None
    );
}
