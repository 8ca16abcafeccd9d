//! The agency at national scale: 1,000 export files holding 1,000,000 assessments in all are
//! imported (read, verified, merged into a fresh agency database) and aggregated by sector ×
//! size × province; in the same run DuckDB reads the same CSV files (unzipped) and aggregates
//! them, and the two sets of figures are compared.
//!
//! `cargo bench --bench agency [-- --json FILE]` (release build; the figures also as JSON).
//! Smaller runs: `DIGIREADY_BENCH_FILES=100`,
//! `DIGIREADY_BENCH_RECORDS=1000` (records per file). DuckDB comes from the virtual
//! environment `scripts/setup.sh` makes (`DIGIREADY_PYTHON`, default `target/pyenv/bin/python`).
//!
//! Goal (issue 7): import + aggregation within 2× DuckDB, identical numbers.

use std::path::{Path, PathBuf};
use std::time::Instant;

use digiready::clock::Timestamp;
use digiready::export::aggregate::{aggregate, Dimension};
use digiready::export::anonymity::Step;
use digiready::export::tables::{practices_csv, scores_csv};
use digiready::i18n::Catalog;
use digiready::instrument::load_embedded;
use digiready::place::Places;
use digiready::store::Store;
use digiready::workflow;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[path = "../tests/shared/rng.rs"]
mod rng;
use rng::Rng;
#[path = "../tests/shared/answers.rs"]
mod generated;
use generated::{record, Firm};
#[path = "../tests/shared/package.rs"]
mod packaged;
use packaged::export_file;

/// `rng.below(n)` as an index.
fn pick(rng: &mut Rng, n: usize) -> usize {
    rng.below(n as u64) as usize
}

fn main() {
    let files = env_usize("DIGIREADY_BENCH_FILES", 1_000);
    let per_file = env_usize("DIGIREADY_BENCH_RECORDS", 1_000);
    let catalog = Catalog::embedded();
    let instruments = load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let provinces: Vec<(String, String)> = Places::embedded()
        .provinces("VN")
        .map(|p| (p.id.clone(), p.region.clone()))
        .collect();
    let sectors: Vec<&str> = instrument.sectors.iter().map(|s| s.id.as_str()).collect();

    let dir = tempfile::tempdir().expect("temp dir");
    let zips = dir.path().join("zips");
    let unzipped = dir.path().join("csv");
    std::fs::create_dir_all(&zips).expect("dir");
    let started = Instant::now();
    let mut rng = Rng(7);
    let mut paths = Vec::with_capacity(files);
    for f in 0..files {
        let mut records = Vec::with_capacity(per_file);
        for r in 0..per_file {
            let (province, region) = provinces[pick(&mut rng, provinces.len())].clone();
            let step = match pick(&mut rng, 10) {
                0 => Step::Region,
                1 => Step::Country,
                _ => Step::AsRecorded,
            };
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&(f as u64).to_be_bytes());
            id[8..].copy_from_slice(&(r as u64).to_be_bytes());
            let sector = sectors[pick(&mut rng, sectors.len())];
            let firm = Firm {
                sector,
                size: ["micro", "small", "medium"][pick(&mut rng, 3)],
                province: (step == Step::AsRecorded).then_some(province),
                region: (step == Step::Region).then_some(region),
                step,
                quarter: pick(&mut rng, 4) as u8 + 1,
            };
            let level = rng.below(5);
            records.push(record(
                instrument,
                digiready::digest::hex(&id),
                firm,
                level,
                &mut rng,
            ));
        }
        records.sort_by(|a, b| a.record_id.cmp(&b.record_id));
        let bytes = export_file(records, 0, format!("{f:032x}"), &instruments);
        let path = zips.join(format!("{f:04}.zip"));
        std::fs::write(&path, &bytes).expect("write zip");
        // The same CSV files, unzipped, for DuckDB.
        let target = unzipped.join(format!("{f:04}"));
        std::fs::create_dir_all(&target).expect("dir");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("zip");
        zip.extract(&target).expect("unzip");
        paths.push(path);
    }
    let zip_bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).expect("meta").len())
        .sum();
    println!(
        "generated {files} files × {per_file} records = {} records, {:.0} MB zipped, in {:.1} s",
        files * per_file,
        zip_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    // For the profile: reading and verifying alone (one thread), not counted below.
    let started = Instant::now();
    for p in &paths {
        digiready::export::read_export_file(p, &Default::default()).expect("valid file");
    }
    println!(
        "(reading and verifying alone, one thread: {:.2} s)",
        started.elapsed().as_secs_f64()
    );

    // DigiReady: import every file into a fresh agency database, then aggregate.
    let db = dir.path().join("agency.sqlite3");
    let by = [Dimension::Sector, Dimension::Size, Dimension::Province];
    let started = Instant::now();
    let mut store = Store::open(&db).expect("agency database");
    let mut refused = 0;
    // The generated records are random, not anonymised: the re-check of k and l runs on every
    // file (its cost is in the figure) and finds breaches, which this run merges anyway.
    workflow::import_export_files(
        &mut store,
        &instruments,
        &paths,
        workflow::OnBreach::MergeAndRecord,
        || Timestamp(0),
        |_, _, _, r| {
            if let Err(e) = r {
                eprintln!("refused: {e}");
                refused += 1;
            }
        },
    );
    let imported = started.elapsed().as_secs_f64();
    let records = store.pool_records_without_answers().expect("records");
    let agg = aggregate(&records, &by, 5);
    let tables = dir.path().join("tables");
    std::fs::create_dir_all(&tables).expect("dir");
    std::fs::write(tables.join("scores.csv"), scores_csv(&agg)).expect("write");
    std::fs::write(tables.join("practices.csv"), practices_csv(&agg)).expect("write");
    let ours = started.elapsed().as_secs_f64();
    assert_eq!(refused, 0);
    assert_eq!(records.len(), files * per_file);
    println!(
        "digiready: import {imported:.2} s + aggregation {:.2} s = {ours:.2} s ({} cells)",
        ours - imported,
        agg.cells.len()
    );

    // DuckDB, reading the unzipped CSV files and aggregating the same way.
    let python = std::env::var("DIGIREADY_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyenv/bin/python"));
    let out = std::process::Command::new(&python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/duckdb_aggregate.py"))
        .arg(&unzipped)
        .arg(tables.join("scores.csv"))
        .arg(tables.join("practices.csv"))
        .arg("sector,size,province")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh)", python.display()));
    let said = String::from_utf8_lossy(&out.stdout);
    print!("duckdb: {said}");
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seconds: f64 = said
        .rsplit_once(", ")
        .and_then(|(_, t)| t.split_whitespace().next())
        .and_then(|t| t.parse().ok())
        .expect("DuckDB's time");
    println!("ratio: digiready / DuckDB = {:.2}", ours / seconds);
    let mut args = std::env::args().skip_while(|a| a != "--json");
    if let Some(path) = args.nth(1) {
        let value = serde_json::json!({
            "files": files,
            "records": files * per_file,
            "zip_bytes": zip_bytes,
            "import_s": imported,
            "aggregate_s": ours - imported,
            "digiready_s": ours,
            "cells": agg.cells.len(),
            "duckdb_s": seconds,
            "ratio": ours / seconds,
        });
        std::fs::write(&path, serde_json::to_string_pretty(&value).expect("JSON"))
            .expect("write JSON");
    }
}
