//! Reading and validating a questionnaire definition, reporting every problem at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use serde::Deserialize;

use super::{
    Action, Applies, Area, AreaGroup, Choice, Condition, ConditionTest, CostBand, Country, Effort,
    Indicator, Instrument, Instruments, NumberBand, Practice, Question, QuestionKind, Sector,
    SizeBand, SizeLimits, SizeRule, HORIZONS, MAX_POINTS,
};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog, CatalogError};

static EMBEDDED_INSTRUMENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../assets/instrument");

/// The main file of a definition; area questions are in `questions/<area id>.toml`.
pub const MAIN_FILE: &str = "instrument.toml";
/// Optional: the indicator practices and indicators benchmarks refer to.
pub const PRACTICES_FILE: &str = "practices.toml";
pub const QUESTIONS_DIR: &str = "questions";
/// The largest definition file read from a folder (the largest shipped one is under 10 KB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024;
/// The longest id: ids are written into databases, exports (whose fields are at most 1 KB)
/// and benchmark packs.
pub const MAX_ID_CHARS: usize = 64;
/// Attribute names a choice id may not take because the question message uses them.
const RESERVED_CHOICE_IDS: [&str; 2] = ["help", "unit"];

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
fn shape(rule: &'static str, args: &[(&'static str, String)]) -> ProblemKind {
    ProblemKind::Shape {
        rule,
        args: args.to_vec(),
    }
}

/// Every problem found in a definition, in file order.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the questionnaire definition has {} problem(s)", .0.len())]
pub struct Problems(pub Vec<Problem>);

