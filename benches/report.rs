//! The PDF report: time to render (release build) and size, per language, for the plan of a
//! typical micro retailer (`tests/fixtures/plans/vn-retail-micro.answers.json`) and of a Lao
//! cooperative. Run with `cargo bench --bench report`; prints the median of 30 renders.
//!
//! Options (after `--`): `--runs N` renders per case; `--out DIR` writes there each case's PDF
//! (`<fixture>.<lang>.pdf`) and its content (`<fixture>.<lang>.content.json`: the report's
//! blocks, from which `bench/plan_html.py` makes the same report as an HTML page for
//! Chromium); `--json FILE` writes the figures as JSON (for `bench/pdf_vs_chromium.py`);
//! `--case <fixture>.<lang>` renders that case only.
//!
//! Goal (issue 5): a 6-page report in ≤ 50 ms and ≤ 150 KB on the project's 2-core machine.
//! The full report has a page per area, so it is longer than 6 pages; the figures are given
//! per report and per page.

use std::time::Instant;

use digiready::answers::AnswerFile;
use digiready::benchmark::compare::Firm;
use digiready::benchmark::seed_packs;
use digiready::i18n::format::CivilDate;
use digiready::i18n::Catalog;
use digiready::instrument::load_embedded;
use digiready::locale::Locale;
use digiready::plan::{analyse, PlanConfig};
use digiready::report::{content, page_label, render, Block, ReportContent, ReportInput};
use digiready::typeset::{Fonts, Weight};
use serde_json::{json, Value};

/// Command-line options (`cargo bench` itself passes `--bench`, which is ignored).
struct Options {
    runs: usize,
    out: Option<std::path::PathBuf>,
    json: Option<std::path::PathBuf>,
    case: Option<String>,
}

fn options() -> Options {
    let mut o = Options {
        runs: 30,
        out: None,
        json: None,
        case: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&arg));
        match arg.as_str() {
            "--bench" => {}
            "--runs" => o.runs = value().parse().unwrap_or_else(|_| usage("--runs")),
            "--out" => o.out = Some(value().into()),
            "--json" => o.json = Some(value().into()),
            "--case" => o.case = Some(value()),
            other => usage(other),
        }
    }
    if o.runs == 0 {
        usage("--runs");
    }
    o
}

