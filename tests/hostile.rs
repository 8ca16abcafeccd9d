//! Hostile input (issue 8): corpora of malformed and malicious files for three importers, each
//! run through the real CLI — benchmark packs (`benchmarks import`), answer files (`score` and
//! `plan --answers`) and questionnaire definitions (`instrument check`). The files live in
//! `tests/fixtures/hostile/<corpus>/`, listed in its `cases.toml` with the outcome each must
//! have (written by `tests/fixtures/hostile/make_corpus.py`).
//!
//! Every case must end in a clear refusal (exit code 1, the expected English message, nothing
//! in the database changed) or in the documented safe result; none may panic, die of a
//! signal, or print control characters or endless lines to the terminal.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde::Deserialize;

use crate::util::{self, digiready, stderr, stdout};

/// Each corpus holds at least this many cases.
const MIN_CASES: usize = 30;
/// No line of an error message is longer than this (values from files are cut at 200
/// characters; a message quotes a few).
const MAX_LINE_CHARS: usize = 1000;
/// Files in a corpus folder that are not cases.
const NOT_CASES: [&str; 2] = ["cases.toml", "README.md"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// The file (or, for definitions, the folder) in the corpus.
    file: String,
    /// What it is.
    what: String,
    expect: Expect,
    /// Refused: a substring of the English message on stderr.
    message: Option<String>,
    /// Accepted: the documented safe result, for people.
    result: Option<String>,
    /// Accepted: a substring of what is printed.
    stdout: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Refused,
    Accepted,
}

/// The corpus folder and its cases, after checking that `cases.toml` lists exactly the files in
/// the folder, each once, with what its outcome needs.
fn corpus(name: &str) -> (PathBuf, Vec<Case>) {
    let dir = util::fixtures("hostile").join(name);
    let text = std::fs::read_to_string(dir.join("cases.toml")).expect("cases.toml");
    let cases = toml::from_str::<Cases>(&text)
        .unwrap_or_else(|e| panic!("{name}/cases.toml: {e}"))
        .case;
    let present: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !NOT_CASES.contains(&n.as_str()))
        .collect();
    let listed: BTreeSet<String> = cases.iter().map(|c| c.file.clone()).collect();
    assert_eq!(listed.len(), cases.len(), "{name}: a file is listed twice");
    let unlisted: Vec<_> = present.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&present).collect();
    assert!(
        unlisted.is_empty() && missing.is_empty(),
        "{name}: in the folder but not in cases.toml: {unlisted:?}; listed but missing: {missing:?}"
    );
    assert!(
        cases.len() >= MIN_CASES,
        "{name}: {} cases, at least {MIN_CASES} needed",
        cases.len()
    );
    for c in &cases {
        assert!(
            !c.what.trim().is_empty(),
            "{name}/{}: say what it is",
            c.file
        );
        let complete = match c.expect {
            Expect::Refused => c.message.is_some() && c.result.is_none() && c.stdout.is_none(),
            Expect::Accepted => c.message.is_none() && c.result.is_some() && c.stdout.is_some(),
        };
        assert!(
            complete,
            "{name}/{}: refused needs `message`; accepted needs `result` and `stdout`",
            c.file
        );
    }
    (dir, cases)
}

/// Every way `o`, the run of `command` on `case`, falls short of what the case expects.
fn shortfalls(case: &Case, command: &str, o: &Output) -> Vec<String> {
    let err = stderr(o);
    let out = stdout(o);
    let mut found = Vec::new();
    match o.status.code() {
        None => found.push(format!("ended by a signal ({:?})", o.status)),
        Some(101) => found.push("panicked (exit code 101)".into()),
        _ => {}
    }
    if err.contains("panicked") {
        found.push("stderr says it panicked".into());
    }
    match case.expect {
        Expect::Refused => {
            if o.status.code() != Some(1) {
                found.push(format!("exit code {:?}, not 1", o.status.code()));
            }
            let message = case.message.as_deref().unwrap_or_default();
            if !err.contains(message) {
                found.push(format!("stderr lacks {message:?}"));
            }
        }
        Expect::Accepted => {
            if o.status.code() != Some(0) {
                found.push(format!("exit code {:?}, not 0", o.status.code()));
            }
            if !err.is_empty() {
                found.push("stderr is not empty".into());
            }
        }
    }
    for line in err.lines() {
        if line.chars().any(|c| c.is_control() && c != '\t') {
            found.push("stderr carries control characters".into());
        }
        if line.chars().count() > MAX_LINE_CHARS {
            found.push(format!("a stderr line is over {MAX_LINE_CHARS} characters"));
        }
    }
    let shorten = |text: &str| text.chars().take(600).collect::<String>();
    found
        .into_iter()
        .map(|f| {
            format!(
                "{} ({}): `{command}`: {f}\n    stderr: {}\n    stdout: {}",
                case.file,
                case.what,
                shorten(&err),
                shorten(&out)
            )
        })
        .collect()
}