/// Every definition compiled into the binary (`assets/instrument/<version>/`), checked against
/// `catalog`. Each folder is named after the version it declares.
pub fn load_embedded(catalog: &Catalog) -> Result<Instruments, Problems> {
    let mut versions = Vec::new();
    let mut problems = Vec::new();
    for dir in EMBEDDED_INSTRUMENT.dirs() {
        let root = Path::new("assets/instrument").join(dir.path());
        // The same selection as `load_dir`: the main file and `questions/*.toml`.
        let questions = dir
            .get_dir(dir.path().join(QUESTIONS_DIR))
            .map(|d| d.files().collect::<Vec<_>>())
            .unwrap_or_default();
        let mut files = BTreeMap::new();
        for f in dir
            .get_file(dir.path().join(MAIN_FILE))
            .into_iter()
            .chain(dir.get_file(dir.path().join(PRACTICES_FILE)))
            .chain(
                questions
                    .into_iter()
                    .filter(|f| f.path().extension().is_some_and(|e| e == "toml")),
            )
        {
            let Ok(rel) = f.path().strip_prefix(dir.path()) else {
                continue;
            };
            match f.contents_utf8() {
                Some(text) => {
                    files.insert(rel.to_path_buf(), text.to_string());
                }
                None => problems.push(Problem {
                    file: root.join(rel),
                    question: None,
                    kind: shape("not-utf8", &[]),
                }),
            }
        }
        match load(&root, files, catalog) {
            Ok(instrument) => {
                if dir.path().as_os_str() != instrument.version.as_str() {
                    problems.push(Problem {
                        file: root.join(MAIN_FILE),
                        question: None,
                        kind: shape(
                            "version-folder",
                            &[
                                ("version", instrument.version.clone()),
                                ("folder", dir.path().display().to_string()),
                            ],
                        ),
                    });
                }
                versions.push(instrument);
            }
            Err(Problems(p)) => problems.extend(p),
        }
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    Instruments::new(versions).map_err(|e| {
        let kind = match e {
            super::VersionsError::None => shape("no-versions", &[]),
            super::VersionsError::Duplicate(v) => shape("duplicate-version", &[("version", v)]),
        };
        Problems(vec![Problem {
            file: PathBuf::from("assets/instrument"),
            question: None,
            kind,
        }])
    })
}

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

/// Parses and validates a definition from its files, keyed by path relative to `root`.
pub fn load(
    root: &Path,
    files: BTreeMap<PathBuf, String>,
    catalog: &Catalog,
) -> Result<Instrument, Problems> {
    load_files(root, files, true, catalog)
}

/// [`load`]; `all_read` is false when a file of the definition could not be read.
pub fn load_files(
    root: &Path,
    files: BTreeMap<PathBuf, String>,
    all_read: bool,
    catalog: &Catalog,
) -> Result<Instrument, Problems> {
    let mut v = Validator {
        root,
        problems: Vec::new(),
        complete: all_read,
    };
    let main_path = PathBuf::from(MAIN_FILE);
    let Some(main_text) = files.get(&main_path) else {
        v.push(&main_path, None, shape("file-missing", &[]));
        return Err(Problems(v.problems));
    };
    let Some(raw) = v.parse::<RawInstrument>(&main_path, main_text) else {
        return Err(Problems(v.problems));
    };

    let mut instrument = v.header(&main_path, raw);

    // Questions, area by area in the order the main file lists them.
    let mut area_files: BTreeMap<String, (PathBuf, RawQuestionsFile)> = BTreeMap::new();
    let mut unparsed = false;
    for (path, text) in &files {
        if path == &main_path || path == Path::new(PRACTICES_FILE) {
            continue;
        }
        let area = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if instrument.area(&area).is_none() {
            v.push(path, None, ProblemKind::UnknownArea { area });
            continue;
        }
        match v.parse::<RawQuestionsFile>(path, text) {
            Some(parsed) => {
                area_files.insert(area, (path.clone(), parsed));
            }
            None => unparsed = true,
        }
    }
    let practices_path = PathBuf::from(PRACTICES_FILE);
    let practices = match files.get(&practices_path) {
        Some(text) => {
            let parsed = v.parse::<RawPractices>(&practices_path, text);
            unparsed |= parsed.is_none();
            parsed
        }
        None => None,
    };
    // What a file with a syntax error defines is not reported missing where it is used.
    v.complete &= !unparsed;
    let sector_ids: Vec<String> = instrument.sectors.iter().map(|s| s.id.clone()).collect();
    let all_ids: BTreeSet<String> = area_files
        .values()
        .flat_map(|(_, f)| f.question.iter().map(|q| q.id.clone()))
        .collect();
    let mut seen = BTreeSet::new();
    let mut where_from: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut action_files: BTreeMap<String, PathBuf> = BTreeMap::new();
    for area in instrument.areas.clone() {
        let Some((path, file)) = area_files.remove(&area.id) else {
            continue;
        };
        for raw_q in file.question {
            let id = raw_q.id.clone();
            if !v.id(&path, Some(&id), &id) {
                continue;
            }
            if !seen.insert(id.clone()) {
                v.push(
                    &path,
                    Some(&id),
                    ProblemKind::DuplicateId {
                        what: "question",
                        id: id.clone(),
                    },
                );
                continue;
            }
            if let Some(q) = v.question(
                &path,
                raw_q,
                &area.id,
                &sector_ids,
                &instrument.questions,
                &all_ids,
            ) {
                where_from.insert(q.id.clone(), path.clone());
                instrument.questions.push(q);
            }
        }
        for raw_a in file.action {
            if !v.id(&path, None, &raw_a.id) {
                continue;
            }
            if instrument.action(&raw_a.id).is_some() {
                v.push(
                    &path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "action",
                        id: raw_a.id,
                    },
                );
                continue;
            }
            if !HORIZONS.contains(&raw_a.horizon) {
                v.push(
                    &path,
                    None,
                    shape("horizon", &[("action", raw_a.id.clone())]),
                );
            }
            action_files.insert(raw_a.id.clone(), path.clone());
            instrument.actions.push(Action {
                id: raw_a.id,
                area: area.id.clone(),
                effort: match raw_a.effort {
                    RawEffort::Low => Effort::Low,
                    RawEffort::Medium => Effort::Medium,
                    RawEffort::High => Effort::High,
                },
                cost: match raw_a.cost {
                    RawCost::Free => CostBand::Free,
                    RawCost::Low => CostBand::Low,
                    RawCost::Medium => CostBand::Medium,
                    RawCost::High => CostBand::High,
                },
                horizon_days: raw_a.horizon,
                after: raw_a.after,
            });
        }
    }
    v.actions(&instrument, &where_from, &action_files);
    if let Some(raw) = practices {
        v.practices(&practices_path, raw, &mut instrument);
    }

    // Every message the definition needs, in every locale (once, though shared by several).
    let mut asked = BTreeSet::new();
    for (id, file, question) in
        required_messages(&instrument, &where_from, &action_files, &main_path)
    {
        if !asked.insert(id.clone()) {
            continue;
        }
        for locale in Locale::ALL {
            if !catalog.has(locale, &id) {
                v.push(
                    &file,
                    question.as_deref(),
                    ProblemKind::MissingMessage {
                        locale,
                        id: id.clone(),
                    },
                );
                continue;
            }
            for kind in text_problems(catalog, locale, &id) {
                v.push(&file, question.as_deref(), kind);
            }
        }
    }

    if v.problems.is_empty() {
        Ok(instrument)
    } else {
        Err(Problems(v.problems))
    }
}