/// The report's content as JSON, for `bench/plan_html.py`. The footer is a template:
/// `{page}` and `{total}` stand for the numbers.
fn content_json(c: &ReportContent, footer: &str, locale: Locale, pages: usize) -> Value {
    let bold = |w: &Weight| *w == Weight::Bold;
    let blocks: Vec<Value> = c
        .blocks
        .iter()
        .map(|b| match b {
            Block::NewPage => json!({"type": "new_page"}),
            Block::Skip(points) => json!({"type": "skip", "points": points}),
            Block::KeepSpace(points) => json!({"type": "keep_space", "points": points}),
            Block::Paragraph { text, weight, size } => {
                json!({"type": "paragraph", "text": text, "bold": bold(weight), "size": size})
            }
            Block::Bar {
                label,
                score,
                median,
            } => json!({
                "type": "bar",
                "label": label,
                "score": score.as_ref().map(|s| s.0),
                "score_text": score.as_ref().map(|s| &s.1),
                "median": median,
            }),
            Block::Row { cells, size } => json!({
                "type": "row",
                "size": size,
                "cells": cells.iter().map(|cell| json!({
                    "share": cell.share,
                    "parts": cell.parts.iter()
                        .map(|(text, w)| json!({"text": text, "bold": bold(w)}))
                        .collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            }),
            Block::TableHeader(header) => json!({
                "type": "table_header",
                "cells": header.as_ref().map(|(cells, _)| cells.iter()
                    .map(|(text, share)| json!({"text": text, "share": share}))
                    .collect::<Vec<_>>()),
                "size": header.as_ref().map(|(_, size)| size),
            }),
        })
        .collect();
    json!({
        "lang": locale.tag(),
        "title": c.title,
        "header": c.header,
        "footer": footer,
        "pdf_pages": pages,
        "blocks": blocks,
    })
}

fn usage(bad: &str) -> ! {
    eprintln!("bad argument {bad:?}; usage: cargo bench --bench report -- [--runs N] [--out DIR] [--json FILE] [--case FIXTURE.LANG]");
    std::process::exit(2)
}

/// Page objects (`/Type/Page`, not `/Type/Pages`): the writer does not compress the object
/// dictionaries, only the streams.
fn pages(pdf: &[u8]) -> usize {
    pdf.windows(10).filter(|w| w == b"/Type/Page").count()
        - pdf.windows(11).filter(|w| w == b"/Type/Pages").count()
}

#[allow(clippy::unwrap_used, clippy::expect_used)]
fn main() {
    let options = options();
    let runs = options.runs;
    if let Some(dir) = &options.out {
        std::fs::create_dir_all(dir).expect("output folder");
    }
    let mut results = Vec::new();
    let catalog = Catalog::embedded();
    let instruments = load_embedded(&catalog).expect("questionnaire");
    let fonts = Fonts::embedded();
    let packs = seed_packs();
    for fixture in ["vn-retail-micro", "la-agriculture-small"] {
        let path = format!(
            "{}/tests/fixtures/plans/{fixture}.answers.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let file = AnswerFile::from_json(&std::fs::read_to_string(&path).expect("fixture"))
            .expect("answer file");
        let instrument = instruments.get(&file.instrument).expect("version");
        let rows: Vec<_> = packs
            .iter()
            .filter(|p| p.country == file.country)
            .flat_map(|p| p.rows.clone())
            .collect();
        let firm = Firm {
            sector: &file.sector,
            size: &file.size,
            province: None,
            region: None,
        };
        let analysis = analyse(
            instrument,
            &rows,
            &firm,
            &file.answers,
            PlanConfig::default(),
        );
        for locale in Locale::ALL {
            let case = format!("{fixture}.{}", locale.tag());
            if options.case.as_ref().is_some_and(|c| *c != case) {
                continue;
            }
            let input = ReportInput {
                instrument,
                enterprise: "Tạp hóa Minh Anh / ຮ້ານ ນາງແກ້ວ",
                province: "Cần Thơ",
                country: &file.country,
                sector: &file.sector,
                size: &file.size,
                assessor: "Lan",
                date: CivilDate {
                    year: 2026,
                    month: 11,
                    day: 23,
                },
                answers: &file.answers,
                scores: &analysis.scores,
                comparison: &analysis.comparison,
                plan: &analysis.plan,
            };
            let mut times = Vec::with_capacity(runs);
            let mut bytes = Vec::new();
            for _ in 0..runs {
                let start = Instant::now();
                bytes = render(&fonts, &catalog, locale, &input).expect("render");
                times.push(start.elapsed().as_secs_f64() * 1000.0);
            }
            times.sort_by(f64::total_cmp);
            let median = times[runs / 2];
            let n = pages(&bytes);
            if let Some(dir) = &options.out {
                std::fs::write(dir.join(format!("{case}.pdf")), &bytes).expect("write PDF");
                // Numbers no report reaches stand for the page and the total.
                let footer = page_label(&catalog, locale, 9001, 9002)
                    .replace("9001", "{page}")
                    .replace("9002", "{total}");
                let value = content_json(&content(&catalog, locale, &input), &footer, locale, n);
                std::fs::write(
                    dir.join(format!("{case}.content.json")),
                    serde_json::to_string_pretty(&value).expect("JSON"),
                )
                .expect("write content");
            }
            results.push(json!({
                "case": case,
                "fixture": fixture,
                "locale": locale.tag(),
                "pages": n,
                "bytes": bytes.len(),
                "median_ms": median,
                "min_ms": times[0],
                "max_ms": times[runs - 1],
            }));
            println!(
                "{fixture:22} {:2}: {n:2} pages, median {median:6.1} ms ({:4.1} ms/page; min {:5.1}), {:5.0} KB ({:4.1} KB/page)",
                locale.tag(),
                median / n as f64,
                times[0],
                bytes.len() as f64 / 1024.0,
                bytes.len() as f64 / 1024.0 / n as f64,
            );
        }
    }
    if let Some(path) = &options.json {
        let value = json!({ "runs": runs, "cases": results });
        std::fs::write(path, serde_json::to_string_pretty(&value).expect("JSON"))
            .expect("write JSON");
    }
}
