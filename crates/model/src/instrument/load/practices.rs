//! Checking the practices, indicators and actions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::problems::{shape, ProblemKind};
use super::raw::*;
use super::validate::Validator;
use super::{Condition, ConditionTest, Indicator, Instrument, Practice, QuestionKind, MAX_POINTS};

impl Validator<'_> {
    pub(super) fn practices(
        &mut self,
        path: &Path,
        raw: RawPractices,
        instrument: &mut Instrument,
    ) {
        let mut ids = BTreeSet::new();
        for p in raw.practice {
            if !self.id(path, None, &p.id) {
                continue;
            }
            if !ids.insert(p.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "practice",
                        id: p.id,
                    },
                );
                continue;
            }
            let mut any = Vec::new();
            for c in p.any {
                let Some(q) = instrument.question(&c.question) else {
                    let kind = ProblemKind::ConditionUnknownQuestion {
                        question: c.question,
                    };
                    self.push(path, None, kind);
                    continue;
                };
                for o in &c.any_of {
                    if q.choice(o).is_none() {
                        let kind = ProblemKind::ConditionUnknownOption {
                            question: q.id.clone(),
                            option: o.clone(),
                        };
                        self.push(path, None, kind);
                    }
                }
                any.push(Condition {
                    question: c.question,
                    test: ConditionTest::AnyOf(c.any_of),
                });
            }
            instrument.practices.push(Practice { id: p.id, any });
        }
        for i in raw.indicator {
            if !self.id(path, None, &i.id) {
                continue;
            }
            if !ids.insert(i.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "practice",
                        id: i.id,
                    },
                );
                continue;
            }
            match instrument.question(&i.question).map(|q| &q.kind) {
                Some(QuestionKind::Number { .. }) => instrument.indicators.push(Indicator {
                    id: i.id,
                    question: i.question,
                }),
                Some(_) => {
                    let kind = shape("indicator-not-number", &[("question", i.question)]);
                    self.push(path, None, kind);
                }
                None => {
                    let kind = ProblemKind::ConditionUnknownQuestion {
                        question: i.question,
                    };
                    self.push(path, None, kind);
                }
            }
        }
    }

    /// Every answer below the top leads to an action; every action exists, is used, and its
    /// `after` list refers to actions without a cycle.
    pub(super) fn actions(
        &mut self,
        instrument: &Instrument,
        question_files: &BTreeMap<String, PathBuf>,
        action_files: &BTreeMap<String, PathBuf>,
    ) {
        let mut used = BTreeSet::new();
        for q in &instrument.questions {
            let path = question_files.get(&q.id).cloned().unwrap_or_default();
            let needed: Vec<(String, Option<&String>)> = match &q.kind {
                QuestionKind::Number { bands, .. } => bands
                    .iter()
                    .filter(|b| b.points < MAX_POINTS)
                    .map(|b| (format!("≥ {}", b.min), b.action.as_ref()))
                    .collect(),
                QuestionKind::Multiple(choices) => choices
                    .iter()
                    .filter(|c| !c.exclusive)
                    .map(|c| (c.id.clone(), c.action.as_ref()))
                    .collect(),
                kind => kind
                    .choices()
                    .iter()
                    .filter(|c| c.points < MAX_POINTS)
                    .map(|c| (c.id.clone(), c.action.as_ref()))
                    .collect(),
            };
            let given = q
                .kind
                .choices()
                .iter()
                .filter_map(|c| c.action.as_ref())
                .chain(match &q.kind {
                    QuestionKind::Number { bands, .. } => bands
                        .iter()
                        .filter_map(|b| b.action.as_ref())
                        .collect::<Vec<_>>(),
                    _ => Vec::new(),
                });
            for action in given {
                used.insert(action.clone());
                if instrument.action(action).is_none() {
                    self.push(
                        &path,
                        Some(&q.id),
                        ProblemKind::UnknownAction { id: action.clone() },
                    );
                }
            }
            for (option, action) in needed {
                if action.is_none() {
                    self.push(&path, Some(&q.id), ProblemKind::MissingAction { option });
                }
            }
        }
        for a in &instrument.actions {
            let path = action_files.get(&a.id).cloned().unwrap_or_default();
            if !used.contains(&a.id) {
                self.push(&path, None, ProblemKind::UnusedAction { id: a.id.clone() });
            }
            for b in &a.after {
                if instrument.action(b).is_none() {
                    self.push(&path, None, ProblemKind::UnknownAction { id: b.clone() });
                }
            }
            // Depth-first walk of `after` from this action; reaching it again is a cycle.
            let mut stack: Vec<&str> = a.after.iter().map(String::as_str).collect();
            let mut seen = BTreeSet::new();
            while let Some(next) = stack.pop() {
                if next == a.id {
                    self.push(&path, None, ProblemKind::ActionCycle { id: a.id.clone() });
                    break;
                }
                if seen.insert(next) {
                    if let Some(n) = instrument.action(next) {
                        stack.extend(n.after.iter().map(String::as_str));
                    }
                }
            }
        }
    }
}
