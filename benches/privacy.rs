//! What the privacy rules cost in information (issue 21), on a generated register of 10,000
//! Vietnamese firms assessed over the four quarters of 2026, before and after:
//!
//! - records: the share released as recorded (province and quarter), generalised, withheld —
//!   before (one export of everything, place/sector/size/period only, `Rules::none()`), after
//!   in one export with the rules, and after with release once (an export at the end of each
//!   quarter carrying what has not been sent yet);
//! - packs: the share of candidate cells (sector × size × place, sector × size, sector, size,
//!   place, all) published, before (every cell of at least 5 firms) and after (disclosure
//!   control), from the records each way released; and how many of the published cells carry
//!   quantiles.
//!
//! `cargo bench --bench privacy` (figures only; `DIGIREADY_BENCH_FIRMS` sets the register's
//! size). Not a timing benchmark.

use std::collections::BTreeMap;

use digiready::clock::Timestamp;
use digiready::export::aggregate::{aggregate, Dimension, Figures, MIN_FIRMS};
use digiready::export::disclosure::{CellVersion, MIN_QUANTILE_FIRMS};
use digiready::export::manifest::Manifest;
use digiready::export::privacy::Rules;
use digiready::export::publish::{build_pack, publish_tables, PackHeader};
use digiready::export::record::Record;
use digiready::export::write::{build_export, ExportOptions};
use digiready::i18n::format::CivilDate;
use digiready::i18n::Catalog;
use digiready::instrument::load_embedded;
use digiready::locale::Locale;
use digiready::place::Places;
use digiready::store::{Assessment, AssessmentSummary, RecordId, Status};

#[path = "../tests/shared/rng.rs"]
mod rng;
use rng::Rng;
#[path = "../tests/shared/answers.rs"]
mod generated;
use generated::answers;

fn options<'a>(rules: &'a Rules, id: u64) -> ExportOptions<'a> {
    ExportOptions {
        k: 5,
        rules,
        export_id: format!("{id:032x}"),
        today: CivilDate {
            year: 2026,
            month: 12,
            day: 31,
        },
        app_version: "bench",
    }
}

fn shares(label: &str, m: &Manifest) {
    let a = &m.anonymity;
    let all = a.considered + a.sent_before;
    let pct = |n: usize| 100.0 * n as f64 / all.max(1) as f64;
    println!(
        "{label:<44} as recorded {:>5.1} %, region {:>5.1} %, country {:>5.1} %, year {:>5.1} %, withheld {:>5.1} % (of which homogeneous {:>4.1} %)",
        pct(a.as_recorded),
        pct(a.generalised_to_region),
        pct(a.generalised_to_country),
        pct(a.generalised_to_year),
        pct(a.withheld),
        pct(a.withheld_homogeneous),
    );
}

/// Candidate cells of a pack of these records, and how many hold at least 5 firms (what packs
/// published before disclosure control).
fn old_cells(records: &[Record]) -> (usize, usize) {
    type Group<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>);
    let mut groups: BTreeMap<Group<'_>, usize> = BTreeMap::new();
    for r in records {
        let s = Some(r.sector.as_str());
        let z = Some(r.size_band.as_str());
        let mut keys = vec![
            (s, z, None),
            (s, None, None),
            (None, z, None),
            (None, None, None),
        ];
        for place in [&r.province, &r.region].into_iter().flatten() {
            keys.push((s, z, Some(place.as_str())));
            keys.push((None, None, Some(place.as_str())));
        }
        for key in keys {
            *groups.entry(key).or_default() += 1;
        }
    }
    let published = groups.values().filter(|n| **n >= MIN_FIRMS).count();
    (groups.len(), published)
}

/// Tables by sector × size × province: the working table (cells of 5, full figures) against
/// the table marked for publication after the pack (`history`).
fn tables(label: &str, records: &[Record], history: &[CellVersion]) {
    let by = [Dimension::Sector, Dimension::Size, Dimension::Province];
    let working = aggregate(records, &by, MIN_FIRMS);
    let published = publish_tables(records, &by, MIN_FIRMS, history);
    let agg = &published.aggregation;
    let full = agg
        .cells
        .iter()
        .filter(|c| matches!(c.overall, Some(Figures::Full(_))))
        .count();
    let d = agg.disclosure.unwrap_or_default();
    println!(
        "table cells, sector × size × province ({label}): working {} cells with full figures; for publication {} of {} candidates ({} frozen, {} too small, {} suppressed against differencing), {} with full figures, {} with the median band only",
        working.cells.len(),
        d.published,
        d.candidates,
        d.frozen,
        d.too_small,
        d.complementary,
        full,
        agg.cells.len() - full,
    );
}

