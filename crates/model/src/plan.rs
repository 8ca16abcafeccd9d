//! The prioritised improvement plan: a pure function from a scored assessment (and its
//! benchmark comparison) to ordered actions in three horizons.
//!
//! Method (METHOD.md, "The improvement plan"):
//! - Candidates: for every shown, answered question below the top, the action of its answer
//!   (single choice, yes/no, number band), or for multiple choice the action of each offered
//!   option not chosen. Unanswered questions propose nothing.
//! - Gain: how much the overall index would rise if that question moved one step up (to the
//!   next better option, band, or with that option added), computed exactly as scoring does.
//!   An action proposed by several questions adds their gains.
//! - Priority = gain × (1 + gap to the group's median ÷ 100) ÷ effort (low 1, medium 2, high 3).
//! - Order: actions named in another's `after` list come first; a prerequisite inherits the
//!   priority of the most urgent action waiting for it. Each action goes to the first horizon
//!   (30, 90, 365 days) that is not earlier than its own horizon nor its prerequisites', with a
//!   cap per horizon; what does not fit is listed as "later".

use std::collections::{BTreeMap, BTreeSet};

use crate::answers::{AnswerValue, Answers};
use crate::benchmark::Comparison;
use crate::benchmark::Provenance;
use crate::instrument::{Effort, Instrument, Question, QuestionKind, HORIZONS, MAX_POINTS};
use crate::scoring::{points, shown_questions, Scores};

/// How many actions each horizon holds (30, 90, 365 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanConfig {
    pub caps: [usize; 3],
}

impl Default for PlanConfig {
    fn default() -> Self {
        PlanConfig { caps: [3, 5, 7] }
    }
}

/// Why an action is in the plan: one answer it would improve.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub question: String,
    /// The option (or band minimum, or missing option for multiple choice) that led here.
    pub answer: String,
    pub area: String,
    /// Points the area score would gain.
    pub area_gain: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    pub action: String,
    pub area: String,
    /// The horizon it was placed in (30, 90 or 365), or the action's own for "later" items.
    pub horizon_days: u16,
    /// Points the overall index would gain (sum over its reasons).
    pub gain: f64,
    pub priority: f64,
    pub reasons: Vec<Reason>,
    /// The firm's gap to its group's median in the action's area, where a benchmark exists.
    pub peer_gap: Option<f64>,
    /// Where that median comes from (modelled and provisional figures must say so).
    pub peer_provenance: Option<Provenance>,
    /// Actions in this plan that must be done first.
    pub after: Vec<String>,
    /// Actions in this plan that wait for this one.
    pub before: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// One entry per horizon in [`HORIZONS`], in order; actions in the order to do them.
    pub horizons: Vec<(u16, Vec<PlanItem>)>,
    /// Actions that did not fit the caps.
    pub later: Vec<PlanItem>,
}

impl Plan {
    pub fn items(&self) -> impl Iterator<Item = &PlanItem> {
        self.horizons
            .iter()
            .flat_map(|(_, items)| items)
            .chain(&self.later)
    }
}

fn effort_cost(e: Effort) -> f64 {
    match e {
        Effort::Low => 1.0,
        Effort::Medium => 2.0,
        Effort::High => 3.0,
    }
}

