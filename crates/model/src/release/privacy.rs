//! The privacy rules shared by the officer's export and the agency's import
//! (`assets/privacy/rules.toml`; docs/privacy.md gives the threat model):
//!
//! - **Observable** traits — what anyone can see of a firm from outside, as yes/no from its
//!   answers — are quasi-identifiers: they join the anonymity key.
//! - **Sensitive** traits must not be revealed by homogeneity: a released group whose members
//!   all hold the same known value of a sensitive trait is not released (l-diversity, l = 2).
//!
//! Both are computed from a record's released answers alone, so an importer holding only the
//! file computes exactly the groups the exporter formed, and re-checks them
//! ([`check_released`]). Pure: no I/O.

use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::anonymity::{Released, Step, MIN_K};
use super::record::{period_label, Record};

/// Distinct known values a released group must hold of each sensitive trait.
pub const MIN_L: usize = 2;

const RULES_TOML: &str = include_str!("../../../../assets/privacy/rules.toml");

/// One yes/no trait: holds when the answer to `question` includes any of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub question: String,
    pub any_of: Vec<String>,
}

impl Rule {
    /// The trait's value for a record: `None` when the record has no answer to the question.
    pub fn value(&self, record: &Record) -> Option<bool> {
        // Answers are sorted by question (then option): the question's cells are a run.
        let start = record
            .answers
            .partition_point(|a| a.question.as_str() < self.question.as_str());
        let cells = record.answers[start..]
            .iter()
            .take_while(|a| a.question == self.question);
        let mut answered = false;
        for cell in cells {
            answered = true;
            if cell
                .option
                .as_ref()
                .is_some_and(|o| self.any_of.contains(o))
            {
                return Some(true);
            }
        }
        answered.then_some(false)
    }
}

/// The rules of `assets/privacy/rules.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    #[serde(default)]
    pub observable: Vec<Rule>,
    #[serde(default)]
    pub sensitive: Vec<Rule>,
}

impl Rules {
    /// The rules this DigiReady applies (embedded).
    pub fn embedded() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| {
            // Checked by the unit test below; a broken file cannot be released.
            toml::from_str(RULES_TOML).expect("assets/privacy/rules.toml is valid")
        })
    }

    /// No observable or sensitive traits: k-anonymity over place, sector, size and period
    /// only, as exports were made before these rules (tests of the old behaviour use it).
    pub fn none() -> Rules {
        Rules::default()
    }

    /// The observable traits of a record, in the rules' order.
    pub fn observed(&self, record: &Record) -> Vec<Option<bool>> {
        self.observable.iter().map(|r| r.value(record)).collect()
    }

    /// The first sensitive trait whose known values are all the same among `members` (a
    /// group that would reveal it), if any. Unknown values reveal nothing and do not count.
    pub fn revealed<'a>(&'a self, members: &[&Record]) -> Option<&'a Rule> {
        self.sensitive.iter().find(|rule| {
            let known: BTreeSet<bool> = members.iter().filter_map(|r| rule.value(r)).collect();
            !known.is_empty() && known.len() < MIN_L
        })
    }

    pub fn observable_ids(&self) -> Vec<String> {
        self.observable.iter().map(|r| r.id.clone()).collect()
    }

    pub fn sensitive_ids(&self) -> Vec<String> {
        self.sensitive.iter().map(|r| r.id.clone()).collect()
    }
}

/// What a released record is grouped by: the key the exporter's ladder gave it
/// ([`Released`]), read back from the file, and the step it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GroupKey {
    pub generalisation: Step,
    pub ids: Released,
}

impl GroupKey {
    pub fn of(record: &Record, rules: &Rules) -> GroupKey {
        GroupKey {
            generalisation: record.generalisation,
            ids: Released {
                instrument_version: record.instrument_version.clone(),
                country: record.country.clone(),
                province: record.province.clone(),
                region: record.region.clone(),
                sector: record.sector.clone(),
                size: record.size_band.clone(),
                year: record.year,
                quarter: record.quarter,
                observed: rules.observed(record),
            },
        }
    }

    /// The group as people read it in a message: its values, ids as the file has them
    /// (`VN can_tho retail_wholesale micro 2026-Q1 2026.2 online-page=yes …`).
    pub fn describe(&self, rules: &Rules) -> String {
        let k = &self.ids;
        let mut parts = vec![k.country.clone()];
        parts.extend(k.province.clone().or_else(|| k.region.clone()));
        parts.push(k.sector.clone());
        parts.push(k.size.clone());
        parts.push(period_label(k.year, k.quarter));
        parts.push(k.instrument_version.clone());
        for (rule, value) in rules.observable.iter().zip(&k.observed) {
            let v = match value {
                Some(true) => "yes",
                Some(false) => "no",
                None => "?",
            };
            parts.push(format!("{}={v}", rule.id));
        }
        parts.join(" ")
    }
}

