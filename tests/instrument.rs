//! The questionnaire definition: the built-in one is valid; broken copies are reported in full.

use std::path::Path;

use digiready::i18n::Catalog;
use digiready::instrument::ProblemKind;

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
        &locales.join("lo/area-connectivity.ftl"),
        "q-cn-internet =",
        "q-cn-internet-renamed =",
    );
    // A questions file for an area that does not exist.
    write(&q.join("robots.toml"), "[[question]]\nid = \"rb-x\"\nkind = \"yes_no\"\noptions = [{ id = \"yes\", points = 4 }, { id = \"no\", points = 0 }]\n");

    let catalog = digiready::files::catalog_from_dir(&locales).expect("locales still parse");
    let problems = digiready::files::load_instrument_dir(&dir, &catalog)
        .expect_err("broken")
        .0;
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
    let problems = digiready::files::load_instrument_dir(&dir, &Catalog::embedded())
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

/// The full questionnaire: at least 40 questions for every sector, each with Vietnamese and Lao
/// text, as `instrument show --json` gives it.
#[test]
fn every_sector_gets_at_least_forty_questions_in_three_languages() {
    let (_, instrument) = util::embedded();
    let db = Path::new("/nonexistent/db.sqlite3");
    for sector in instrument.sectors.iter().map(|s| s.id.as_str()) {
        let show = |locale: &str| {
            util::ok_json(&util::digiready(
                db,
                &[
                    "--locale",
                    locale,
                    "instrument",
                    "show",
                    "--json",
                    "--sector",
                    sector,
                ],
            ))
        };
        let (en, vi, lo) = (show("en"), show("vi"), show("lo"));
        let questions = en["questions"].as_array().expect("questions");
        assert!(
            questions.len() >= 40,
            "{sector}: {} questions",
            questions.len()
        );
        for (i, q) in questions.iter().enumerate() {
            let id = q["id"].as_str().expect("id");
            let (vi_text, lo_text) = (&vi["questions"][i]["text"], &lo["questions"][i]["text"]);
            assert_ne!(vi_text, &q["text"], "{sector} {id}: Vietnamese text");
            assert!(
                lo_text
                    .as_str()
                    .expect("lo")
                    .chars()
                    .any(|c| ('\u{0E80}'..='\u{0EFF}').contains(&c)),
                "{sector} {id}: Lao text {lo_text}"
            );
            assert_ne!(vi["questions"][i]["help"], q["help"], "{sector} {id}: help");
        }
    }
}

/// Each sector has at least three questions or options of its own, beyond the shared core.
#[test]
fn every_sector_has_at_least_three_sector_specific_items() {
    use digiready::instrument::Applies;
    let (_, instrument) = util::embedded();
    for sector in instrument.sectors.iter().map(|s| s.id.as_str()) {
        let only =
            |a: &Applies| matches!(a, Applies::Only(list) if list.iter().any(|s| s == sector));
        let questions = instrument
            .questions
            .iter()
            .filter(|q| only(&q.applies))
            .count();
        let options = instrument
            .questions
            .iter()
            .flat_map(|q| q.kind.choices())
            .filter(|c| only(&c.applies))
            .count();
        assert!(
            questions + options >= 3,
            "{sector}: {questions} questions + {options} options"
        );
    }
}

/// Every action of the library has its wording, and effort, cost and horizon make sense for the
/// plan: every horizon is used, and the foundations the plan relies on exist.
#[test]
fn the_action_library_is_complete() {
    let (catalog, instrument) = util::embedded();
    assert!(
        instrument.actions.len() >= 80,
        "{} actions",
        instrument.actions.len()
    );
    for id in [
        "ep-accept-qr",
        "ep-open-business-account",
        "cl-start-backups",
        "cl-business-cloud-account",
        "cn-reliable-internet",
        "cn-business-device",
        "sk-basic-training",
        "se-two-step",
        "st-write-goals",
    ] {
        assert!(instrument.action(id).is_some(), "shared action {id}");
    }
    for days in digiready::instrument::HORIZONS {
        assert!(
            instrument.actions.iter().any(|a| a.horizon_days == days),
            "horizon {days}"
        );
    }
    for a in &instrument.actions {
        for locale in digiready::locale::Locale::ALL {
            let step = catalog.text(locale, &format!("{}.step", a.message_id()));
            assert!(!step.starts_with("act-"), "{locale} {}: step", a.id);
        }
    }
}

/// Questionnaire versions: the first stays available so that its assessments keep their scores.
#[test]
fn older_versions_stay_available() {
    let (_, all) = util::embedded_all();
    let versions: Vec<&str> = all.all().iter().map(|i| i.version.as_str()).collect();
    assert!(versions.contains(&"2026.1"), "{versions:?}");
    assert_ne!(all.current().version, "2026.1");
    // Scoring fixtures include answers to the old version (checked in scoring.rs).
    let old = util::fixture_files("scoring", ".answers.json")
        .into_iter()
        .filter(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains("\"2026.1\"")))
        .count();
    assert!(old >= 3, "{old} fixtures of version 2026.1");
}

#[test]
fn versions_size_bands_and_conditions_are_checked() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("instrument");
    util::copy_dir(&util::root().join("assets/instrument/2026.1"), &dir);
    let main = dir.join("instrument.toml");
    let q = dir.join("questions");
    replace(&main, "version = \"2026.1\"", "version = \"2026.1-beta\"");
    // A band without limits in the middle would swallow every larger firm.
    replace(&main, "id = \"small\"\nlimits.agri_industry = { max_staff = 100, max_revenue = 50_000_000_000, max_capital = 20_000_000_000 }\n", "id = \"small\"\n");
    // A condition that could never hold.
    replace(&q.join("ecommerce.toml"), "show_if = { question = \"ec-online-orders\", any_of = [\"occasional\", \"chat\", \"platform\", \"own-shop\"] }",
        "show_if = { question = \"ec-online-orders\", at_least = 3 }");
    // A multiple-choice condition on some options only is not upward closed.
    replace(&q.join("epayments.toml"), "show_if = { question = \"ep-accept-methods\", any_of = [\"bank-transfer\", \"qr\", \"card\", \"e-wallet\"] }\n\n[[question]]\nid = \"ep-pay-out\"",
        "show_if = { question = \"ep-accept-methods\", any_of = [\"qr\"] }\n\n[[question]]\nid = \"ep-pay-out\"");
    let problems = digiready::files::load_instrument_dir(&dir, &Catalog::embedded())
        .expect_err("broken")
        .0;
    let catalog = Catalog::embedded();
    let all = problems
        .iter()
        .map(|p| p.localize(&catalog, digiready::locale::Locale::En))
        .collect::<Vec<_>>()
        .join("\n");
    for needle in [
        "version \"2026.1-beta\" must be numbers separated by dots",
        "size group \"agri_industry\" has no limits for country VN / small",
        "question \"ec-online-sales-share\": the condition on \"ec-online-orders\" must use any_of",
        "question \"ep-share-electronic\": a condition on the multiple-choice question \"ep-accept-methods\" must list every option",
    ] {
        assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
    }
}