/// Fails with every shortfall of every case at once.
fn report(corpus: &str, shortfalls: &[String]) {
    assert!(
        shortfalls.is_empty(),
        "{} shortfall(s) in the {corpus} corpus:\n{}",
        shortfalls.len(),
        shortfalls.join("\n")
    );
}

/// A database with the built-in benchmark packs installed (vn-seed and la-seed 2026.1), and
/// its content.
fn template(dir: &Path) -> (PathBuf, Vec<String>) {
    let db = dir.join("template.sqlite3");
    let listed = util::ok(&digiready(&db, &["benchmarks", "list"]));
    assert!(
        listed.contains("vn-seed") && listed.contains("la-seed"),
        "{listed}"
    );
    let content = util::dump(&db);
    (db, content)
}

/// A fresh copy of the template database for one case.
fn copy_of(template: &Path, dir: &Path, case: &Case) -> PathBuf {
    let db = dir.join(format!("{}.sqlite3", case.file));
    std::fs::copy(template, &db).expect("copy the template database");
    db
}

fn path_text(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[test]
fn hostile_benchmark_packs_are_refused_and_change_nothing() {
    let (corpus_dir, cases) = corpus("packs");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (template, before) = template(tmp.path());
    let mut failures = Vec::new();
    for case in &cases {
        let db = copy_of(&template, tmp.path(), case);
        let file = corpus_dir.join(&case.file);
        let o = digiready(&db, &["benchmarks", "import", path_text(&file)]);
        let mut found = shortfalls(case, "benchmarks import", &o);
        match case.expect {
            Expect::Refused => {
                if util::dump(&db) != before {
                    found.push(format!("{}: the database changed", case.file));
                }
            }
            Expect::Accepted => {
                let printed = stdout(&o);
                let wanted = case.stdout.as_deref().unwrap_or_default();
                if !printed.contains(wanted) {
                    found.push(format!("{}: stdout lacks {wanted:?}: {printed}", case.file));
                }
                found.extend(kept_as_sealed(&db, &file));
            }
        }
        failures.extend(found);
    }
    report("packs", &failures);
}

/// The installed pack's texts are the file's, character for character.
fn kept_as_sealed(db: &Path, file: &Path) -> Vec<String> {
    let bytes = std::fs::read(file).expect("read");
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let sealed: serde_json::Value = serde_json::from_slice(text).expect("the case is JSON");
    let installed = util::ok_json(&digiready(db, &["benchmarks", "list", "--json"]));
    let Some(pack) = installed
        .as_array()
        .expect("a list")
        .iter()
        .find(|p| p["id"] == sealed["id"])
    else {
        return vec![format!("{}: not installed", file.display())];
    };
    ["name", "publisher", "version", "published"]
        .into_iter()
        .filter(|field| pack[field] != sealed[field])
        .map(|field| {
            format!(
                "{}: {field} is {} installed, {} in the file",
                file.display(),
                pack[field],
                sealed[field]
            )
        })
        .collect()
}

/// A file over the size limit is refused after reading one byte more than the limit, not
/// read whole: made here as a sparse file, 64 MB of zero bytes that take no disk space.
#[test]
fn a_pack_file_over_the_size_limit_is_refused_unread() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (template, before) = template(tmp.path());
    let file = tmp.path().join("huge.json");
    std::fs::File::create(&file)
        .expect("create")
        .set_len(digiready::benchmark::pack::MAX_FILE_BYTES + 1)
        .expect("a sparse file");
    let o = digiready(&template, &["benchmarks", "import", path_text(&file)]);
    let case = Case {
        file: "huge.json".into(),
        what: "a sparse file one byte over the 64 MB limit".into(),
        expect: Expect::Refused,
        message: Some("the file is larger than 64 MB".into()),
        result: None,
        stdout: None,
    };
    let mut found = shortfalls(&case, "benchmarks import", &o);
    if util::dump(&template) != before {
        found.push("the database changed".into());
    }
    report("generated", &found);
}