fn main() {
    let firms: u64 = std::env::var("DIGIREADY_BENCH_FIRMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let catalog = Catalog::embedded();
    let instruments = load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let provinces: Vec<&str> = Places::embedded()
        .provinces("VN")
        .map(|p| p.id.as_str())
        .collect();
    let sectors: Vec<&str> = instrument.sectors.iter().map(|s| s.id.as_str()).collect();
    let sizes = ["micro", "micro", "micro", "small", "small", "medium"];
    let mut rng = Rng(2026);
    // Firms cluster where the economy is: a third of them in five provinces.
    let busy = ["ha_noi", "ho_chi_minh", "can_tho", "da_nang", "hai_phong"];
    let register: Vec<Assessment> = (0..firms)
        .map(|i| {
            let province = if rng.below(3) == 0 {
                busy[rng.below(busy.len() as u64) as usize]
            } else {
                provinces[rng.below(provinces.len() as u64) as usize]
            };
            let sector = sectors[rng.below(sectors.len() as u64) as usize];
            let quarter = 1 + rng.below(4);
            let level = rng.below(5);
            let mut id = [0u8; 16];
            id[8..].copy_from_slice(&i.to_be_bytes());
            let day = CivilDate {
                year: 2026,
                month: (quarter as u8 - 1) * 3 + 1 + rng.below(3) as u8,
                day: 15,
            };
            let at = Timestamp(day.to_unix_days() * 86_400_000);
            Assessment {
                summary: AssessmentSummary {
                    id: i as i64 + 1,
                    record_id: RecordId::from_random_bytes(id),
                    enterprise_id: i as i64 + 1,
                    instrument_version: instrument.version.clone(),
                    locale: Locale::Vi,
                    assessor: String::new(),
                    country: "VN".into(),
                    province: province.into(),
                    sector: sector.into(),
                    size_band: sizes[rng.below(sizes.len() as u64) as usize].into(),
                    status: Status::Finalized,
                    created_at: at,
                    updated_at: at,
                    finalized_at: Some(at),
                },
                answers: answers(instrument, sector, level, &mut rng),
                answered_at: BTreeMap::new(),
            }
        })
        .collect();
    println!(
        "{firms} firms, {} provinces, {} sectors, 2026-Q1 to Q4",
        provinces.len(),
        sectors.len()
    );

    let none = Rules::none();
    let rules = Rules::embedded();
    let before = build_export(&instruments, &register, 0, &options(&none, 1)).expect("export");
    shares("records, before (one export, no rules):", &before.manifest);
    let once = build_export(&instruments, &register, 0, &options(rules, 2)).expect("export");
    shares("records, after (one export at year end):", &once.manifest);
    // Release once: an export at the end of each quarter of what has not been sent.
    let mut sent: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut released: Vec<Record> = Vec::new();
    for q in 1..=4u8 {
        let pending: Vec<Assessment> = register
            .iter()
            .filter(|a| {
                let month = a.summary.finalized_at.expect("finalized").date(0).month;
                (month - 1) / 3 < q && !sent.contains(a.summary.record_id.as_str())
            })
            .cloned()
            .collect();
        let e = build_export(
            &instruments,
            &pending,
            sent.len(),
            &options(rules, 10 + u64::from(q)),
        )
        .expect("export");
        for r in &e.records {
            sent.insert(r.record_id.clone());
        }
        released.extend(e.records);
        if q == 4 {
            let m = &e.manifest.anonymity;
            let all = firms as usize;
            let province = released.iter().filter(|r| r.province.is_some()).count();
            println!(
                "{:<44} as recorded {:>5.1} %, released {:>5.1} %, still waiting {:>5.1} % (of which homogeneous {})",
                "records, after (quarterly, release once):",
                100.0 * province as f64 / all as f64,
                100.0 * released.len() as f64 / all as f64,
                100.0 * m.withheld as f64 / all as f64,
                m.withheld_homogeneous,
            );
        }
    }

    let header = PackHeader {
        id: "vn-bench".into(),
        name: "bench".into(),
        version: "1".into(),
        country: "VN".into(),
        publisher: "bench".into(),
        published: "2026-12-31".into(),
    };
    let (candidates, published) = old_cells(&before.records);
    println!(
        "pack cells, before (records as released before, cells of 5): {published} of {candidates} candidate cells ({:.1} %), all with quantiles",
        100.0 * published as f64 / candidates.max(1) as f64
    );
    for (label, records) in [
        ("records as released before", &before.records),
        ("records released once, quarterly", &released),
    ] {
        let p = build_pack(records, instrument, 4, &header, MIN_FIRMS, &[]).expect("pack");
        tables(label, records, &p.new_cells);
        let d = p.disclosure;
        let with_quantiles = p
            .cells
            .iter()
            .filter(|c| c.members.len() >= MIN_QUANTILE_FIRMS)
            .count();
        println!(
            "pack cells, after ({label}): {} of {} candidate cells ({:.1} %); {} too small, {} suppressed against differencing; {} cells with quantiles ({} firms or more)",
            d.published,
            d.candidates,
            100.0 * d.published as f64 / d.candidates.max(1) as f64,
            d.too_small,
            d.complementary,
            with_quantiles,
            MIN_QUANTILE_FIRMS,
        );
    }
}
