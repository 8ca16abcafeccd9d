//! The fuzz targets' code (`fuzz/src/lib.rs`, included by path) on every saved crash input
//! under `fuzz/regressions/<target>/` and on the hostile corpora the fuzzer starts from, in the
//! ordinary test run: a crash the fuzzer found stays fixed, and the targets keep compiling on
//! stable.

use std::path::{Path, PathBuf};

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

/// Every file under `dir`, recursively, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if e.file_name().to_string_lossy().starts_with('.') {
            continue; // .keep
        }
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Where each target's starting corpus comes from: the same files `fuzz/run.sh` copies.
fn seeds(target: &str) -> Vec<PathBuf> {
    let root = crate::util::root();
    let hostile = |d: &str| files_under(&root.join("tests/fixtures/hostile").join(d));
    let (files, suffix) = match target {
        "export_zip" => (hostile("exports"), ".zip"),
        "benchmark_pack" => (
            [
                hostile("packs"),
                files_under(&root.join("assets/benchmarks")),
            ]
            .concat(),
            ".json",
        ),
        "answer_file" => (
            [
                hostile("answers"),
                files_under(&crate::util::fixtures("scoring")),
            ]
            .concat(),
            ".json",
        ),
        "instrument_definition" => (
            [
                hostile("instruments"),
                files_under(&root.join("assets/instrument")),
            ]
            .concat(),
            ".toml",
        ),
        _ => return Vec::new(),
    };
    files
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .collect()
}

/// The CSV members of the hostile exports: `export_csv`'s starting corpus (`fuzz/run.sh`
/// unzips the same members).
fn csv_members() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for path in files_under(&crate::util::fixtures("hostile/exports")) {
        let Some(mut archive) = std::fs::File::open(&path)
            .ok()
            .and_then(|f| zip::ZipArchive::new(f).ok())
        else {
            continue;
        };
        for i in 0..archive.len() {
            let Ok(mut member) = archive.by_index(i) else {
                continue;
            };
            if member.name().is_ok_and(|n| n.ends_with(".csv")) && member.size() < 1 << 20 {
                let mut bytes = Vec::new();
                if std::io::Read::read_to_end(&mut member, &mut bytes).is_ok() {
                    out.push(bytes);
                }
            }
        }
    }
    out
}

#[test]
fn every_saved_crash_input_and_seed_runs_through_its_fuzz_target() {
    let root = crate::util::root();
    let mut summary = Vec::new();
    for (target, run) in harness::TARGETS {
        assert!(
            root.join("fuzz/fuzz_targets")
                .join(format!("{target}.rs"))
                .is_file(),
            "{target} has a fuzz target file"
        );
        let crashes = files_under(&root.join("fuzz/regressions").join(target));
        let mut inputs: Vec<Vec<u8>> = crashes
            .iter()
            .chain(&seeds(target))
            .map(|p| std::fs::read(p).expect("read input"))
            .collect();
        if *target == "export_csv" {
            inputs.extend(csv_members());
        }
        let seeds = inputs.len() - crashes.len();
        assert!(seeds >= 30, "{target}: {seeds} seeds");
        for data in inputs {
            if *target == "instrument_definition" {
                // The first byte picks which definition file the rest replaces: try each.
                for pick in 0..8u8 {
                    run(&[&[pick], data.as_slice()].concat());
                }
            } else {
                run(&data);
            }
        }
        summary.push(format!(
            "{target}: {} crash inputs, {seeds} seeds",
            crashes.len()
        ));
    }
    println!("{}", summary.join("; "));
}
