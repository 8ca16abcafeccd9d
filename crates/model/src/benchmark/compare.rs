//! How a firm compares with the benchmarks of its group. Pure.

use super::{BenchmarkRow, Metric, Provenance, ProvenanceKind};
use crate::answers::{AnswerValue, Answers};
use crate::instrument::{ConditionTest, Instrument};
use crate::scoring::{shown_questions, Scores};

/// The group of firms a benchmark describes; `None` means "all".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Group {
    pub sector: Option<String>,
    pub size: Option<String>,
    /// A place: a province or a region id (see `place`), or a province as a pack names it.
    pub region: Option<String>,
}

/// The firm being compared.
#[derive(Debug, Clone, Copy)]
pub struct Firm<'a> {
    pub sector: &'a str,
    pub size: &'a str,
    /// The firm's province (its id where it is a known one), if recorded.
    pub province: Option<&'a str>,
    /// The region of the firm's province, where known.
    pub region: Option<&'a str>,
}

impl Firm<'_> {
    /// The firm's places, the most specific first.
    fn places(&self) -> impl Iterator<Item = &str> {
        [self.province, self.region].into_iter().flatten()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AreaComparison {
    pub area: String,
    pub score: f64,
    /// The group whose distribution was used (the most specific one with a figure).
    pub group: Group,
    /// 0–100: the share of firms in the group scoring below this firm.
    pub percentile: f64,
    pub median: f64,
    /// Median minus score: positive when the firm is behind its peers.
    pub gap_to_median: f64,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PracticeComparison {
    pub practice: String,
    pub group: Group,
    /// Share of firms in the group that follow the practice, 0–1.
    pub share: f64,
    /// Whether this firm does; `None` when its answers do not tell.
    pub follows: Option<bool>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorComparison {
    pub indicator: String,
    pub group: Group,
    pub mean: f64,
    /// This firm's answer, when given.
    pub yours: Option<f64>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    pub areas: Vec<AreaComparison>,
    pub practices: Vec<PracticeComparison>,
    pub indicators: Vec<IndicatorComparison>,
}

impl Comparison {
    pub fn area(&self, id: &str) -> Option<&AreaComparison> {
        self.areas.iter().find(|a| a.area == id)
    }
}

/// From the firm's own group to all firms: sector × size × province, sector × size × region,
/// sector × size, sector, size, province, region, all.
fn groups(firm: &Firm<'_>) -> Vec<Group> {
    let g = |sector: bool, size: bool, place: Option<&str>| Group {
        sector: sector.then(|| firm.sector.to_string()),
        size: size.then(|| firm.size.to_string()),
        region: place.map(str::to_string),
    };
    let mut list: Vec<Group> = firm.places().map(|p| g(true, true, Some(p))).collect();
    list.extend([
        g(true, true, None),
        g(true, false, None),
        g(false, true, None),
    ]);
    list.extend(firm.places().map(|p| g(false, false, Some(p))));
    list.push(g(false, false, None));
    list
}

/// Within one group, the most trustworthy row: aggregated, then published, then modelled.
fn rank(kind: ProvenanceKind) -> u8 {
    match kind {
        ProvenanceKind::Aggregated => 0,
        ProvenanceKind::Published => 1,
        ProvenanceKind::Modelled => 2,
    }
}

/// The row for a metric from the most specific group that has one.
fn find<'r>(
    rows: &'r [BenchmarkRow],
    firm: &Firm<'_>,
    metric: &Metric,
) -> Option<(Group, &'r BenchmarkRow)> {
    for group in groups(firm) {
        let best = rows
            .iter()
            .filter(|r| {
                &r.metric == metric
                    && r.sector == group.sector
                    && r.size == group.size
                    && r.region == group.region
            })
            .min_by_key(|r| rank(r.provenance.kind));
        if let Some(row) = best {
            return Some((group, row));
        }
    }
    None
}

/// The percentile (0–100) of `score` in a distribution given by its p10…p90, interpolating
/// linearly and assuming 0 and 100 as the ends; where several quantiles equal the score, the
/// middle of their range.
pub fn percentile(quantiles: &[f64; 5], score: f64) -> f64 {
    let mut knots = vec![(0.0, 0.0)];
    knots.extend(
        quantiles
            .iter()
            .copied()
            .zip([10.0, 25.0, 50.0, 75.0, 90.0]),
    );
    knots.push((100.0, 100.0));
    let equal: Vec<f64> = knots
        .iter()
        .filter(|(x, _)| *x == score)
        .map(|(_, p)| *p)
        .collect();
    if let (Some(lo), Some(hi)) = (equal.first(), equal.last()) {
        return (lo + hi) / 2.0;
    }
    for pair in knots.windows(2) {
        let ((x0, p0), (x1, p1)) = (pair[0], pair[1]);
        if x0 < score && score < x1 {
            return p0 + (p1 - p0) * (score - x0) / (x1 - x0);
        }
    }
    if score <= 0.0 {
        0.0
    } else {
        100.0
    }
}

/// Whether the firm follows a practice, from its shown answers: `Some(true)` when a condition
/// holds, `Some(false)` when every condition's question is answered and none holds.
pub fn follows(
    instrument: &Instrument,
    sector: &str,
    answers: &Answers,
    practice: &str,
) -> Option<bool> {
    let p = instrument.practice(practice)?;
    let shown: Vec<&str> = shown_questions(instrument, sector, answers)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let mut unknown = false;
    for c in &p.any {
        let answer = shown
            .contains(&c.question.as_str())
            .then(|| answers.get(&c.question))
            .flatten();
        let holds = match (&c.test, answer) {
            (_, None) => {
                unknown = true;
                continue;
            }
            (ConditionTest::AnyOf(options), Some(AnswerValue::Choice(id))) => options.contains(id),
            (ConditionTest::AnyOf(options), Some(AnswerValue::Choices(ids))) => {
                ids.iter().any(|i| options.contains(i))
            }
            (ConditionTest::AtLeast(min), Some(AnswerValue::Number(n))) => n >= min,
            _ => false,
        };
        if holds {
            return Some(true);
        }
    }
    (!unknown).then_some(false)
}

/// Compares a scored firm with benchmark rows (of its country).
pub fn compare(
    instrument: &Instrument,
    rows: &[BenchmarkRow],
    firm: &Firm<'_>,
    answers: &Answers,
    scores: &Scores,
) -> Comparison {
    let mut out = Comparison::default();
    for area in &scores.areas {
        let Some(rated) = area.rated else { continue };
        let Some((group, row)) = find(rows, firm, &Metric::Area(area.area.clone())) else {
            continue;
        };
        let Some(q) = row.quantiles else { continue };
        out.areas.push(AreaComparison {
            area: area.area.clone(),
            score: rated.score,
            group,
            percentile: percentile(&q, rated.score).round(),
            median: q[2],
            gap_to_median: crate::scoring::round1(q[2] - rated.score),
            provenance: row.provenance.clone(),
        });
    }
    for practice in &instrument.practices {
        let Some((group, row)) = find(rows, firm, &Metric::Practice(practice.id.clone())) else {
            continue;
        };
        let Some(share) = row.value else { continue };
        out.practices.push(PracticeComparison {
            practice: practice.id.clone(),
            group,
            share,
            follows: follows(instrument, firm.sector, answers, &practice.id),
            provenance: row.provenance.clone(),
        });
    }
    let shown: Vec<&str> = shown_questions(instrument, firm.sector, answers)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    for indicator in &instrument.indicators {
        let Some((group, row)) = find(rows, firm, &Metric::Indicator(indicator.id.clone())) else {
            continue;
        };
        let Some(mean) = row.value else { continue };
        let yours = match (
            shown.contains(&indicator.question.as_str()),
            answers.get(&indicator.question),
        ) {
            (true, Some(AnswerValue::Number(n))) => Some(*n),
            _ => None,
        };
        out.indicators.push(IndicatorComparison {
            indicator: indicator.id.clone(),
            group,
            mean,
            yours,
            provenance: row.provenance.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn percentiles_interpolate_between_quantiles() {
        let q = [20.0, 30.0, 40.0, 60.0, 80.0];
        assert_eq!(percentile(&q, 40.0), 50.0);
        assert_eq!(percentile(&q, 50.0), 62.5);
        assert_eq!(percentile(&q, 10.0), 5.0);
        assert_eq!(percentile(&q, 90.0), 95.0);
        assert_eq!(percentile(&q, 100.0), 100.0);
        assert_eq!(percentile(&q, 0.0), 0.0);
        // Flat start: many firms at 0.
        assert_eq!(percentile(&[0.0, 0.0, 10.0, 30.0, 50.0], 0.0), 12.5);
    }
}
