//! Reading and validating a questionnaire definition, reporting every problem at once.
//!
//! By job: `raw` is the file format as people write it (parsed with serde); `validate` checks
//! it and builds the questionnaire, every problem at once (`questions` and `practices`
//! check those parts); `messages` checks that its wording
//! exists and reads right in every locale; `problems` are what is reported.

mod messages;
mod practices;
mod problems;
mod questions;
mod raw;
mod validate;

pub use problems::{catalog_problems, Problem, ProblemKind, Problems};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use super::{
    Action, Applies, Area, AreaGroup, Choice, Condition, ConditionTest, CostBand, Country, Effort,
    Indicator, Instrument, Instruments, NumberBand, Practice, Question, QuestionKind, Sector,
    SizeBand, SizeLimits, SizeRule, HORIZONS, MAX_POINTS,
};
use digiready_i18n::locale::Locale;
use digiready_i18n::Catalog;
use messages::{required_messages, text_problems};
use problems::shape;
use raw::*;
use validate::Validator;

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
