//! Peak memory of reading one export file at the agency (`read_export_file`: the file, its
//! members as they inflate, the records), for the largest file the reader accepts and for
//! hostile files made to exhaust memory. Each file is read in a fresh process of this bench,
//! which reports its peak resident memory (VmHWM). Goal: under 256 MB for any
//! file. Run with `cargo bench --bench import_memory`.

use std::io::{Cursor, Write};

use digiready::export::anonymity::Step;
use digiready::export::manifest::{ANSWERS, ASSESSMENTS, MANIFEST};
use digiready::export::read::{Limits, MAX_RECORDS};
use digiready::export::read_export_file;
use digiready::export::record::Record;
use digiready::i18n::Catalog;
use digiready::instrument::load_embedded;

#[path = "../tests/shared/rng.rs"]
mod rng;
use rng::Rng;
#[path = "../tests/shared/answers.rs"]
mod generated;
use generated::{record, Firm};
#[path = "../tests/shared/package.rs"]
mod packaged;
use packaged::export_file;

/// The peak resident memory of this process so far (VmHWM), in bytes.
fn peak_rss() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        .expect("VmHWM")
        * 1024
}

/// Child mode (`--read FILE`): reads one file as the importer does, then prints its own peak
/// memory and what the reader said.
fn child(path: &str) {
    let result = read_export_file(std::path::Path::new(path), &Limits::default());
    let said = match &result {
        Ok(f) => format!("read, {} records", f.records.len()),
        Err(e) => format!("refused: {e}"),
    };
    println!("{}\t{said}", peak_rss());
}

/// The members of a zip, by name.
fn members(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("member");
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut data).expect("read");
            (f.name().expect("name").to_string(), data)
        })
        .collect()
}

