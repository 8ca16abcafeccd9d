//! View models: what a front end shows, built once here. The CLI prints them as `--json` and
//! the desktop sends them over IPC as they are; the UI's TypeScript types are generated from
//! them (`ts-rs`), so a figure cannot mean one thing on one screen and another elsewhere.
//!
//! Shares are fractions (0–1) as the model gives them; scores, medians and percentiles are on
//! 0–100. Texts in the user's language sit beside the ids they come from.

use serde::Serialize;
use ts_rs::TS;

use digiready_i18n::locale::Locale;
use digiready_i18n::Catalog;
use digiready_model::benchmark::describe::{group_text, provenance_text};
use digiready_model::benchmark::{Group, Provenance};
use digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES;
use digiready_model::instrument::Instrument;
use digiready_model::instrument::Instruments;
use digiready_model::plan::{Analysis, PlanItem};
use digiready_model::scoring::Scores;
use digiready_store::{Store, StoreError};

use crate::workflow;

/// A score and its level (1–5).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RatedView {
    pub score: f64,
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AreaScoreView {
    pub area: String,
    pub score: Option<f64>,
    pub level: Option<u8>,
    /// Questions of the area answered, and shown to this firm.
    pub answered: usize,
    pub shown: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ScoresView {
    pub overall: Option<RatedView>,
    pub areas: Vec<AreaScoreView>,
    /// The questions shown to this firm and not answered.
    pub unanswered: Vec<String>,
}

/// The group a figure describes (`None`: any).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GroupView {
    pub sector: Option<String>,
    pub size: Option<String>,
    pub region: Option<String>,
}

/// Where a benchmark figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProvenanceView {
    /// `published`, `modelled` or `aggregated`.
    pub kind: String,
    pub source: String,
    pub year: u16,
    pub population: String,
    pub method: String,
    pub secondary: bool,
    pub provisional: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AreaComparisonView {
    pub area: String,
    pub score: f64,
    /// 0–100: the share of the group scoring below this firm.
    pub percentile: f64,
    pub median: f64,
    pub gap_to_median: f64,
    pub group: GroupView,
    pub provenance: ProvenanceView,
    /// The group and the source in the user's language.
    pub group_text: String,
    pub source_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PracticeComparisonView {
    pub practice: String,
    /// The share of the group that follows the practice, 0–1.
    pub share: f64,
    pub follows: Option<bool>,
    pub group: GroupView,
    pub provenance: ProvenanceView,
    pub group_text: String,
    pub source_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct IndicatorComparisonView {
    pub indicator: String,
    pub mean: f64,
    pub yours: Option<f64>,
    pub group: GroupView,
    pub provenance: ProvenanceView,
    pub group_text: String,
    pub source_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ComparisonView {
    pub areas: Vec<AreaComparisonView>,
    pub practices: Vec<PracticeComparisonView>,
    pub indicators: Vec<IndicatorComparisonView>,
}

/// Why an action is in the plan: an answer below the top.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReasonView {
    pub question: String,
    pub answer: String,
    pub area: String,
    /// Points the area gains, to one decimal.
    pub area_gain: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanItemView {
    pub action: String,
    pub area: String,
    pub horizon_days: u16,
    /// The action and its first step in the user's language.
    pub title: String,
    pub first_step: String,
    /// Who can help in the firm's country, where written: the text, and its message id.
    pub who_can_help: Option<String>,
    pub who_can_help_id: Option<String>,
    /// `low`, `medium` or `high`; `free`, `low`, `medium` or `high`.
    pub effort: Option<String>,
    pub cost: Option<String>,
    /// Points the overall index gains when done.
    pub gain: f64,
    /// To three decimals.
    pub priority: f64,
    pub peer_gap: Option<f64>,
    pub peer_gap_provenance: Option<ProvenanceView>,
    pub after: Vec<String>,
    pub before: Vec<String>,
    pub reasons: Vec<ReasonView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HorizonView {
    pub days: u16,
    pub actions: Vec<PlanItemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanView {
    pub horizons: Vec<HorizonView>,
    /// Actions beyond the plan's caps, for later.
    pub later: Vec<PlanItemView>,
}

/// An area's score at the previous finalized assessment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AreaProgressView {
    pub area: String,
    pub score: Option<f64>,
}

/// The previous finalized assessment of the same enterprise.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProgressView {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub overall: Option<f64>,
    pub areas: Vec<AreaProgressView>,
}

/// An assessment's results and plan: scores, the comparison with its sector, the plan, and
/// for an assessment in the database its enterprise, status and progress.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AnalysisView {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub assessment: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub enterprise_name: Option<String>,
    /// `draft` or `finalized`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub status: Option<String>,
    pub instrument: String,
    pub country: String,
    pub sector: String,
    pub size: String,
    pub scores: ScoresView,
    pub comparison: ComparisonView,
    pub plan: PlanView,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub progress: Option<ProgressView>,
}

/// The firm an analysis is about, as its answers were given.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub country: &'a str,
    pub sector: &'a str,
    pub size: &'a str,
}

/// Words for the view: the catalog and the user's language.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
}