/// What keeps message `id` of `locale` from reading right: references that do not resolve or
/// multiply the text, control characters, decomposed (NFD) letters, and — in Lao — text typed
/// with an old pre-Unicode Lao font, which shows as Latin letters (e.g. "ÃÒ¡").
fn text_problems(catalog: &Catalog, locale: Locale, id: &str) -> Vec<ProblemKind> {
    use unicode_normalization::is_nfc;
    let Some((text, broken)) = catalog.inspect(locale, id) else {
        return Vec::new();
    };
    let args = |more: &[(&'static str, String)]| {
        let mut args = vec![("id", id.to_string()), ("locale", locale.tag().to_string())];
        args.extend_from_slice(more);
        args
    };
    let mut problems: Vec<ProblemKind> = broken
        .into_iter()
        .map(|reason| shape("message-broken", &args(&[("reason", reason)])))
        .collect();
    // Line breaks are how a pattern spans lines; anything else would drive a terminal or hide
    // text.
    if text
        .chars()
        .any(|c| c != '\n' && digiready_i18n::is_unsafe_char(c))
    {
        problems.push(shape("message-control", &args(&[])));
    }
    if !is_nfc(&text) {
        problems.push(shape("message-not-nfc", &args(&[])));
    }
    let latin1_letter = |c: &char| ('\u{C0}'..='\u{FF}').contains(c) && c.is_alphabetic();
    let lao_letter = |c: char| ('\u{0E80}'..='\u{0EFF}').contains(&c);
    if locale == Locale::Lo
        && text.chars().any(|c| latin1_letter(&c))
        && !text.chars().any(lao_letter)
    {
        let sample: String = text.chars().filter(latin1_letter).take(6).collect();
        problems.push(shape("message-legacy-lao", &args(&[("sample", sample)])));
    }
    problems
}

/// (message id, file that needs it, question) for every message the definition refers to.
fn required_messages(
    instrument: &Instrument,
    where_from: &BTreeMap<String, PathBuf>,
    action_files: &BTreeMap<String, PathBuf>,
    main_path: &Path,
) -> Vec<(String, PathBuf, Option<String>)> {
    let main = || main_path.to_path_buf();
    let mut out = Vec::new();
    for level in 1..=5 {
        out.push((format!("level-{level}"), main(), None));
        out.push((format!("level-{level}.description"), main(), None));
    }
    for area in &instrument.areas {
        out.push((area.message_id(), main(), None));
        out.push((format!("{}.description", area.message_id()), main(), None));
    }
    for sector in &instrument.sectors {
        out.push((sector.message_id(), main(), None));
    }
    for effort in ["low", "medium", "high"] {
        out.push((format!("effort-{effort}"), main(), None));
    }
    for cost in ["free", "low", "medium", "high"] {
        out.push((format!("cost-{cost}"), main(), None));
        out.push((format!("cost-{cost}.description"), main(), None));
    }
    for days in super::HORIZONS {
        out.push((format!("horizon-{days}"), main(), None));
    }
    for practice in &instrument.practices {
        out.push((practice.message_id(), PathBuf::from(PRACTICES_FILE), None));
    }
    for indicator in &instrument.indicators {
        out.push((indicator.message_id(), PathBuf::from(PRACTICES_FILE), None));
    }
    for action in &instrument.actions {
        let file = action_files.get(&action.id).cloned().unwrap_or_else(main);
        out.push((action.message_id(), file.clone(), None));
        out.push((format!("{}.step", action.message_id()), file, None));
    }
    for country in &instrument.countries {
        out.push((format!("country-{}", country.code), main(), None));
        for band in &country.size_bands {
            out.push((format!("size-{}", band.id), main(), None));
        }
    }
    for q in &instrument.questions {
        let file = where_from.get(&q.id).cloned().unwrap_or_else(main);
        let qid = Some(q.id.clone());
        out.push((q.message_id(), file.clone(), qid.clone()));
        out.push((
            format!("{}.help", q.message_id()),
            file.clone(),
            qid.clone(),
        ));
        for c in q.kind.choices() {
            out.push((q.choice_message_id(&c.id), file.clone(), qid.clone()));
        }
        if let QuestionKind::Number { .. } = q.kind {
            out.push((
                format!("{}.unit", q.message_id()),
                file.clone(),
                qid.clone(),
            ));
        }
    }
    out
}

struct Validator<'a> {
    root: &'a Path,
    problems: Vec<Problem>,
    /// Every file was read and parsed. When one was not, a reference to a question or action
    /// that is not found is not a problem of its own: it may be defined in that file, and the
    /// file's problem is reported already.
    complete: bool,
}