#[test]
fn hostile_answer_files_are_refused_by_score_and_plan() {
    let (corpus_dir, cases) = corpus("answers");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (template, before) = template(tmp.path());
    let mut failures = Vec::new();
    for case in &cases {
        let db = copy_of(&template, tmp.path(), case);
        let file = corpus_dir.join(&case.file);
        let score = digiready(&db, &["score", "--answers", path_text(&file)]);
        failures.extend(shortfalls(case, "score --answers", &score));
        let plan = digiready(&db, &["plan", "--answers", path_text(&file)]);
        failures.extend(shortfalls(case, "plan --answers", &plan));
        if case.expect == Expect::Accepted {
            let wanted = case.stdout.as_deref().unwrap_or_default();
            if !stdout(&score).contains(wanted) {
                failures.push(format!("{}: score's stdout lacks {wanted:?}", case.file));
            }
            if stdout(&plan).trim().is_empty() {
                failures.push(format!("{}: plan printed nothing", case.file));
            }
        }
        if util::dump(&db) != before {
            failures.push(format!("{}: the database changed", case.file));
        }
    }
    report("answers", &failures);
}

/// The released definition the instrument cases are laid over (released folders never change).
const BASE_VERSION: &str = "2026.2";

/// A fresh copy of the built-in definition and locales with the case's files laid over it (see
/// `tests/fixtures/hostile/instruments/README.md`): returns the definition and locales folders.
fn overlaid(case_dir: &Path, into: &Path) -> (PathBuf, PathBuf) {
    let definition = into.join("instrument");
    let locales = into.join("locales");
    util::copy_dir(
        &util::root().join("assets/instrument").join(BASE_VERSION),
        &definition,
    );
    util::copy_dir(&util::root().join("locales"), &locales);
    for (rel, bytes) in files_under(case_dir, Path::new("")) {
        let (base, rel) = match rel.strip_prefix("locales") {
            Ok(rest) => (&locales, rest.to_path_buf()),
            Err(_) => (&definition, rel),
        };
        let name = rel.to_string_lossy().into_owned();
        match name.strip_suffix(".append") {
            Some(target) => {
                let target = base.join(target);
                assert!(target.exists(), "{} appends to a missing file", name);
                let mut text = std::fs::read(&target).expect("read");
                text.extend_from_slice(&bytes);
                std::fs::write(&target, text).expect("append");
            }
            None => {
                let target = base.join(&rel);
                std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
                std::fs::write(&target, bytes).expect("write");
            }
        }
    }
    (definition, locales)
}

/// Every file under `dir`, with its path relative to the case folder.
fn files_under(dir: &Path, rel: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let entry = entry.expect("entry");
        let rel = rel.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            out.extend(files_under(&entry.path(), &rel));
        } else {
            out.push((rel, std::fs::read(entry.path()).expect("read")));
        }
    }
    out
}

#[test]
fn hostile_questionnaire_definitions_are_reported() {
    let (corpus_dir, cases) = corpus("instruments");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (template, before) = template(tmp.path());
    let mut failures = Vec::new();
    for case in &cases {
        let case_dir = corpus_dir.join(&case.file);
        assert!(case_dir.is_dir(), "{}: a case is a folder", case.file);
        let work = tmp.path().join(&case.file);
        let (definition, locales) = overlaid(&case_dir, &work);
        let db = copy_of(&template, tmp.path(), case);
        let o = digiready(
            &db,
            &[
                "instrument",
                "check",
                path_text(&definition),
                "--locales",
                path_text(&locales),
            ],
        );
        failures.extend(shortfalls(case, "instrument check", &o));
        if case.expect == Expect::Accepted {
            let wanted = case.stdout.as_deref().unwrap_or_default();
            if !stdout(&o).contains(wanted) {
                failures.push(format!("{}: stdout lacks {wanted:?}", case.file));
            }
        }
        if util::dump(&db) != before {
            failures.push(format!("{}: the database changed", case.file));
        }
    }
    report("instruments", &failures);
}

/// The overlay itself is sound: with no case laid over it, the copy is the valid built-in
/// definition, so every refusal above comes from its case's files.
#[test]
fn the_bare_overlay_is_valid() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let empty = tmp.path().join("empty-case");
    std::fs::create_dir_all(&empty).expect("dir");
    let (definition, locales) = overlaid(&empty, &tmp.path().join("work"));
    let o = digiready(
        &tmp.path().join("db.sqlite3"),
        &[
            "instrument",
            "check",
            path_text(&definition),
            "--locales",
            path_text(&locales),
        ],
    );
    assert!(util::ok(&o).contains("is valid: version 2026.2"));
}
