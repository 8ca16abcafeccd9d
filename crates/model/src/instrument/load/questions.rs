//! Checking each question: its options, points, anchors and conditions.

use std::collections::BTreeSet;
use std::path::Path;

use super::problems::{shape, ProblemKind};
use super::raw::*;
use super::validate::Validator;
use super::*;
use super::{Choice, Condition, ConditionTest, NumberBand, Question, QuestionKind, MAX_POINTS};

impl Validator<'_> {
    pub(super) fn question(
        &mut self,
        path: &Path,
        raw: RawQuestion,
        area: &str,
        sectors: &[String],
        earlier: &[Question],
        all_ids: &BTreeSet<String>,
    ) -> Option<Question> {
        let qid = raw.id.clone();
        let q = Some(qid.as_str());
        let weight = raw.weight.unwrap_or(1.0);
        self.weight(path, q, "question weight", weight);
        let applies = self.applies(path, &qid, raw.sectors, sectors);
        let before = self.problems.len();

        let kind = match raw.kind {
            RawKind::Number => {
                if raw.options.is_some() {
                    self.push(path, q, shape("number-options", &[]));
                }
                let (Some(min), Some(max)) = (raw.min, raw.max) else {
                    self.push(path, q, shape("number-range", &[]));
                    return None;
                };
                let bands: Vec<NumberBand> = raw
                    .bands
                    .unwrap_or_default()
                    .into_iter()
                    .map(|b| NumberBand {
                        min: b.min,
                        points: b.points,
                        action: b.action,
                    })
                    .collect();
                for b in &bands {
                    self.points(path, q, &format!("≥ {}", b.min), b.points);
                }
                let monotone = !bands.is_empty()
                    && bands[0].min == min
                    && bands
                        .windows(2)
                        .all(|w| w[0].min < w[1].min && w[0].points <= w[1].points)
                    && bands.iter().all(|b| b.min <= max)
                    && min < max;
                if !monotone {
                    self.push(path, q, ProblemKind::BandsNotMonotone);
                } else {
                    let lowest = bands[0].points;
                    let highest = bands[bands.len() - 1].points;
                    if lowest != 0.0 || highest != MAX_POINTS {
                        self.push(
                            path,
                            q,
                            ProblemKind::NotAnchored {
                                sector: "*".to_string(),
                                lowest,
                                highest,
                            },
                        );
                    }
                }
                QuestionKind::Number { min, max, bands }
            }
            kind => {
                if raw.bands.is_some() || raw.min.is_some() || raw.max.is_some() {
                    self.push(path, q, shape("bands-not-number", &[]));
                }
                let mut choices = Vec::new();
                let mut ids = BTreeSet::new();
                for o in raw.options.unwrap_or_default() {
                    if !self.id(path, q, &o.id) {
                        continue;
                    }
                    if RESERVED_CHOICE_IDS.contains(&o.id.as_str()) {
                        self.push(
                            path,
                            q,
                            shape("reserved-option", &[("option", o.id.clone())]),
                        );
                    }
                    if !ids.insert(o.id.clone()) {
                        self.push(
                            path,
                            q,
                            ProblemKind::DuplicateId {
                                what: "option",
                                id: o.id.clone(),
                            },
                        );
                    }
                    self.points(path, q, &o.id, o.points);
                    let applies = self.applies(path, &qid, o.sectors, sectors);
                    if o.exclusive && kind != RawKind::Multiple {
                        self.push(path, q, shape("exclusive-not-multiple", &[]));
                    }
                    choices.push(Choice {
                        id: o.id,
                        points: o.points,
                        applies,
                        exclusive: o.exclusive,
                        action: o.action,
                    });
                }
                match kind {
                    RawKind::YesNo => {
                        let mut names: Vec<&str> = choices.iter().map(|c| c.id.as_str()).collect();
                        names.sort_unstable();
                        if names != ["no", "yes"] {
                            self.push(path, q, shape("yes-no-options", &[]));
                        }
                        QuestionKind::YesNo(choices)
                    }
                    RawKind::Single => QuestionKind::Single(choices),
                    RawKind::Multiple => {
                        if !choices.iter().any(|c| c.exclusive) {
                            self.push(path, q, shape("multiple-needs-exclusive", &[]));
                        }
                        QuestionKind::Multiple(choices)
                    }
                    RawKind::Number => unreachable!("handled above"),
                }
            }
        };
        if kind.choices().len() == 1
            || (kind.choices().is_empty() && !matches!(kind, QuestionKind::Number { .. }))
        {
            self.push(path, q, shape("too-few-options", &[]));
        }

        let question = Question {
            id: qid.clone(),
            area: area.to_string(),
            kind,
            weight,
            applies,
            show_if: None,
        };
        if self.problems.len() == before {
            self.anchoring(path, &question, sectors);
        }
        let show_if = raw
            .show_if
            .and_then(|c| self.condition(path, &qid, c, earlier, all_ids));
        if let Some(c) = &show_if {
            if let Some(target) = earlier.iter().find(|e| e.id == c.question) {
                for sector in sectors.iter().filter(|s| question.applies.includes(s)) {
                    if !target.applies.includes(sector) {
                        let kind = shape(
                            "never-shown",
                            &[("sector", sector.clone()), ("question", target.id.clone())],
                        );
                        self.push(path, q, kind);
                    }
                }
            }
        }
        Some(Question {
            show_if,
            ..question
        })
    }

    /// Practices and indicators refer to questions and options that exist.
    pub(super) fn points(&mut self, path: &Path, q: Option<&str>, option: &str, points: f64) {
        if !(points.is_finite() && (0.0..=MAX_POINTS).contains(&points)) {
            self.push(
                path,
                q,
                ProblemKind::PointsOutOfRange {
                    option: option.to_string(),
                    points,
                },
            );
        }
    }

    /// Every sector the question applies to can answer it from 0 to MAX_POINTS points.
    pub(super) fn anchoring(&mut self, path: &Path, question: &Question, sectors: &[String]) {
        for sector in sectors.iter().filter(|s| question.applies.includes(s)) {
            let offered: Vec<&Choice> = question
                .kind
                .choices()
                .iter()
                .filter(|c| c.applies.includes(sector))
                .collect();
            let (lowest, highest) = match &question.kind {
                QuestionKind::Number { .. } => continue,
                QuestionKind::Multiple(_) => {
                    let exclusive = offered.iter().filter(|c| c.exclusive).map(|c| c.points);
                    let lowest = exclusive.clone().fold(f64::INFINITY, f64::min);
                    let sum: f64 = offered
                        .iter()
                        .filter(|c| !c.exclusive)
                        .map(|c| c.points)
                        .sum();
                    (lowest, exclusive.fold(sum.min(MAX_POINTS), f64::max))
                }
                _ => (
                    offered
                        .iter()
                        .map(|c| c.points)
                        .fold(f64::INFINITY, f64::min),
                    offered
                        .iter()
                        .map(|c| c.points)
                        .fold(f64::NEG_INFINITY, f64::max),
                ),
            };
            if lowest != 0.0 || highest != MAX_POINTS {
                self.push(
                    path,
                    Some(&question.id),
                    ProblemKind::NotAnchored {
                        sector: sector.clone(),
                        lowest,
                        highest,
                    },
                );
            }
        }
    }

    pub(super) fn condition(
        &mut self,
        path: &Path,
        qid: &str,
        raw: RawCondition,
        earlier: &[Question],
        all_ids: &BTreeSet<String>,
    ) -> Option<Condition> {
        let q = Some(qid);
        let Some(target) = earlier.iter().find(|e| e.id == raw.question) else {
            let kind = if all_ids.contains(&raw.question) {
                ProblemKind::ConditionLaterQuestion {
                    question: raw.question,
                }
            } else {
                ProblemKind::ConditionUnknownQuestion {
                    question: raw.question,
                }
            };
            self.push(path, q, kind);
            return None;
        };
        let test = match (&target.kind, raw.any_of, raw.at_least) {
            (QuestionKind::Number { min, max, .. }, None, Some(n)) => {
                if !(n.is_finite() && *min < n && n <= *max) {
                    let kind = shape(
                        "at-least-range",
                        &[
                            ("value", n.to_string()),
                            ("min", min.to_string()),
                            ("max", max.to_string()),
                            ("question", target.id.clone()),
                        ],
                    );
                    self.push(path, q, kind);
                    return None;
                }
                ConditionTest::AtLeast(n)
            }
            (QuestionKind::Number { .. }, _, _) => {
                self.push(
                    path,
                    q,
                    ProblemKind::ConditionWrongTest {
                        question: target.id.clone(),
                        expected: "at_least",
                    },
                );
                return None;
            }
            (kind, Some(list), None) if !list.is_empty() => {
                let mut ok = true;
                for o in &list {
                    match target.choice(o) {
                        None => {
                            self.push(
                                path,
                                q,
                                ProblemKind::ConditionUnknownOption {
                                    question: target.id.clone(),
                                    option: o.clone(),
                                },
                            );
                            ok = false;
                        }
                        Some(c) if c.exclusive => {
                            self.push(
                                path,
                                q,
                                ProblemKind::ConditionNotUpwardClosed {
                                    question: target.id.clone(),
                                },
                            );
                            ok = false;
                        }
                        Some(_) => {}
                    }
                }
                // Multiple choice: only "any answer but the exclusive ones" is upward closed under
                // every better answer (points are summed, so a better set need not contain a
                // listed option).
                if ok && matches!(kind, QuestionKind::Multiple(_)) {
                    let all = kind
                        .choices()
                        .iter()
                        .filter(|c| !c.exclusive)
                        .all(|c| list.contains(&c.id));
                    if !all {
                        let kind = shape("multiple-condition", &[("question", target.id.clone())]);
                        self.push(path, q, kind);
                        ok = false;
                    }
                }
                if ok && !matches!(kind, QuestionKind::Multiple(_)) {
                    let floor = list
                        .iter()
                        .filter_map(|o| target.choice(o))
                        .map(|c| c.points)
                        .fold(f64::INFINITY, f64::min);
                    let closed = kind
                        .choices()
                        .iter()
                        .filter(|c| c.points > floor)
                        .all(|c| list.contains(&c.id));
                    if !closed {
                        self.push(
                            path,
                            q,
                            ProblemKind::ConditionNotUpwardClosed {
                                question: target.id.clone(),
                            },
                        );
                        ok = false;
                    }
                }
                if !ok {
                    return None;
                }
                ConditionTest::AnyOf(list)
            }
            _ => {
                self.push(
                    path,
                    q,
                    ProblemKind::ConditionWrongTest {
                        question: target.id.clone(),
                        expected: "any_of",
                    },
                );
                return None;
            }
        };
        Some(Condition {
            question: target.id.clone(),
            test,
        })
    }
}
