//! What a definition check reports: each problem with its file and question, in the
//! reader's language.

use std::fmt;
use std::path::PathBuf;

use super::*;
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog, CatalogError};

/// One problem in a definition, naming the file and, where there is one, the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    pub question: Option<String>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    #[error("cannot be read: {reason}")]
    Unreadable { reason: String },
    /// A file that is too large, not UTF-8 text, or not text at all.
    #[error(transparent)]
    File(#[from] digiready_i18n::textfile::TextFileError),
    #[error("syntax error: {reason}")]
    Syntax { reason: String },
    #[error("no area {area:?} is defined for this questions file")]
    UnknownArea { area: String },
    #[error(
        "id {id:?} is not valid (lower-case letters, digits, '-' and '_', starting with a letter, at most 64 characters)"
    )]
    InvalidId { id: String },
    #[error("{what} id {id:?} is used twice")]
    DuplicateId { what: &'static str, id: String },
    #[error("unknown sector {id:?}")]
    UnknownSector { id: String },
    #[error("unknown country {id:?}")]
    UnknownCountry { id: String },
    #[error("size group {group:?} has no limits for country {country:?}")]
    UnknownSizeGroup { country: String, group: String },
    #[error("{what} must be a positive number, not {value}")]
    BadWeight { what: &'static str, value: f64 },
    #[error("option {option:?} has {points} points; points must be between 0 and 4")]
    PointsOutOfRange { option: String, points: f64 },
    #[error("for sector {sector:?} the answers score from {lowest} to {highest} points; they must reach from 0 to 4")]
    NotAnchored {
        sector: String,
        lowest: f64,
        highest: f64,
    },
    /// A rule about the shape of the definition; `rule` names the message `problem-shape-<rule>`.
    #[error("{rule} {args:?}")]
    Shape {
        rule: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("condition refers to unknown question {question:?}")]
    ConditionUnknownQuestion { question: String },
    #[error("condition refers to question {question:?}, which is not asked before this one")]
    ConditionLaterQuestion { question: String },
    #[error("condition refers to option {option:?}, which question {question:?} does not have")]
    ConditionUnknownOption { question: String, option: String },
    #[error("condition on {question:?} would hide this question after a better answer; list every option that scores more than the ones listed")]
    ConditionNotUpwardClosed { question: String },
    #[error("condition on {question:?} must use {expected}")]
    ConditionWrongTest {
        question: String,
        expected: &'static str,
    },
    #[error("number bands must start at the question's minimum and never score less for a larger number")]
    BandsNotMonotone,
    #[error("level floors must be five increasing numbers from 0 to under 100")]
    BadLevelFloors,
    #[error("message {id:?} is missing in locale {locale}")]
    MissingMessage { locale: Locale, id: String },
    #[error("answer {option:?} is below the top but has no improvement action")]
    MissingAction { option: String },
    #[error("there is no action {id:?}")]
    UnknownAction { id: String },
    #[error("action {id:?} is not used by any answer")]
    UnusedAction { id: String },
    #[error("action {id:?} comes after itself through its `after` list")]
    ActionCycle { id: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(q) = &self.question {
            write!(f, ": question {q:?}")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl Problem {
    /// The problem in the reader's language.
    pub fn localize(&self, catalog: &Catalog, locale: Locale) -> String {
        let detail = self.kind.detail(catalog, locale);
        let file = self.file.display().to_string();
        match &self.question {
            Some(q) => catalog.format(
                locale,
                "problem-in-question",
                &Args::new()
                    .text("file", file)
                    .input("question", q)
                    .text("detail", detail),
            ),
            None => catalog.format(
                locale,
                "problem-in-file",
                &Args::new().text("file", file).text("detail", detail),
            ),
        }
    }
}

impl ProblemKind {
    /// What is wrong, in the reader's language.
    fn detail(&self, catalog: &Catalog, locale: Locale) -> String {
        let a = Args::new();
        // Nouns such as "question" or "area weight", in the reader's language.
        let noun =
            |what: &str| catalog.text(locale, &format!("problem-noun-{}", what.replace(' ', "-")));
        if let ProblemKind::Shape { rule, args } = self {
            let mut a = a;
            for (name, value) in args {
                a = a.input(name, value);
            }
            return catalog.format(locale, &format!("problem-shape-{rule}"), &a);
        }
        let (id, args): (&str, Args<'static>) = match self {
            ProblemKind::File(e) => return e.localize(catalog, locale),
            ProblemKind::Unreadable { reason } => ("problem-unreadable", a.input("reason", reason)),
            ProblemKind::Syntax { reason } => ("problem-syntax", a.input("reason", reason)),
            ProblemKind::UnknownArea { area } => ("problem-unknown-area", a.input("area", area)),
            ProblemKind::InvalidId { id } => (
                "problem-invalid-id",
                a.input("id", id).text("max", MAX_ID_CHARS.to_string()),
            ),
            ProblemKind::DuplicateId { what, id } => (
                "problem-duplicate-id",
                a.text("what", noun(what)).input("id", id),
            ),
            ProblemKind::UnknownSector { id } => ("problem-unknown-sector", a.input("id", id)),
            ProblemKind::UnknownCountry { id } => ("problem-unknown-country", a.input("id", id)),
            ProblemKind::UnknownSizeGroup { country, group } => (
                "problem-unknown-size-group",
                a.input("country", country).input("group", group),
            ),
            ProblemKind::BadWeight { what, value } => (
                "problem-bad-weight",
                a.text("what", noun(what)).text("value", value.to_string()),
            ),
            ProblemKind::PointsOutOfRange { option, points } => (
                "problem-points-out-of-range",
                a.input("option", option).text("points", points.to_string()),
            ),
            ProblemKind::NotAnchored {
                sector,
                lowest,
                highest,
            } => (
                "problem-not-anchored",
                a.input("sector", sector)
                    .text("lowest", lowest.to_string())
                    .text("highest", highest.to_string()),
            ),
            ProblemKind::Shape { .. } => unreachable!("handled above"),
            ProblemKind::ConditionUnknownQuestion { question } => (
                "problem-condition-unknown-question",
                a.input("question", question),
            ),
            ProblemKind::ConditionLaterQuestion { question } => (
                "problem-condition-later-question",
                a.input("question", question),
            ),
            ProblemKind::ConditionUnknownOption { question, option } => (
                "problem-condition-unknown-option",
                a.input("question", question).input("option", option),
            ),
            ProblemKind::ConditionNotUpwardClosed { question } => (
                "problem-condition-not-upward-closed",
                a.input("question", question),
            ),
            ProblemKind::ConditionWrongTest { question, expected } => (
                "problem-condition-wrong-test",
                a.input("question", question).text("expected", *expected),
            ),
            ProblemKind::BandsNotMonotone => ("problem-bands-not-monotone", a),
            ProblemKind::BadLevelFloors => ("problem-bad-level-floors", a),
            ProblemKind::MissingMessage { locale, id } => (
                "problem-missing-message",
                a.text("locale", locale.tag()).input("id", id),
            ),
            ProblemKind::MissingAction { option } => {
                ("problem-missing-action", a.input("option", option))
            }
            ProblemKind::UnknownAction { id } => ("problem-unknown-action", a.input("id", id)),
            ProblemKind::UnusedAction { id } => ("problem-unused-action", a.input("id", id)),
            ProblemKind::ActionCycle { id } => ("problem-action-cycle", a.input("id", id)),
        };
        catalog.format(locale, id, &args)
    }
}

/// A shape problem: the rule's message is `problem-shape-<rule>` with these arguments.
pub(super) fn shape(rule: &'static str, args: &[(&'static str, String)]) -> ProblemKind {
    ProblemKind::Shape {
        rule,
        args: args.to_vec(),
    }
}

/// Every problem found in a definition, in file order.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the questionnaire definition has {} problem(s)", .0.len())]
pub struct Problems(pub Vec<Problem>);
/// Problems found in the Fluent files themselves, as definition problems.
pub fn catalog_problems(errors: Vec<CatalogError>) -> Problems {
    Problems(
        errors
            .into_iter()
            .map(|e| {
                let (file, kind) = match e {
                    CatalogError::File { path, error } => (path, error.into()),
                    CatalogError::TooDeep { path, max } => {
                        (path, shape("nested-too-deep", &[("max", max.to_string())]))
                    }
                    CatalogError::Syntax { path, reason } => (path, ProblemKind::Syntax { reason }),
                    CatalogError::Duplicate { path, id } => (
                        path,
                        ProblemKind::DuplicateId {
                            what: "message",
                            id,
                        },
                    ),
                    CatalogError::MissingLocale { path, .. } => {
                        (path, shape("folder-missing", &[]))
                    }
                };
                Problem {
                    file,
                    question: None,
                    kind,
                }
            })
            .collect(),
    )
}