impl Words<'_> {
    fn t(&self, id: &str) -> String {
        self.catalog.text(self.locale, id)
    }
}

fn group_view(g: &Group) -> GroupView {
    GroupView {
        sector: g.sector.clone(),
        size: g.size.clone(),
        region: g.region.clone(),
    }
}

fn provenance_view(p: &Provenance) -> ProvenanceView {
    ProvenanceView {
        kind: p.kind.as_str().to_string(),
        source: p.source.clone(),
        year: p.year,
        population: p.population.clone(),
        method: p.method.clone(),
        secondary: p.secondary,
        provisional: p.provisional,
    }
}

pub fn scores_view(scores: &Scores) -> ScoresView {
    ScoresView {
        overall: scores.overall.map(|r| RatedView {
            score: r.score,
            level: r.level,
        }),
        areas: scores
            .areas
            .iter()
            .map(|a| AreaScoreView {
                area: a.area.clone(),
                score: a.rated.map(|r| r.score),
                level: a.rated.map(|r| r.level),
                answered: a.answered,
                shown: a.shown,
            })
            .collect(),
        unanswered: scores.unanswered.clone(),
    }
}

/// The message id of "who can help" with an action in `country`, where one is written.
pub fn who_can_help_id(catalog: &Catalog, action: &str, country: &str) -> Option<String> {
    let who = match country {
        "LA" => "who-la",
        _ => "who-vn",
    };
    let id = format!("act-{action}.{who}");
    catalog.has(Locale::FALLBACK, &id).then_some(id)
}

fn plan_item_view(
    words: Words<'_>,
    instrument: &Instrument,
    country: &str,
    i: &PlanItem,
) -> PlanItemView {
    let action = instrument.action(&i.action);
    let who_id = who_can_help_id(words.catalog, &i.action, country);
    PlanItemView {
        action: i.action.clone(),
        area: i.area.clone(),
        horizon_days: i.horizon_days,
        title: words.t(&format!("act-{}", i.action)),
        first_step: words.t(&format!("act-{}.step", i.action)),
        who_can_help: who_id.as_deref().map(|id| words.t(id)),
        who_can_help_id: who_id,
        effort: action.map(|a| a.effort.as_str().to_string()),
        cost: action.map(|a| a.cost.as_str().to_string()),
        gain: i.gain,
        priority: (i.priority * 1000.0).round() / 1000.0,
        peer_gap: i.peer_gap,
        peer_gap_provenance: i.peer_provenance.as_ref().map(provenance_view),
        after: i.after.clone(),
        before: i.before.clone(),
        reasons: i
            .reasons
            .iter()
            .map(|r| ReasonView {
                question: r.question.clone(),
                answer: r.answer.clone(),
                area: r.area.clone(),
                area_gain: (r.area_gain * 10.0).round() / 10.0,
            })
            .collect(),
    }
}