/// Why a file's released records are not anonymous enough to merge.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Breach {
    #[error("the file says k = {k}, below the minimum of {MIN_K}")]
    KBelowMinimum { k: usize },
    #[error("the group {group} holds {size} records, fewer than k = {k}")]
    SmallGroup {
        group: String,
        size: usize,
        k: usize,
    },
    #[error("every record of the group {group} ({size} records) that answered gives the same answer on {rule}")]
    Homogeneous {
        group: String,
        rule: String,
        size: usize,
    },
}

/// Re-checks what an exporter promised, from the records alone: `k` at least [`MIN_K`], every
/// group of released records (by [`GroupKey`]) at least `k` strong and diverse on every
/// sensitive trait. The first breach found is named (groups in key order).
pub fn check_released(records: &[Record], k: usize, rules: &Rules) -> Result<(), Breach> {
    if k < MIN_K {
        return Err(Breach::KBelowMinimum { k });
    }
    let mut groups: BTreeMap<GroupKey, Vec<&Record>> = BTreeMap::new();
    for r in records {
        groups.entry(GroupKey::of(r, rules)).or_default().push(r);
    }
    for (key, members) in &groups {
        if members.len() < k {
            return Err(Breach::SmallGroup {
                group: key.describe(rules),
                size: members.len(),
                k,
            });
        }
        if let Some(rule) = rules.revealed(members) {
            return Err(Breach::Homogeneous {
                group: key.describe(rules),
                rule: rule.id.clone(),
                size: members.len(),
            });
        }
    }
    Ok(())
}

impl Breach {
    /// The breach in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        let (id, args) = match self {
            Breach::KBelowMinimum { k } => (
                "import-error-k-below-minimum",
                a.count("k", *k).count("min", MIN_K),
            ),
            Breach::SmallGroup { group, size, k } => (
                "import-error-small-group",
                a.input("group", group).count("size", *size).count("k", *k),
            ),
            Breach::Homogeneous { group, rule, size } => (
                "import-error-homogeneous",
                a.input("group", group)
                    .text(
                        "trait",
                        catalog.text(locale, &format!("privacy-trait-{rule}")),
                    )
                    .count("size", *size),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::record::AnswerCell;

    fn record(answers: &[(&str, &str)]) -> Record {
        let mut answers: Vec<AnswerCell> = answers
            .iter()
            .map(|(q, o)| AnswerCell {
                question: (*q).to_string(),
                option: Some((*o).to_string()),
                number: None,
            })
            .collect();
        answers.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
        Record {
            record_id: "0".repeat(32),
            instrument_version: "2026.2".into(),
            country: "VN".into(),
            province: Some("can_tho".into()),
            region: None,
            sector: "retail_wholesale".into(),
            size_band: "micro".into(),
            year: 2026,
            quarter: Some(1),
            generalisation: Step::AsRecorded,
            overall: None,
            areas: BTreeMap::new(),
            practices: BTreeMap::new(),
            answers,
        }
    }

    #[test]
    fn the_embedded_rules_parse_and_name_distinct_traits() {
        let rules = Rules::embedded();
        assert!(rules.observable.len() >= 3);
        assert!(rules.sensitive.len() >= 3);
        let ids: BTreeSet<&str> = rules
            .observable
            .iter()
            .chain(&rules.sensitive)
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids.len(), rules.observable.len() + rules.sensitive.len());
    }

    #[test]
    fn a_trait_is_known_only_when_its_question_was_answered() {
        let rule = Rule {
            id: "qr".into(),
            question: "ep-accept-methods".into(),
            any_of: vec!["qr".into()],
        };
        let both = record(&[("ep-accept-methods", "card"), ("ep-accept-methods", "qr")]);
        assert_eq!(rule.value(&both), Some(true));
        assert_eq!(
            rule.value(&record(&[("ep-accept-methods", "card")])),
            Some(false)
        );
        assert_eq!(rule.value(&record(&[("ec-channels", "qr")])), None);
    }

    #[test]
    fn a_group_reveals_a_trait_all_its_known_values_share() {
        let rules = Rules::embedded();
        let no = record(&[("ep-invoices", "paper")]);
        let also_no = record(&[("ep-invoices", "none")]);
        let yes = record(&[("ep-invoices", "e-invoice-linked")]);
        let unknown = record(&[]);
        assert_eq!(
            rules
                .revealed(&[&no, &also_no, &unknown])
                .map(|r| r.id.as_str()),
            Some("e-invoices")
        );
        assert_eq!(rules.revealed(&[&unknown, &unknown]), None);
        // Not only e-invoices: the other sensitive traits are unknown here.
        assert_eq!(rules.revealed(&[&no, &yes, &unknown]), None);
    }
}