/// The file with `member` replaced by `data`, the manifest's size and checksum for it made
/// anew (so that the reader gets past the checksums) and `records` set when given.
fn with_member(valid: &[u8], member: &str, data: &[u8], records: Option<usize>) -> Vec<u8> {
    let mut list = members(valid);
    let hash = digiready::digest::sha256_hex(data);
    for (name, d) in list.iter_mut() {
        if name == member {
            *d = data.to_vec();
        }
    }
    for (name, d) in list.iter_mut() {
        if name == MANIFEST {
            let mut m: serde_json::Value = serde_json::from_slice(d).expect("manifest");
            for entry in m["members"].as_array_mut().expect("members") {
                if entry["name"] == member {
                    entry["sha256"] = serde_json::json!(hash);
                    entry["bytes"] = serde_json::json!(data.len());
                }
            }
            if let Some(n) = records {
                m["records"] = serde_json::json!(n);
            }
            *d = serde_json::to_vec(&m).expect("json");
        }
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, d) in &list {
        zip.start_file(name.as_str(), o).expect("start");
        zip.write_all(d).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

/// `len` bytes that deflate about 100:1: an 8 KB block of random letters, repeated.
fn compressible(len: usize, rng: &mut Rng) -> Vec<u8> {
    let block: Vec<u8> = (0..8192).map(|_| b'a' + rng.below(26) as u8).collect();
    block.iter().copied().cycle().take(len).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--read") {
        return child(&args[i + 1]);
    }
    let catalog = Catalog::embedded();
    let instruments = load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let mut rng = Rng(11);
    // The largest file the reader accepts: MAX_RECORDS records, every question answered.
    let records: Vec<Record> = (0..MAX_RECORDS)
        .map(|i| {
            let firm = Firm {
                sector: &instrument.sectors[i % instrument.sectors.len()].id,
                size: "micro",
                province: Some("can_tho".into()),
                region: None,
                step: Step::AsRecorded,
                quarter: 1,
            };
            let level = rng.below(5);
            record(instrument, format!("{:032x}", i + 1), firm, level, &mut rng)
        })
        .collect();
    let released = records.len();
    let valid = export_file(records, released, "0".repeat(32), &instruments);
    let assessments = members(&valid)
        .into_iter()
        .find(|(n, _)| n == ASSESSMENTS)
        .expect("assessments")
        .1;
    let header_end = assessments
        .iter()
        .position(|b| *b == b'\n')
        .expect("header")
        + 1;

    reader_speed(&valid);

    let mut cases: Vec<(&str, Vec<u8>)> = vec![(
        "the largest valid file (20,000 records, every question answered)",
        valid.clone(),
    )];
    // A quoted field of 400 MB of letters inside assessments.csv.
    let mut padded = assessments[..header_end].to_vec();
    padded.push(b'"');
    padded.extend(compressible(400 << 20, &mut rng));
    padded.extend(b"\"\r\n");
    cases.push((
        "padding: a 400 MB field inside assessments.csv",
        with_member(&valid, ASSESSMENTS, &padded, None),
    ));
    // Both CSV members 600 MB of honest-looking rows that deflate about 100:1.
    let filler = compressible(600 << 20, &mut rng);
    let two = with_member(&valid, ASSESSMENTS, &filler, None);
    cases.push((
        "assessments.csv and answers.csv of 600 MB each, about 100:1",
        with_member(&two, ANSWERS, &filler, None),
    ));
    // A million rows where the manifest says five.
    let row_end = header_end
        + assessments[header_end..]
            .iter()
            .position(|b| *b == b'\n')
            .expect("a row")
        + 1;
    let mut million = assessments[..header_end].to_vec();
    for _ in 0..1_000_000 {
        million.extend(&assessments[header_end..row_end]);
    }
    cases.push((
        "a million rows where the manifest says 5",
        with_member(&valid, ASSESSMENTS, &million, Some(5)),
    ));

    let dir = tempfile::tempdir().expect("tempdir");
    // A process that reads a tiny file: what every child costs before the file's own work.
    let tiny = {
        let path = dir.path().join("tiny.zip");
        std::fs::write(&path, b"not a zip").expect("write");
        run_child(&path).0
    };
    println!(
        "a process reading a 9-byte file: {:.1} MB resident at its peak",
        tiny as f64 / 1e6
    );
    println!(
        "{:<66} {:>9} {:>12} {:>12}  result",
        "file", "file MB", "inflated MB", "peak RSS MB"
    );
    let mut worst = 0usize;
    for (i, (what, bytes)) in cases.into_iter().enumerate() {
        let inflated: usize = members(&bytes).iter().map(|(_, d)| d.len()).sum();
        let path = dir.path().join(format!("{i}.zip"));
        std::fs::write(&path, &bytes).expect("write");
        let (peak, said) = run_child(&path);
        worst = worst.max(peak);
        println!(
            "{what:<66} {:>9.1} {:>12.1} {:>12.1}  {said}",
            bytes.len() as f64 / 1e6,
            inflated as f64 / 1e6,
            peak as f64 / 1e6,
        );
    }
    println!(
        "worst peak {:.1} MB resident; goal under 256 MB: {}",
        worst as f64 / 1e6,
        if worst < 256 << 20 { "met" } else { "NOT met" }
    );
}

/// The hand-written streaming reader (`csv::read_rows_from`) against the `csv` crate on the
/// largest valid file's two CSV members, both from memory, warm, the median of 7 runs: each
/// reads every row and touches every field.
fn reader_speed(valid: &[u8]) {
    let texts: Vec<Vec<u8>> = members(valid)
        .into_iter()
        .filter(|(n, _)| n == ASSESSMENTS || n == ANSWERS)
        .map(|(_, d)| d)
        .collect();
    let bytes: usize = texts.iter().map(Vec::len).sum();
    let median = |mut f: Box<dyn FnMut() -> usize>| {
        let mut times = Vec::new();
        let mut fields = 0;
        for _ in 0..7 {
            let t = std::time::Instant::now();
            fields = f();
            times.push(t.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        (times[3], fields)
    };
    let ours = median(Box::new(|| {
        let mut n = 0;
        for t in &texts {
            digiready::export::csv::read_rows_from(std::io::BufReader::new(&t[..]), |_, f| {
                n += f.iter().map(|x| x.len().min(1)).sum::<usize>() + f.len();
                Ok::<(), digiready::export::csv::CsvError>(())
            })
            .expect("reads");
        }
        n
    }));
    let crate_csv = median(Box::new(|| {
        let mut n = 0;
        for t in &texts {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(&t[..]);
            let mut record = csv::StringRecord::new();
            while r.read_record(&mut record).expect("reads") {
                n += record.iter().map(|x| x.len().min(1)).sum::<usize>() + record.len();
            }
        }
        n
    }));
    assert_eq!(ours.1, crate_csv.1, "both read the same fields");
    println!(
        "CSV of the largest valid file ({:.1} MB): streaming reader {:.0} ms, csv crate {:.0} ms ({:.2}×)",
        bytes as f64 / 1e6,
        ours.0 * 1e3,
        crate_csv.0 * 1e3,
        ours.0 / crate_csv.0
    );
}

/// Reads `path` in a fresh process of this bench: its peak memory and what the reader said.
fn run_child(path: &std::path::Path) -> (usize, String) {
    let out = std::process::Command::new(std::env::current_exe().expect("this bench"))
        .arg("--read")
        .arg(path)
        .output()
        .expect("child runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let (peak, said) = text.trim().split_once('\t').expect("peak and result");
    (peak.parse().expect("bytes"), said.to_string())
}
