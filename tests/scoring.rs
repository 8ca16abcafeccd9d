//! The scoring engine: fixtures with expected results, extremes, hidden questions, monotonicity.

use std::collections::BTreeMap;

use crate::util::{answer_all, better, highest, lowest, random_answer};
use digiready::answers::{AnswerValue, Answers};
use digiready::scoring::{score, shown_questions, Scores};
use proptest::prelude::*;

use crate::util;

/// Each `<name>.answers.json` is scored by the real CLI and must print `<name>.expected.json`.
/// Set DIGIREADY_BLESS=1 to write the expected files after checking the numbers by hand.
#[test]
fn fixtures_score_as_expected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("unused.sqlite3");
    util::check_fixtures("scoring", |answers| {
        util::ok_json(&util::digiready(
            &db,
            &["score", "--json", "--answers", &answers.to_string_lossy()],
        ))
    });
    assert!(!db.exists(), "scoring a file must not create a database");
}

#[test]
fn all_lowest_is_zero_and_all_highest_is_one_hundred_in_every_sector() {
    let (_, instrument) = util::embedded();
    for sector in instrument.sectors.iter().map(|s| s.id.as_str()) {
        let low = score(
            instrument,
            sector,
            &answer_all(instrument, sector, |q| lowest(q, sector)),
        );
        let high = score(
            instrument,
            sector,
            &answer_all(instrument, sector, |q| highest(q, sector)),
        );
        for (scores, want, level) in [(&low, 0.0, 1), (&high, 100.0, 5)] {
            let overall = scores.overall.expect("scored");
            assert_eq!(
                (overall.score, overall.level),
                (want, level),
                "{sector} overall"
            );
            assert_eq!(
                scores.areas.len(),
                instrument.areas.len(),
                "{sector}: every area has questions"
            );
            for a in &scores.areas {
                let r = a.rated.expect("area scored");
                assert_eq!((r.score, r.level), (want, level), "{sector} {}", a.area);
            }
            assert!(
                scores.unanswered.is_empty(),
                "{sector}: {:?}",
                scores.unanswered
            );
        }
    }
}

#[test]
fn a_hidden_question_neither_counts_nor_penalises() {
    let (_, instrument) = util::embedded();
    let mut answers = Answers::new();
    answers.insert(
        "ec-online-orders".into(),
        AnswerValue::Choice("none".into()),
    );
    let without = score(instrument, "retail_wholesale", &answers);
    // An answer on record to a question that the first answer hides changes nothing.
    answers.insert("ec-online-sales-share".into(), AnswerValue::Number(80.0));
    let with = score(instrument, "retail_wholesale", &answers);
    assert_eq!(without, with);
    let ec = with.area("ecommerce").expect("area");
    assert!(!with
        .unanswered
        .contains(&"ec-online-sales-share".to_string()));
    assert_eq!(ec.rated.map(|r| r.score), Some(0.0));
    // Shown once the firm takes orders online: then it counts, and is listed while unanswered.
    answers.insert(
        "ec-online-orders".into(),
        AnswerValue::Choice("chat".into()),
    );
    let shown = score(instrument, "retail_wholesale", &answers);
    let ec = shown.area("ecommerce").expect("area");
    assert_eq!(ec.answered, 2);
    assert!(ec.rated.expect("scored").score > 50.0);
}

#[test]
fn questions_for_other_sectors_are_not_shown() {
    let (_, instrument) = util::embedded();
    let tourism = shown_questions(instrument, "tourism", &Answers::new());
    assert!(!tourism.iter().any(|q| q.id == "ec-delivery"));
    let retail = shown_questions(instrument, "retail_wholesale", &Answers::new());
    assert!(retail.iter().any(|q| q.id == "ec-delivery"));
}

// ---- Improving any single answer never lowers any score. ----

