//! Shared by the two kill tests (the CLI's in `tests/crash.rs`, the app's in
//! `src-tauri/tests/e2e`): the kill moments, the answers to alternate, and the ledger of what
//! was acknowledged. Included by path from both test binaries.

use std::collections::BTreeMap;

use digiready::answers::{AnswerValue, Answers};
use digiready::instrument::{Instrument, QuestionKind};

/// How many times each test kills its process.
pub const KILLS: usize = 200;

/// A fixed-seed generator: the same kill moments on every run.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

/// Questions shown to a firm of `sector` whatever else is answered, each with two options to
/// alternate between (so every save changes the stored value).
pub fn alternating_questions(instrument: &Instrument, sector: &str) -> Vec<(String, [String; 2])> {
    let none = Answers::new();
    let questions: Vec<(String, [String; 2])> =
        digiready::scoring::shown_questions(instrument, sector, &none)
            .into_iter()
            .filter(|q| !matches!(q.kind, QuestionKind::Multiple(_)))
            .filter_map(|q| {
                let options: Vec<String> = q
                    .kind
                    .choices()
                    .iter()
                    .filter(|c| c.applies.includes(sector))
                    .map(|c| c.id.clone())
                    .collect();
                (options.len() >= 2)
                    .then(|| (q.id.clone(), [options[0].clone(), options[1].clone()]))
            })
            .collect();
    assert!(questions.len() >= 10, "enough questions to alternate");
    questions
}

/// The `i`-th save of a run of saves: which question, which value.
pub fn nth_save(questions: &[(String, [String; 2])], i: usize) -> (&str, &str) {
    let (q, options) = &questions[i % questions.len()];
    (q, &options[(i / questions.len() + 1) % 2])
}

/// Per question: the last value whose save was acknowledged, and the values of later saves
/// cut off by a kill (each may or may not have reached the disk).
#[derive(Default)]
pub struct Ledger {
    acknowledged: BTreeMap<String, String>,
    in_flight: BTreeMap<String, Vec<String>>,
    pub acks: usize,
    pub cut: usize,
}

impl Ledger {
    pub fn acknowledged(&mut self, q: &str, v: &str) {
        self.acks += 1;
        self.acknowledged.insert(q.to_string(), v.to_string());
        self.in_flight.remove(q);
    }

    pub fn cut_off(&mut self, q: &str, v: &str) {
        self.cut += 1;
        self.in_flight
            .entry(q.to_string())
            .or_default()
            .push(v.to_string());
    }

    /// Every acknowledged answer is stored, as acknowledged or as a later save that was cut
    /// off; `Err` names the first that is not.
    pub fn check(&self, stored: &Answers) -> Result<(), String> {
        for (q, v) in &self.acknowledged {
            let value = match stored.get(q) {
                Some(AnswerValue::Choice(s)) => s,
                other => return Err(format!("{q} acknowledged as {v}, stored {other:?}")),
            };
            let allowed = value == v || self.in_flight.get(q).is_some_and(|l| l.contains(value));
            if !allowed {
                return Err(format!("{q} acknowledged as {v}, stored {value}"));
            }
        }
        Ok(())
    }

    /// How many questions have an acknowledged answer.
    pub fn questions(&self) -> usize {
        self.acknowledged.len()
    }
}
