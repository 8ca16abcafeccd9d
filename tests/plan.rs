//! The improvement plan: fixtures with their expected plans, and its properties.

use digiready::answers::Answers;
use digiready::plan::{plan, PlanConfig};
use digiready::scoring::{score, shown_questions};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::util::{self, highest, random_answer};

/// What a plan fixture pins: the comparison's groups, percentiles and provenance, and the
/// actions by horizon in order.
fn pinned(out: &Value) -> Value {
    let areas: Vec<Value> = out["comparison"]["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .map(|a| {
            json!({
                "area": a["area"], "score": a["score"], "percentile": a["percentile"],
                "median": a["median"], "group": a["group"], "provenance": a["provenance"]["kind"],
            })
        })
        .collect();
    let ids = |list: &Value| -> Vec<Value> {
        list.as_array()
            .expect("actions")
            .iter()
            .map(|a| a["action"].clone())
            .collect()
    };
    let horizons: Vec<Value> = out["plan"]["horizons"]
        .as_array()
        .expect("horizons")
        .iter()
        .map(|h| json!({ "days": h["days"], "actions": ids(&h["actions"]) }))
        .collect();
    json!({ "comparison": areas, "horizons": horizons, "later": ids(&out["plan"]["later"]) })
}

/// Each `tests/fixtures/plans/<name>.answers.json` gives the plan pinned in
/// `<name>.expected.json` (DIGIREADY_BLESS=1 rewrites them: review the diff before committing).
#[test]
fn fixtures_plan_as_expected() {
    let dir = tempfile::tempdir().expect("tempdir");
    util::check_fixtures("plans", |answers| {
        let out = util::ok_json(&util::digiready(
            &dir.path().join("unused.sqlite3"),
            &["plan", "--json", "--answers", &answers.to_string_lossy()],
        ));
        // Every comparison says which group it used and where its figures come from, and no
        // modelled figure is passed off as published.
        for a in out["comparison"]["areas"].as_array().expect("areas") {
            assert!(a["group"].is_object(), "{a}");
            assert_eq!(
                a["provenance"]["kind"], "modelled",
                "area scores have no published source: {a}"
            );
            assert!(!a["provenance"]["source"]
                .as_str()
                .unwrap_or_default()
                .is_empty());
        }
        for h in out["plan"]["horizons"].as_array().expect("horizons") {
            for a in h["actions"].as_array().expect("actions") {
                assert!(
                    !a["reasons"].as_array().expect("reasons").is_empty(),
                    "every action says why: {a}"
                );
                assert!(
                    !a["first_step"]
                        .as_str()
                        .unwrap_or_default()
                        .starts_with("act-"),
                    "{a}"
                );
            }
        }
        pinned(&out)
    });
}

/// The retail micro shop of the worked example: the plan fills all three horizons and puts
/// foundations first (what an action waits for is placed before it).
#[test]
fn a_plan_spans_three_horizons_and_respects_prerequisites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = util::ok_json(&util::digiready(
        &dir.path().join("unused.sqlite3"),
        &[
            "plan",
            "--json",
            "--answers",
            &util::fixtures("plans")
                .join("vn-retail-micro.answers.json")
                .to_string_lossy(),
        ],
    ));
    let mut order = Vec::new();
    for h in out["plan"]["horizons"].as_array().expect("horizons") {
        assert!(
            !h["actions"].as_array().expect("actions").is_empty(),
            "horizon {} is empty",
            h["days"]
        );
        for a in h["actions"].as_array().expect("actions") {
            order.push(a.clone());
        }
    }
    let position = |id: &str| order.iter().position(|a| a["action"] == id);
    for a in &order {
        for before in a["after"].as_array().expect("after") {
            let (p, q) = (
                position(before.as_str().expect("id")),
                position(a["action"].as_str().expect("id")),
            );
            assert!(
                p.is_some() && p < q,
                "{before} must come before {}",
                a["action"]
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Answering a question at its top level removes every reason it gave from the plan.
    #[test]
    fn answering_at_the_top_removes_that_questions_actions(
        sector_index in 0usize..6,
        seeds in proptest::collection::vec(0usize..1_000_000, 60),
        pick in 0usize..1000,
    ) {
        let (_, instrument) = util::embedded();
        let sector = instrument.sectors[sector_index].id.clone();
        let mut answers = Answers::new();
        for (i, q) in instrument.questions.iter().enumerate() {
            if shown_questions(instrument, &sector, &answers).iter().any(|s| s.id == q.id) {
                answers.insert(q.id.clone(), random_answer(q, &sector, seeds[i % seeds.len()]));
            }
        }
        let ids: Vec<String> = answers.keys().cloned().collect();
        let id = &ids[pick % ids.len()];
        let q = instrument.question(id).expect("question");
        answers.insert(id.clone(), highest(q, &sector));
        let scores = score(instrument, &sector, &answers);
        let p = plan(instrument, &sector, &answers, &scores, None, PlanConfig::default());
        for item in p.items() {
            prop_assert!(
                !item.reasons.iter().any(|r| &r.question == id),
                "{id} answered at the top still gives {}", item.action
            );
        }
    }
}
