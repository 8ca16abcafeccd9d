//! The core's share of the desktop app's start (issue 8, "start to first interactive screen"):
//! what `AppState::open` in the shell builds, step by step, each timed on its own.
//!
//! - `catalog`: every Fluent file of the three languages parsed (`Catalog::embedded`).
//! - `questionnaires`: both built-in definitions parsed and checked against the catalog
//!   (`instrument::load_embedded`).
//! - `fonts`: the four Noto faces parsed for shaping (`Fonts::embedded`).
//! - `database, first start`: a new database file made, migrated and seeded with the built-in
//!   benchmark packs (`Store::open` and `ensure_seed_benchmarks`), as on a first start.
//! - `database, later start`: the same file opened again (the packs are there already).
//!
//! The database files are real files in a new folder under `target/tmp` (not /tmp, often a
//! RAM disk): a first start's commits wait for the disk.
//!
//! `cargo bench --bench startup` (release build). Options after `--`: `--runs N` (default 30),
//! `--json FILE` (the medians as JSON).

use std::path::PathBuf;
use std::time::Instant;

use digiready::benchmark::seed_packs;
use digiready::clock::Timestamp;
use digiready::i18n::Catalog;
use digiready::instrument::load_embedded;
use digiready::store::Store;
use digiready::typeset::Fonts;

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut runs = 30usize;
    let mut json: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--json" => json = args.next().map(PathBuf::from),
            _ => {} // `cargo bench` passes `--bench`
        }
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("startup-bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench folder");

    let steps = [
        "catalog",
        "questionnaires",
        "fonts",
        "database, first start",
        "database, later start",
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); steps.len()];
    for run in 0..runs {
        let t = Instant::now();
        let catalog = Catalog::embedded();
        times[0].push(ms(t));

        let t = Instant::now();
        let instruments = load_embedded(&catalog).expect("the built-in questionnaires");
        times[1].push(ms(t));
        assert!(!instruments.all().is_empty());

        let t = Instant::now();
        let fonts = Fonts::embedded();
        times[2].push(ms(t));
        drop(fonts);

        // Opened as the shell opens it: made or migrated, then the built-in packs installed.
        let open = |path: &std::path::Path| {
            let t = Instant::now();
            let mut store = Store::open(path).expect("the database");
            store
                .ensure_seed_benchmarks(&seed_packs(), Timestamp(0))
                .expect("seeded");
            drop(store);
            ms(t)
        };
        let path = dir.join(format!("run-{run}.sqlite3"));
        times[3].push(open(&path)); // a new file
        times[4].push(open(&path)); // the same file again
    }
    let _ = std::fs::remove_dir_all(&dir);

    println!("{runs} runs, medians (min–max) in ms:");
    let mut figures = serde_json::Map::new();
    for (step, t) in steps.iter().zip(&times) {
        let (lo, hi) = t
            .iter()
            .fold((f64::MAX, 0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        let m = median(t.clone());
        println!("  {step:24} {m:7.2} ({lo:.2}–{hi:.2})");
        figures.insert((*step).to_string(), serde_json::json!(m));
    }
    if let Some(path) = json {
        std::fs::write(&path, serde_json::to_string_pretty(&figures).expect("json"))
            .expect("write --json");
    }
}
