//! The questionnaire ("instrument") as data: areas, questions, sectors, size bands.
//!
//! The definition lives in `assets/instrument/` (TOML) and its wording in `locales/<lang>/`
//! (Fluent), referenced by id. [`load`] reads and validates a definition and reports every
//! problem at once. A loaded [`Instrument`] upholds these invariants, which scoring relies on:
//! - every id is unique and well formed; every reference resolves;
//! - a condition refers to an earlier question and is *upward closed*: if an answer shows the
//!   dependent question, every better answer shows it too;
//! - every question, for every sector it applies to, can score exactly 0 at worst and
//!   [`MAX_POINTS`] at best, and number bands never score less for a larger number;
//! - every message the definition needs exists in every shipped locale.

mod load;
mod size;

pub use load::{
    catalog_problems, load, load_embedded, load_files, Problem, ProblemKind, Problems, MAIN_FILE,
    MAX_FILE_BYTES, PRACTICES_FILE, QUESTIONS_DIR,
};
pub use size::{classify_size, SizeFigures};

use std::collections::BTreeMap;

/// Maturity points of the best answer to any question; the worst is 0.
pub const MAX_POINTS: f64 = 4.0;

/// Where a sector, question or option applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applies {
    All,
    Only(Vec<String>),
}

impl Applies {
    pub fn includes(&self, sector: &str) -> bool {
        match self {
            Applies::All => true,
            Applies::Only(list) => list.iter().any(|s| s == sector),
        }
    }
}

/// Whether an area is one of the three the mission names or a foundation beneath them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaGroup {
    Core,
    Foundation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub group: AreaGroup,
    /// Weight in the overall index, unless the sector has its own.
    pub weight: f64,
    pub sector_weights: BTreeMap<String, f64>,
}

impl Area {
    pub fn weight_for(&self, sector: &str) -> f64 {
        self.sector_weights
            .get(sector)
            .copied()
            .unwrap_or(self.weight)
    }

    /// Fluent id of the area's name; `.description` holds what it covers.
    pub fn message_id(&self) -> String {
        format!("area-{}", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sector {
    pub id: String,
    /// The national size-threshold group per country code, e.g. `VN` → `trade_services`.
    pub size_groups: BTreeMap<String, String>,
}

impl Sector {
    pub fn message_id(&self) -> String {
        format!("sector-{}", self.id)
    }
}

/// How the national definition combines its criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeRule {
    /// Viet Nam, Decree 80/2021/ND-CP: within the staff limit AND within the revenue OR the
    /// capital limit.
    StaffAndRevenueOrCapital,
    /// Lao PDR, Decree 25/GOL: within the staff OR the assets OR the income limit.
    AnyCriterion,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2: `VN`, `LA`.
    pub code: String,
    pub currency: String,
    pub rule: SizeRule,
    /// The legal source of the thresholds.
    pub source: String,
    /// From the smallest band to the largest; the last band has no limits.
    pub size_bands: Vec<SizeBand>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SizeBand {
    pub id: String,
    /// Upper limits per size group; unknown limits are `None` and say so in the UI.
    pub limits: BTreeMap<String, SizeLimits>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SizeLimits {
    pub max_staff: Option<u64>,
    /// Annual revenue (VN) or income (LA), in the country's currency.
    pub max_revenue: Option<u64>,
    /// Total capital (VN) or total assets (LA), in the country's currency.
    pub max_capital: Option<u64>,
}

/// One answer option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    /// Maturity points, 0 ..= [`MAX_POINTS`]. For multiple choice: points added when chosen.
    pub points: f64,
    pub applies: Applies,
    /// Multiple choice only: an option such as "none of these" that excludes all others.
    pub exclusive: bool,
    /// The improvement action for the plan: for single choice and yes/no, proposed when this
    /// option is the answer (every option below the top has one); for multiple choice, proposed
    /// when this option is *not* chosen.
    pub action: Option<String>,
}

/// A number question scores the points of the highest band whose minimum it reaches.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberBand {
    pub min: f64,
    pub points: f64,
    /// Proposed when the answer falls in this band (every band below the top has one).
    pub action: Option<String>,
}

/// How much work an action takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Effort {
    Low,
    Medium,
    High,
}

/// What an action costs in money, roughly; the bands are defined in METHOD.md and in the
/// `cost-*` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CostBand {
    Free,
    Low,
    Medium,
    High,
}

/// The time horizons of the improvement plan, in days.
pub const HORIZONS: [u16; 3] = [30, 90, 365];

/// An entry of the action library the improvement plan draws on.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: String,
    pub area: String,
    pub effort: Effort,
    pub cost: CostBand,
    /// One of [`HORIZONS`]: by when it can be done.
    pub horizon_days: u16,
    /// Actions that must come first when they are in the plan too.
    pub after: Vec<String>,
}

impl Action {
    /// Fluent id of what to do; `.step` is the first concrete step; optional `.who-vn` and
    /// `.who-la` name who can help locally in each country.
    pub fn message_id(&self) -> String {
        format!("act-{}", self.id)
    }
}

impl Effort {
    pub fn as_str(self) -> &'static str {
        match self {
            Effort::Low => "low",
            Effort::Medium => "medium",
            Effort::High => "high",
        }
    }
}

