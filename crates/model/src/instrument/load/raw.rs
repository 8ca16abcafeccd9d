//! The definition files as people write them (TOML), before any check.

use std::collections::BTreeMap;

use serde::Deserialize;

// ---- The file format, as written by people. ----

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInstrument {
    pub(super) version: String,
    pub(super) level_floors: Vec<f64>,
    #[serde(default, rename = "area")]
    pub(super) areas: Vec<RawArea>,
    #[serde(default, rename = "sector")]
    pub(super) sectors: Vec<RawSector>,
    #[serde(default, rename = "country")]
    pub(super) countries: Vec<RawCountry>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum RawAreaGroup {
    Core,
    Foundation,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawArea {
    pub(super) id: String,
    pub(super) group: RawAreaGroup,
    #[serde(default = "one")]
    pub(super) weight: f64,
    #[serde(default)]
    pub(super) sector_weights: BTreeMap<String, f64>,
}

pub(super) fn one() -> f64 {
    1.0
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSector {
    pub(super) id: String,
    #[serde(default)]
    pub(super) size_groups: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum RawSizeRule {
    StaffAndRevenueOrCapital,
    AnyCriterion,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCountry {
    pub(super) code: String,
    pub(super) currency: String,
    pub(super) rule: RawSizeRule,
    pub(super) source: String,
    #[serde(rename = "size_band")]
    pub(super) size_bands: Vec<RawSizeBand>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSizeBand {
    pub(super) id: String,
    #[serde(default)]
    pub(super) limits: BTreeMap<String, RawLimits>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLimits {
    pub(super) max_staff: Option<u64>,
    pub(super) max_revenue: Option<u64>,
    pub(super) max_capital: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestionsFile {
    #[serde(default)]
    pub(super) question: Vec<RawQuestion>,
    #[serde(default)]
    pub(super) action: Vec<RawAction>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum RawEffort {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum RawCost {
    Free,
    Low,
    Medium,
    High,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAction {
    pub(super) id: String,
    pub(super) effort: RawEffort,
    pub(super) cost: RawCost,
    pub(super) horizon: u16,
    #[serde(default)]
    pub(super) after: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum RawKind {
    Single,
    Multiple,
    YesNo,
    Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) id: String,
    pub(super) kind: RawKind,
    pub(super) weight: Option<f64>,
    pub(super) sectors: Option<Vec<String>>,
    pub(super) options: Option<Vec<RawOption>>,
    pub(super) min: Option<f64>,
    pub(super) max: Option<f64>,
    pub(super) bands: Option<Vec<RawBand>>,
    pub(super) show_if: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOption {
    pub(super) id: String,
    pub(super) points: f64,
    pub(super) sectors: Option<Vec<String>>,
    #[serde(default)]
    pub(super) exclusive: bool,
    pub(super) action: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBand {
    pub(super) min: f64,
    pub(super) points: f64,
    pub(super) action: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPractices {
    #[serde(default)]
    pub(super) practice: Vec<RawPractice>,
    #[serde(default)]
    pub(super) indicator: Vec<RawIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPractice {
    pub(super) id: String,
    pub(super) any: Vec<RawPracticeCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPracticeCondition {
    pub(super) question: String,
    pub(super) any_of: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIndicator {
    pub(super) id: String,
    pub(super) question: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCondition {
    pub(super) question: String,
    pub(super) any_of: Option<Vec<String>>,
    pub(super) at_least: Option<f64>,
}