fn area_scores(s: &Scores) -> BTreeMap<String, Option<f64>> {
    s.areas
        .iter()
        .map(|a| (a.area.clone(), a.rated.map(|r| r.score)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn improving_one_answer_never_lowers_any_score(
        sector_index in 0usize..6,
        seeds in proptest::collection::vec(0usize..1_000_000, 40),
        present in proptest::collection::vec(proptest::bool::weighted(0.8), 40),
        pick in 0usize..1000,
        better_seed in 0usize..1000,
    ) {
        let (_, instrument) = util::embedded();
        let sector = instrument.sectors[sector_index % instrument.sectors.len()].id.clone();
        // A consistent answer set: only questions shown at the time are answered.
        let mut answers = Answers::new();
        for (i, q) in instrument.questions.iter().enumerate() {
            let shown = shown_questions(instrument, &sector, &answers).iter().any(|s| s.id == q.id);
            if shown && present[i % present.len()] {
                answers.insert(q.id.clone(), random_answer(q, &sector, seeds[i % seeds.len()]));
            }
        }
        let answered: Vec<String> = answers.keys().cloned().collect();
        prop_assume!(!answered.is_empty());
        let id = &answered[pick % answered.len()];
        let q = instrument.question(id).expect("question");
        let Some(improved) = better(q, &sector, &answers[id], better_seed) else {
            return Ok(());
        };
        prop_assert!(digiready::answers::check_answer(instrument, &sector, id, &improved).is_ok());
        let before = score(instrument, &sector, &answers);
        let mut after_answers = answers.clone();
        after_answers.insert(id.clone(), improved.clone());
        let after = score(instrument, &sector, &after_answers);
        let (b, a) = (area_scores(&before), area_scores(&after));
        for (area, old) in &b {
            let new = a.get(area).copied().flatten();
            prop_assert!(new >= *old, "{sector}: {id} → {improved:?} lowered {area}: {old:?} → {new:?}");
        }
        prop_assert!(
            after.overall.map(|r| r.score) >= before.overall.map(|r| r.score),
            "{sector}: {id} → {improved:?} lowered the overall index"
        );
    }
}

/// METHOD.md's worked example: its answers, scored by the real CLI, give the table it prints.
#[test]
fn the_worked_example_in_method_md_is_what_the_program_computes() {
    let method = std::fs::read_to_string(util::root().join("METHOD.md")).expect("METHOD.md");
    let after = |marker: &str| {
        let start = method
            .find(marker)
            .unwrap_or_else(|| panic!("METHOD.md lacks {marker}"));
        &method[start + marker.len()..]
    };
    let answers = after("<!-- worked-example:answers -->");
    let json_start = answers.find("```json\n").expect("a json block") + "```json\n".len();
    let json =
        &answers[json_start..json_start + answers[json_start..].find("```").expect("block end")];
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("example.json");
    std::fs::write(&file, json).expect("write");
    let out = util::ok_json(&util::digiready(
        &dir.path().join("db"),
        &["score", "--json", "--answers", &file.to_string_lossy()],
    ));

    let table = after("<!-- worked-example:scores -->");
    let mut rows = 0;
    for line in table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
    {
        let Some(id) = line.split('`').nth(1) else {
            continue;
        };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (score, level): (f64, u64) = (
            cells[2]
                .trim_matches('*')
                .parse()
                .unwrap_or_else(|_| panic!("score in {line}")),
            cells[3]
                .trim_matches('*')
                .parse()
                .unwrap_or_else(|_| panic!("level in {line}")),
        );
        let computed = if id == "overall" {
            out["overall"].clone()
        } else {
            out["areas"]
                .as_array()
                .expect("areas")
                .iter()
                .find(|a| a["area"] == id)
                .cloned()
                .unwrap_or_else(|| panic!("area {id}"))
        };
        assert_eq!(
            computed["score"].as_f64(),
            Some(score),
            "{id}: METHOD.md says {score}, the program {}",
            computed["score"]
        );
        assert_eq!(computed["level"].as_u64(), Some(level), "{id} level");
        rows += 1;
    }
    assert_eq!(rows, 8, "seven areas and the overall index");
}
