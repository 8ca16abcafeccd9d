//! What each fuzz target does with its input, apart from libFuzzer, so that the core's test
//! binary replays the same code on every saved crash input (`tests/fuzz.rs` includes this file
//! by path). Each function feeds any bytes to a parser that reads files from outside, the way
//! the app and the CLI call it; a panic, an overflow or a hang is a defect, an error is not.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use digiready::answers::AnswerFile;
use digiready::benchmark::BenchmarkPack;
use digiready::export::csv::{read_rows, CsvError, MAX_FIELD};
use digiready::export::read::{read_export, Limits};
use digiready::i18n::Catalog;
use digiready::instrument::{load, load_embedded, Instruments};

/// What a target does with one input.
pub type Target = fn(&[u8]);

/// The fuzz targets by name (their files in `fuzz/fuzz_targets/`), with their function.
pub const TARGETS: &[(&str, Target)] = &[
    ("export_zip", export_zip),
    ("export_csv", export_csv),
    ("benchmark_pack", benchmark_pack),
    ("answer_file", answer_file),
    ("instrument_definition", instrument_definition),
];

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::embedded)
}

fn instruments() -> &'static Instruments {
    static ALL: OnceLock<Instruments> = OnceLock::new();
    ALL.get_or_init(|| load_embedded(catalog()).expect("the built-in questionnaire"))
}

/// An agency import: any bytes as an officer's export file. Smaller limits than the app's, so
/// that the fuzzer reaches the size and ratio checks instead of spending its time inflating.
pub fn export_zip(data: &[u8]) {
    let limits = Limits {
        file_bytes: 1 << 20,
        manifest_bytes: 64 << 10,
        member_bytes: 4 << 20,
        max_ratio: 200,
    };
    let _ = read_export(data, &limits);
}

/// The strict CSV reader of export members, on any text; no field it hands on is over the
/// limit.
pub fn export_csv(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = read_rows::<CsvError>(text, |_, fields| {
        assert!(fields.iter().all(|f| f.len() <= MAX_FIELD));
        Ok(())
    });
}

/// A benchmark pack file, as `benchmarks import` and the app read it: parsed, sealed and
/// checked against the questionnaire and the places.
pub fn benchmark_pack(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = BenchmarkPack::from_json(text);
    }
}

/// An answer file, as `score` and `plan` read it: parsed, checked against the questionnaire,
/// and, when it fits, scored.
pub fn answer_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = AnswerFile::from_json(text) else {
        return;
    };
    let instrument = instruments().current();
    if file.check(instrument).is_empty() {
        let _ = digiready::scoring::score(instrument, &file.sector, &file.answers);
    }
}

/// The newest built-in questionnaire's files, by path inside its folder.
fn definition_files() -> &'static BTreeMap<PathBuf, String> {
    static FILES: OnceLock<BTreeMap<PathBuf, String>> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/instrument");
        let root = if root.exists() {
            root
        } else {
            // Built as the fuzz crate (fuzz/), not by the core's tests.
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/instrument")
        };
        let mut versions: Vec<PathBuf> = std::fs::read_dir(&root)
            .expect("assets/instrument")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.is_dir())
            .collect();
        versions.sort();
        let dir = versions.pop().expect("a version");
        let mut files = BTreeMap::new();
        let mut add = |rel: PathBuf| {
            let text = std::fs::read_to_string(dir.join(&rel)).expect("definition file");
            files.insert(rel, text);
        };
        for name in ["instrument.toml", "practices.toml"] {
            if dir.join(name).exists() {
                add(PathBuf::from(name));
            }
        }
        for e in std::fs::read_dir(dir.join("questions")).expect("questions") {
            let p = e.expect("entry").path();
            add(PathBuf::from("questions").join(p.file_name().expect("name")));
        }
        files
    })
}

/// A questionnaire definition, checked as `instrument check` does: the newest built-in one
/// with one of its files (chosen by the first byte) replaced by the rest of the input.
pub fn instrument_definition(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut files = definition_files().clone();
    let key = files
        .keys()
        .nth(pick as usize % files.len())
        .cloned()
        .expect("a file");
    files.insert(key, text.to_string());
    let _ = load(Path::new("fuzz"), files, catalog());
}
