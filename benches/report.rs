//! The PDF report: time to render (release build) and size, per language, for the plan of a
//! typical micro retailer (`tests/fixtures/plans/vn-retail-micro.answers.json`) and of a Lao
//! cooperative. Run with `cargo bench --bench report`; prints the median of 30 renders.
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
use digiready::report::{render, ReportInput};
use digiready::typeset::Fonts;

const RUNS: usize = 30;

/// Page objects (`/Type/Page`, not `/Type/Pages`): the writer does not compress the object
/// dictionaries, only the streams.
fn pages(pdf: &[u8]) -> usize {
    pdf.windows(10).filter(|w| w == b"/Type/Page").count()
        - pdf.windows(11).filter(|w| w == b"/Type/Pages").count()
}

#[allow(clippy::unwrap_used, clippy::expect_used)]
fn main() {
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
            let mut times = Vec::with_capacity(RUNS);
            let mut bytes = Vec::new();
            for _ in 0..RUNS {
                let start = Instant::now();
                bytes = render(&fonts, &catalog, locale, &input).expect("render");
                times.push(start.elapsed().as_secs_f64() * 1000.0);
            }
            times.sort_by(f64::total_cmp);
            let median = times[RUNS / 2];
            let n = pages(&bytes);
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
}