/// The view of an analysis of `subject`'s answers with `instrument`.
pub fn analysis_view(
    words: Words<'_>,
    instrument: &Instrument,
    subject: Subject<'_>,
    analysis: &Analysis,
) -> AnalysisView {
    let Words { catalog, locale } = words;
    let c = &analysis.comparison;
    let item = |i: &PlanItem| plan_item_view(words, instrument, subject.country, i);
    AnalysisView {
        assessment: None,
        enterprise_name: None,
        status: None,
        instrument: instrument.version.clone(),
        country: subject.country.to_string(),
        sector: subject.sector.to_string(),
        size: subject.size.to_string(),
        scores: scores_view(&analysis.scores),
        comparison: ComparisonView {
            areas: c
                .areas
                .iter()
                .map(|a| AreaComparisonView {
                    area: a.area.clone(),
                    score: a.score,
                    percentile: a.percentile,
                    median: a.median,
                    gap_to_median: a.gap_to_median,
                    group: group_view(&a.group),
                    provenance: provenance_view(&a.provenance),
                    group_text: group_text(catalog, locale, &a.group),
                    source_text: provenance_text(catalog, locale, &a.provenance),
                })
                .collect(),
            practices: c
                .practices
                .iter()
                .map(|p| PracticeComparisonView {
                    practice: p.practice.clone(),
                    share: p.share,
                    follows: p.follows,
                    group: group_view(&p.group),
                    provenance: provenance_view(&p.provenance),
                    group_text: group_text(catalog, locale, &p.group),
                    source_text: provenance_text(catalog, locale, &p.provenance),
                })
                .collect(),
            indicators: c
                .indicators
                .iter()
                .map(|i| IndicatorComparisonView {
                    indicator: i.indicator.clone(),
                    mean: i.mean,
                    yours: i.yours,
                    group: group_view(&i.group),
                    provenance: provenance_view(&i.provenance),
                    group_text: group_text(catalog, locale, &i.group),
                    source_text: provenance_text(catalog, locale, &i.provenance),
                })
                .collect(),
        },
        plan: PlanView {
            horizons: analysis
                .plan
                .horizons
                .iter()
                .map(|(days, items)| HorizonView {
                    days: *days,
                    actions: items.iter().map(item).collect(),
                })
                .collect(),
            later: analysis.plan.later.iter().map(item).collect(),
        },
        progress: None,
    }
}

/// The view of assessment `id`: its analysis against the benchmarks installed for its
/// country, its enterprise and status, and its progress since the enterprise's previous
/// finalized assessment. The CLI's `plan --assessment` and the desktop's results and plan
/// screens show this.
pub fn assessment_view(
    words: Words<'_>,
    instruments: &Instruments,
    store: &Store,
    id: i64,
) -> Result<AnalysisView, StoreError> {
    let a = workflow::analysed(instruments, store, id)?;
    let s = &a.assessment.summary;
    let subject = Subject {
        country: &s.country,
        sector: &s.sector,
        size: &s.size_band,
    };
    let mut view = analysis_view(words, a.instrument, subject, &a.analysis);
    view.assessment = Some(id);
    view.enterprise_name = Some(a.enterprise.name.clone());
    view.status = Some(s.status.as_str().to_string());
    if let Some(previous) = workflow::previous_finalized(store, s)? {
        let scores = workflow::score_assessment(instruments, &previous)?;
        view.progress = Some(ProgressView {
            date: previous
                .summary
                .updated_at
                .date(INDOCHINA_TIME_OFFSET_MINUTES)
                .to_string(),
            overall: scores.overall.map(|r| r.score),
            areas: scores
                .areas
                .iter()
                .map(|a| AreaProgressView {
                    area: a.area.clone(),
                    score: a.rated.map(|r| r.score),
                })
                .collect(),
        });
    }
    Ok(view)
}