impl CostBand {
    pub fn as_str(self) -> &'static str {
        match self {
            CostBand::Free => "free",
            CostBand::Low => "low",
            CostBand::Medium => "medium",
            CostBand::High => "high",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    Single(Vec<Choice>),
    /// Points of the chosen options are added, capped at [`MAX_POINTS`].
    Multiple(Vec<Choice>),
    /// Options `yes` and `no`.
    YesNo(Vec<Choice>),
    Number {
        min: f64,
        max: f64,
        bands: Vec<NumberBand>,
    },
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Single(_) => "single",
            QuestionKind::Multiple(_) => "multiple",
            QuestionKind::YesNo(_) => "yes_no",
            QuestionKind::Number { .. } => "number",
        }
    }

    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::Single(c) | QuestionKind::Multiple(c) | QuestionKind::YesNo(c) => c,
            QuestionKind::Number { .. } => &[],
        }
    }
}

/// When a question is shown, in terms of an earlier question's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub question: String,
    pub test: ConditionTest,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConditionTest {
    /// The answer is (single, yes/no) or includes (multiple) one of these options.
    AnyOf(Vec<String>),
    /// The number answered is at least this.
    AtLeast(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub area: String,
    pub kind: QuestionKind,
    pub weight: f64,
    pub applies: Applies,
    pub show_if: Option<Condition>,
}

impl Question {
    /// Fluent id of the question text; `.help` says why it matters, and each choice's label is
    /// the attribute named after the choice (yes/no use the shared `answer-yes`/`answer-no`).
    pub fn message_id(&self) -> String {
        format!("q-{}", self.id)
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.kind.choices().iter().find(|c| c.id == id)
    }

    /// The Fluent id of a choice's label.
    pub fn choice_message_id(&self, choice: &str) -> String {
        match self.kind {
            QuestionKind::YesNo(_) => format!("answer-{choice}"),
            _ => format!("{}.{choice}", self.message_id()),
        }
    }
}

/// A validated questionnaire definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub version: String,
    /// Lower bounds of maturity levels 1..=5 on the 0–100 scale; the first is 0.
    pub level_floors: [f64; 5],
    pub areas: Vec<Area>,
    pub sectors: Vec<Sector>,
    pub countries: Vec<Country>,
    /// In questionnaire order: areas in their order, questions in file order.
    pub questions: Vec<Question>,
    /// The action library, by area in questionnaire order.
    pub actions: Vec<Action>,
    /// Indicator practices that benchmarks report adoption rates of (`practices.toml`).
    pub practices: Vec<Practice>,
    /// Number questions that benchmarks report a mean of (`practices.toml`).
    pub indicators: Vec<Indicator>,
}

/// A practice a firm follows when any of its conditions holds on its answers, e.g. "accepts
/// electronic payments". Benchmarks give the share of firms that follow it.
#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    pub id: String,
    pub any: Vec<Condition>,
}

/// A number question whose mean benchmarks give, e.g. the share of sales paid electronically.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub question: String,
}

impl Practice {
    /// Fluent id of the practice, phrased to follow "firms that …".
    pub fn message_id(&self) -> String {
        format!("practice-{}", self.id)
    }
}

impl Indicator {
    pub fn message_id(&self) -> String {
        format!("indicator-{}", self.id)
    }
}

impl Instrument {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn practice(&self, id: &str) -> Option<&Practice> {
        self.practices.iter().find(|p| p.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// The maturity level (1..=5) of a 0–100 score.
    pub fn level(&self, score: f64) -> u8 {
        let mut level = 1;
        for (i, floor) in self.level_floors.iter().enumerate() {
            if score >= *floor {
                level = i + 1;
            }
        }
        u8::try_from(level).unwrap_or(5)
    }

    /// Questions that apply to a sector, in order (conditions not yet considered).
    pub fn questions_for<'a>(&'a self, sector: &'a str) -> impl Iterator<Item = &'a Question> {
        self.questions
            .iter()
            .filter(move |q| q.applies.includes(sector))
    }
}

/// Every questionnaire version this binary can read, oldest first. New assessments use the
/// newest; an assessment is always scored with the version it was taken with, so changing the
/// questionnaire never changes the scores of an assessment already made.
#[derive(Debug, Clone, PartialEq)]
pub struct Instruments {
    versions: Vec<Instrument>,
}

/// Why a set of versions cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VersionsError {
    #[error("no questionnaire version found")]
    None,
    #[error("questionnaire version {0} is defined twice")]
    Duplicate(String),
}

/// Orders versions such as `2026.1` < `2026.2` < `2026.10` by their numeric parts.
fn version_key(version: &str) -> Vec<u64> {
    version.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

impl Instruments {
    /// At least one version, each version once.
    pub fn new(mut versions: Vec<Instrument>) -> Result<Instruments, VersionsError> {
        if versions.is_empty() {
            return Err(VersionsError::None);
        }
        versions.sort_by_key(|i| version_key(&i.version));
        for pair in versions.windows(2) {
            if version_key(&pair[0].version) == version_key(&pair[1].version) {
                return Err(VersionsError::Duplicate(pair[1].version.clone()));
            }
        }
        Ok(Instruments { versions })
    }

    /// The newest version: the one new assessments use.
    pub fn current(&self) -> &Instrument {
        self.versions
            .last()
            .expect("Instruments holds at least one version")
    }

    pub fn get(&self, version: &str) -> Option<&Instrument> {
        self.versions.iter().find(|i| i.version == version)
    }

    /// Oldest first.
    pub fn all(&self) -> &[Instrument] {
        &self.versions
    }
}