/// (action, answer label, points gained by one step up) for an answered question.
fn steps(q: &Question, sector: &str, value: &AnswerValue) -> Vec<(String, String, f64)> {
    let offered = |exclusive: bool| {
        q.kind
            .choices()
            .iter()
            .filter(move |c| c.exclusive == exclusive && c.applies.includes(sector))
    };
    match (&q.kind, value) {
        (QuestionKind::Single(_) | QuestionKind::YesNo(_), AnswerValue::Choice(id)) => {
            let Some(c) = q.choice(id) else {
                return Vec::new();
            };
            let next = offered(false)
                .map(|o| o.points)
                .filter(|p| *p > c.points)
                .fold(f64::INFINITY, f64::min);
            match (&c.action, next.is_finite()) {
                (Some(a), true) => vec![(a.clone(), c.id.clone(), next - c.points)],
                _ => Vec::new(),
            }
        }
        (QuestionKind::Number { bands, .. }, AnswerValue::Number(n)) => {
            let Some(i) = bands.iter().rposition(|b| *n >= b.min) else {
                return Vec::new();
            };
            match (
                &bands[i].action,
                bands
                    .get(i + 1..)
                    .and_then(|rest| rest.iter().find(|b| b.points > bands[i].points)),
            ) {
                (Some(a), Some(next)) => vec![(
                    a.clone(),
                    format!("{}", bands[i].min),
                    next.points - bands[i].points,
                )],
                _ => Vec::new(),
            }
        }
        (QuestionKind::Multiple(_), AnswerValue::Choices(ids)) => {
            let points: f64 = ids
                .iter()
                .filter_map(|id| q.choice(id))
                .filter(|c| !c.exclusive)
                .map(|c| c.points)
                .sum::<f64>()
                .min(MAX_POINTS);
            offered(false)
                .filter(|o| !ids.contains(&o.id))
                .filter_map(|o| {
                    let gain = (points + o.points).min(MAX_POINTS) - points;
                    if gain > 0.0 {
                        Some((o.action.clone()?, o.id.clone(), gain))
                    } else {
                        None
                    }
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The improvement plan for a scored assessment.
pub fn plan(
    instrument: &Instrument,
    sector: &str,
    answers: &Answers,
    scores: &Scores,
    comparison: Option<&Comparison>,
    config: PlanConfig,
) -> Plan {
    let shown = shown_questions(instrument, sector, answers);
    // Denominators exactly as scoring uses them.
    let mut area_weight: BTreeMap<&str, f64> = BTreeMap::new();
    for q in shown
        .iter()
        .filter(|q| answers.get(&q.id).is_some_and(|v| points(q, v).is_some()))
    {
        *area_weight.entry(q.area.as_str()).or_default() += q.weight;
    }
    let scored: Vec<&str> = scores
        .areas
        .iter()
        .filter(|a| a.rated.is_some())
        .map(|a| a.area.as_str())
        .collect();
    let index_weight: f64 = instrument
        .areas
        .iter()
        .filter(|a| scored.contains(&a.id.as_str()))
        .map(|a| a.weight_for(sector))
        .sum();

    let mut items: BTreeMap<String, PlanItem> = BTreeMap::new();
    for q in &shown {
        let Some(value) = answers.get(&q.id) else {
            continue;
        };
        let Some(area) = instrument.area(&q.area) else {
            continue;
        };
        let total = area_weight.get(q.area.as_str()).copied().unwrap_or(0.0);
        if total <= 0.0 || index_weight <= 0.0 {
            continue;
        }
        for (action_id, answer, points) in steps(q, sector, value) {
            let Some(action) = instrument.action(&action_id) else {
                continue;
            };
            let area_gain = 100.0 * q.weight * points / MAX_POINTS / total;
            let gain = area_gain * area.weight_for(sector) / index_weight;
            let peer = comparison.and_then(|c| c.area(&action.area));
            let item = items.entry(action_id.clone()).or_insert_with(|| PlanItem {
                action: action_id.clone(),
                area: action.area.clone(),
                horizon_days: action.horizon_days,
                gain: 0.0,
                priority: 0.0,
                reasons: Vec::new(),
                peer_gap: peer.map(|a| a.gap_to_median),
                peer_provenance: peer.map(|a| a.provenance.clone()),
                after: Vec::new(),
                before: Vec::new(),
            });
            item.gain += gain;
            item.reasons.push(Reason {
                question: q.id.clone(),
                answer,
                area: q.area.clone(),
                area_gain,
            });
        }
    }
    for item in items.values_mut() {
        let effort = instrument
            .action(&item.action)
            .map_or(1.0, |a| effort_cost(a.effort));
        let gap = item.peer_gap.unwrap_or(0.0).max(0.0);
        item.priority = item.gain * (1.0 + gap / 100.0) / effort;
        // Shown with two decimals; priorities keep full precision.
        item.gain = (item.gain * 100.0).round() / 100.0;
    }
    // Prerequisites within the plan.
    let ids: BTreeSet<String> = items.keys().cloned().collect();
    let prereqs: BTreeMap<String, Vec<String>> = ids
        .iter()
        .map(|id| {
            let after = instrument
                .action(id)
                .map(|a| {
                    a.after
                        .iter()
                        .filter(|b| ids.contains(*b))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            (id.clone(), after)
        })
        .collect();
    for (id, after) in &prereqs {
        for b in after {
            if let Some(item) = items.get_mut(b) {
                item.before.push(id.clone());
            }
        }
        if let Some(item) = items.get_mut(id) {
            item.after = after.clone();
        }
    }
    // A prerequisite is as urgent as the most urgent action waiting for it.
    let mut urgency: BTreeMap<String, f64> =
        items.iter().map(|(k, v)| (k.clone(), v.priority)).collect();
    for _ in 0..items.len() {
        let mut changed = false;
        for (id, after) in &prereqs {
            let u = urgency[id];
            for b in after {
                if urgency[b] < u {
                    urgency.insert(b.clone(), u);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }

    let mut out = Plan {
        horizons: HORIZONS.iter().map(|h| (*h, Vec::new())).collect(),
        later: Vec::new(),
    };
    let mut placed: BTreeMap<String, Option<usize>> = BTreeMap::new();
    while placed.len() < items.len() {
        // The most urgent action whose prerequisites are all placed (ties: higher own
        // priority, then id, for a stable order).
        let next = items
            .keys()
            .filter(|id| !placed.contains_key(*id))
            .filter(|id| prereqs[*id].iter().all(|b| placed.contains_key(b)))
            .max_by(|a, b| {
                urgency[*a]
                    .total_cmp(&urgency[*b])
                    .then(items[*a].priority.total_cmp(&items[*b].priority))
                    .then(b.cmp(a))
            })
            .cloned();
        let Some(id) = next else { break };
        let item = items[&id].clone();
        let own = HORIZONS
            .iter()
            .position(|h| *h >= item.horizon_days)
            .unwrap_or(HORIZONS.len() - 1);
        let mut earliest = Some(own);
        for b in &prereqs[&id] {
            earliest = match (earliest, placed[b]) {
                (Some(e), Some(p)) => Some(e.max(p)),
                _ => None,
            };
        }
        let slot = earliest
            .and_then(|e| (e..HORIZONS.len()).find(|i| out.horizons[*i].1.len() < config.caps[*i]));
        match slot {
            Some(i) => {
                let mut item = item;
                item.horizon_days = HORIZONS[i];
                out.horizons[i].1.push(item);
            }
            None => out.later.push(item),
        }
        placed.insert(id, slot);
    }
    out
}

/// A firm's scores, its comparison with the benchmarks and its plan: what the plan view, the
/// PDF report and the desktop app all show.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub scores: Scores,
    pub comparison: Comparison,
    pub plan: Plan,
}

/// Scores the answers, compares them with the benchmark rows of the firm's country and makes
/// the plan.
pub fn analyse(
    instrument: &Instrument,
    rows: &[crate::benchmark::BenchmarkRow],
    firm: &crate::benchmark::compare::Firm<'_>,
    answers: &Answers,
    config: PlanConfig,
) -> Analysis {
    let scores = crate::scoring::score(instrument, firm.sector, answers);
    let comparison = crate::benchmark::compare(instrument, rows, firm, answers, &scores);
    let plan = plan(
        instrument,
        firm.sector,
        answers,
        &scores,
        Some(&comparison),
        config,
    );
    Analysis {
        scores,
        comparison,
        plan,
    }
}