impl Validator<'_> {
    fn push(&mut self, file: &Path, question: Option<&str>, kind: ProblemKind) {
        let dangling = matches!(
            kind,
            ProblemKind::ConditionUnknownQuestion { .. }
                | ProblemKind::UnknownAction { .. }
                | ProblemKind::UnusedAction { .. }
        );
        if dangling && !self.complete {
            return;
        }
        self.problems.push(Problem {
            file: self.root.join(file),
            question: question.map(str::to_string),
            kind,
        });
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, path: &Path, text: &str) -> Option<T> {
        match toml::from_str(text) {
            Ok(t) => Some(t),
            Err(e) => {
                // The parser's message and where, without its quote of the line: a hostile
                // line can be megabytes long.
                let message = e.message().replace('\n', " ").trim().to_string();
                let reason = match e.span().and_then(|s| text.get(..s.start)) {
                    Some(before) => {
                        let line = before.matches('\n').count() + 1;
                        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                        format!("line {line}, column {column}: {message}")
                    }
                    None => message,
                };
                self.push(path, None, ProblemKind::Syntax { reason });
                None
            }
        }
    }

    fn id(&mut self, path: &Path, question: Option<&str>, id: &str) -> bool {
        let mut chars = id.chars();
        let ok = id.len() <= MAX_ID_CHARS
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
            && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            self.push(
                path,
                question,
                ProblemKind::InvalidId { id: id.to_string() },
            );
        }
        ok
    }

    fn weight(&mut self, path: &Path, question: Option<&str>, what: &'static str, value: f64) {
        if !(value.is_finite() && value > 0.0) {
            self.push(path, question, ProblemKind::BadWeight { what, value });
        }
    }

    fn header(&mut self, path: &Path, raw: RawInstrument) -> Instrument {
        let well_formed = !raw.version.is_empty()
            && raw
                .version
                .split('.')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            self.push(
                path,
                None,
                shape("version-format", &[("version", raw.version.clone())]),
            );
        }
        let floors: Option<[f64; 5]> = raw.level_floors.clone().try_into().ok();
        let level_floors = match floors {
            Some(f) if f[0] == 0.0 && f.windows(2).all(|w| w[0] < w[1]) && f[4] < 100.0 => f,
            _ => {
                self.push(path, None, ProblemKind::BadLevelFloors);
                [0.0, 20.0, 40.0, 60.0, 80.0]
            }
        };

        let mut countries = Vec::new();
        let mut country_ids = BTreeSet::new();
        for c in raw.countries {
            if !country_ids.insert(c.code.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "country",
                        id: c.code.clone(),
                    },
                );
            }
            let mut band_ids = BTreeSet::new();
            let mut bands = Vec::new();
            for b in c.size_bands {
                self.id(path, None, &b.id);
                if !band_ids.insert(b.id.clone()) {
                    self.push(
                        path,
                        None,
                        ProblemKind::DuplicateId {
                            what: "size band",
                            id: b.id.clone(),
                        },
                    );
                }
                bands.push(SizeBand {
                    id: b.id,
                    limits: b
                        .limits
                        .into_iter()
                        .map(|(g, l)| {
                            (
                                g,
                                SizeLimits {
                                    max_staff: l.max_staff,
                                    max_revenue: l.max_revenue,
                                    max_capital: l.max_capital,
                                },
                            )
                        })
                        .collect(),
                });
            }
            self.size_bands(path, &c.code, &bands);
            countries.push(Country {
                code: c.code,
                currency: c.currency,
                rule: match c.rule {
                    RawSizeRule::StaffAndRevenueOrCapital => SizeRule::StaffAndRevenueOrCapital,
                    RawSizeRule::AnyCriterion => SizeRule::AnyCriterion,
                },
                source: c.source,
                size_bands: bands,
            });
        }

        let mut sectors = Vec::new();
        let mut sector_ids = BTreeSet::new();
        for s in raw.sectors {
            self.id(path, None, &s.id);
            if !sector_ids.insert(s.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "sector",
                        id: s.id.clone(),
                    },
                );
            }
            for (country, group) in &s.size_groups {
                match countries.iter().find(|c| &c.code == country) {
                    None => self.push(
                        path,
                        None,
                        ProblemKind::UnknownCountry {
                            id: country.clone(),
                        },
                    ),
                    Some(c) => {
                        let known = c.size_bands.iter().any(|b| b.limits.contains_key(group));
                        if !known {
                            self.push(
                                path,
                                None,
                                ProblemKind::UnknownSizeGroup {
                                    country: country.clone(),
                                    group: group.clone(),
                                },
                            );
                        }
                    }
                }
            }
            sectors.push(Sector {
                id: s.id,
                size_groups: s.size_groups,
            });
        }

        let mut areas = Vec::new();
        let mut area_ids = BTreeSet::new();
        for a in raw.areas {
            self.id(path, None, &a.id);
            if !area_ids.insert(a.id.clone()) {
                self.push(
                    path,
                    None,
                    ProblemKind::DuplicateId {
                        what: "area",
                        id: a.id.clone(),
                    },
                );
            }
            self.weight(path, None, "area weight", a.weight);
            for (sector, w) in &a.sector_weights {
                if !sector_ids.contains(sector) {
                    self.push(
                        path,
                        None,
                        ProblemKind::UnknownSector { id: sector.clone() },
                    );
                }
                self.weight(path, None, "area weight", *w);
            }
            areas.push(Area {
                id: a.id,
                group: match a.group {
                    RawAreaGroup::Core => AreaGroup::Core,
                    RawAreaGroup::Foundation => AreaGroup::Foundation,
                },
                weight: a.weight,
                sector_weights: a.sector_weights,
            });
        }

        Instrument {
            version: raw.version,
            level_floors,
            areas,
            sectors,
            countries,
            questions: Vec::new(),
            actions: Vec::new(),
            practices: Vec::new(),
            indicators: Vec::new(),
        }
    }

    /// Bands grow: every band but the last has limits for the same groups, no limit is smaller
    /// than the band before's, and the last band is open-ended.
    fn size_bands(&mut self, path: &Path, country: &str, bands: &[SizeBand]) {
        let Some((last, rest)) = bands.split_last() else {
            let kind = shape("no-size-bands", &[("country", country.to_string())]);
            self.push(path, None, kind);
            return;
        };
        if !last.limits.is_empty() {
            let kind = shape(
                "last-band-limits",
                &[("country", country.to_string()), ("band", last.id.clone())],
            );
            self.push(path, None, kind);
        }
        let groups: BTreeSet<&String> = rest.iter().flat_map(|b| b.limits.keys()).collect();
        for band in rest {
            for g in &groups {
                if !band.limits.contains_key(*g) {
                    let kind = ProblemKind::UnknownSizeGroup {
                        country: format!("{country} / {}", band.id),
                        group: (*g).clone(),
                    };
                    self.push(path, None, kind);
                }
            }
        }
        let grows = |a: Option<u64>, b: Option<u64>| match (a, b) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        for pair in rest.windows(2) {
            for (g, hi) in &pair[1].limits {
                let Some(lo) = pair[0].limits.get(g) else {
                    continue;
                };
                if !(grows(lo.max_staff, hi.max_staff)
                    && grows(lo.max_revenue, hi.max_revenue)
                    && grows(lo.max_capital, hi.max_capital))
                {
                    let kind = shape(
                        "band-shrinks",
                        &[
                            ("country", country.to_string()),
                            ("band", pair[1].id.clone()),
                            ("previous", pair[0].id.clone()),
                            ("group", g.clone()),
                        ],
                    );
                    self.push(path, None, kind);
                }
            }
        }
    }

    fn applies(
        &mut self,
        path: &Path,
        q: &str,
        sectors: Option<Vec<String>>,
        known: &[String],
    ) -> Applies {
        match sectors {
            None => Applies::All,
            Some(list) => {
                for s in &list {
                    if !known.contains(s) {
                        self.push(path, Some(q), ProblemKind::UnknownSector { id: s.clone() });
                    }
                }
                Applies::Only(list)
            }
        }
    }

    fn question(
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
    fn practices(&mut self, path: &Path, raw: RawPractices, instrument: &mut Instrument) {
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
    fn actions(
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

    fn points(&mut self, path: &Path, q: Option<&str>, option: &str, points: f64) {
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
    fn anchoring(&mut self, path: &Path, question: &Question, sectors: &[String]) {
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

    fn condition(
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

// ---- The file format, as written by people. ----

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    version: String,
    level_floors: Vec<f64>,
    #[serde(default, rename = "area")]
    areas: Vec<RawArea>,
    #[serde(default, rename = "sector")]
    sectors: Vec<RawSector>,
    #[serde(default, rename = "country")]
    countries: Vec<RawCountry>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawAreaGroup {
    Core,
    Foundation,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: String,
    group: RawAreaGroup,
    #[serde(default = "one")]
    weight: f64,
    #[serde(default)]
    sector_weights: BTreeMap<String, f64>,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    id: String,
    #[serde(default)]
    size_groups: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawSizeRule {
    StaffAndRevenueOrCapital,
    AnyCriterion,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    currency: String,
    rule: RawSizeRule,
    source: String,
    #[serde(rename = "size_band")]
    size_bands: Vec<RawSizeBand>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSizeBand {
    id: String,
    #[serde(default)]
    limits: BTreeMap<String, RawLimits>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    max_staff: Option<u64>,
    max_revenue: Option<u64>,
    max_capital: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionsFile {
    #[serde(default)]
    question: Vec<RawQuestion>,
    #[serde(default)]
    action: Vec<RawAction>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawEffort {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawCost {
    Free,
    Low,
    Medium,
    High,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    id: String,
    effort: RawEffort,
    cost: RawCost,
    horizon: u16,
    #[serde(default)]
    after: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multiple,
    YesNo,
    Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    kind: RawKind,
    weight: Option<f64>,
    sectors: Option<Vec<String>>,
    options: Option<Vec<RawOption>>,
    min: Option<f64>,
    max: Option<f64>,
    bands: Option<Vec<RawBand>>,
    show_if: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: String,
    points: f64,
    sectors: Option<Vec<String>>,
    #[serde(default)]
    exclusive: bool,
    action: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    min: f64,
    points: f64,
    action: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPractices {
    #[serde(default)]
    practice: Vec<RawPractice>,
    #[serde(default)]
    indicator: Vec<RawIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPractice {
    id: String,
    any: Vec<RawPracticeCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPracticeCondition {
    question: String,
    any_of: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: String,
    question: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    question: String,
    any_of: Option<Vec<String>>,
    at_least: Option<f64>,
}
