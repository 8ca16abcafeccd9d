//! Writing an anonymized export: finalized assessments → scored records → k-anonymity → one
//! zip file (`manifest.json`, `assessments.csv`, `answers.csv`, `SCHEMA.md`).
//!
//! Only what the format lists leaves the machine: no name, contact, address, district, assessor,
//! note or exact date is even read into a record.

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::csv::{Cell, CsvText};
use crate::ExportError;
use digiready_i18n::format::CivilDate;
use digiready_i18n::place::Places;
use digiready_model::clock::{Timestamp, INDOCHINA_TIME_OFFSET_MINUTES};
use digiready_model::digest::sha256_hex;
use digiready_model::instrument::Instruments;
use digiready_model::release::anonymity::{anonymise, Outcome, QuasiIds, Step};
use digiready_model::release::manifest::{
    Anonymity, Manifest, Member, Period, ANSWERS, ASSESSMENTS, FORMAT, KIND, MANIFEST, SCHEMA,
};
use digiready_model::release::privacy::{Rules, MIN_L};
pub use digiready_model::release::record::{content_of, Content};
use digiready_model::release::record::{period_span, Record, YEARS};
use digiready_store::{Assessment, Status};

/// The schema description every export carries.
pub const SCHEMA_TEXT: &str = include_str!("../../../docs/export-format.md");

/// What the caller decides: k and the privacy rules, and what the core may not read itself
/// (time, randomness).
#[derive(Debug, Clone)]
pub struct ExportOptions<'a> {
    pub k: usize,
    /// `Rules::embedded()` in the product; `Rules::none()` reproduces exports made before the
    /// observable and sensitive traits (tests of the old behaviour).
    pub rules: &'a Rules,
    /// Random, 32 hex digits, made by the caller for this file.
    pub export_id: String,
    pub today: CivilDate,
    pub app_version: &'a str,
}

/// An export file, its manifest and the records it released (which the officer's database
/// remembers, so that no later export releases them differently).
#[derive(Debug, Clone)]
pub struct Export {
    pub bytes: Vec<u8>,
    pub manifest: Manifest,
    pub records: Vec<Record>,
}

/// The record of a finalized assessment, place and period as recorded, with its quasi-ids.
fn record_of(
    instruments: &Instruments,
    places: &Places,
    rules: &Rules,
    a: &Assessment,
) -> Result<(QuasiIds, Record), ExportError> {
    let s = &a.summary;
    let instrument =
        instruments
            .get(&s.instrument_version)
            .ok_or_else(|| ExportError::UnknownInstrument {
                version: s.instrument_version.clone(),
            })?;
    let finalized = s.finalized_at.unwrap_or(Timestamp(0));
    let date = finalized.date(INDOCHINA_TIME_OFFSET_MINUTES);
    let quarter = (date.month - 1) / 3 + 1;
    let province = places.resolve(&s.country, &s.province);
    let content = content_of(instrument, &s.sector, &a.answers);
    let record = Record {
        record_id: s.record_id.as_str().to_string(),
        instrument_version: s.instrument_version.clone(),
        country: s.country.clone(),
        province: None,
        region: None,
        sector: s.sector.clone(),
        size_band: s.size_band.clone(),
        year: date.year,
        quarter: Some(quarter),
        generalisation: Step::AsRecorded,
        overall: content.overall,
        areas: content.areas,
        practices: content.practices,
        answers: content.answers,
    };
    let quasi = QuasiIds {
        instrument_version: s.instrument_version.clone(),
        country: s.country.clone(),
        province: province.map(|p| p.id.clone()),
        sector: s.sector.clone(),
        size: s.size_band.clone(),
        year: date.year,
        quarter,
        observed: rules.observed(&record),
    };
    Ok((quasi, record))
}

/// Scores and anonymises the finalized assessments among `assessments` (drafts are left out)
/// and writes the export file. `sent_before` is how many finalized assessments the caller
/// left out because an earlier export released them (the manifest says so).
pub fn build_export(
    instruments: &Instruments,
    assessments: &[Assessment],
    sent_before: usize,
    options: &ExportOptions<'_>,
) -> Result<Export, ExportError> {
    let places = Places::embedded();
    let finalized: Vec<&Assessment> = assessments
        .iter()
        .filter(|a| a.summary.status == Status::Finalized)
        .collect();
    let mut quasi = Vec::with_capacity(finalized.len());
    let mut records = Vec::with_capacity(finalized.len());
    let mut wrong_date = 0;
    for a in finalized {
        let (q, r) = record_of(instruments, places, options.rules, a)?;
        // The reader refuses such a year, and with it the whole file: the record waits.
        if !YEARS.contains(&r.year) {
            wrong_date += 1;
            continue;
        }
        quasi.push(q);
        records.push(r);
    }
    let region_of =
        |country: &str, province: &str| places.region_of(country, province).map(str::to_string);
    let rules = options.rules;
    let diverse = |members: &[usize]| {
        let group: Vec<&Record> = members.iter().map(|&i| &records[i]).collect();
        rules.revealed(&group).is_none()
    };
    let (outcomes, summary) = anonymise(&quasi, options.k, &region_of, &diverse)?;
    let mut quasi_identifiers: Vec<String> = [
        "instrument_version",
        "country",
        "province",
        "sector",
        "size_band",
        "period",
    ]
    .map(String::from)
    .to_vec();
    quasi_identifiers.extend(
        rules
            .observable
            .iter()
            .map(|r| format!("observable:{}", r.id)),
    );
    let mut anonymity = Anonymity {
        k: options.k,
        quasi_identifiers,
        considered: records.len(),
        as_recorded: 0,
        generalised_to_region: 0,
        generalised_to_country: 0,
        generalised_to_year: 0,
        withheld: 0,
        l: if rules.sensitive.is_empty() { 1 } else { MIN_L },
        observable: rules.observable_ids(),
        sensitive: rules.sensitive_ids(),
        withheld_homogeneous: summary.withheld_homogeneous,
        sent_before,
        withheld_wrong_date: wrong_date,
    };
    let mut released = Vec::new();
    for (mut record, outcome) in records.into_iter().zip(outcomes) {
        let Outcome::Released { step, ids } = outcome else {
            anonymity.withheld += 1;
            continue;
        };
        *match step {
            Step::AsRecorded => &mut anonymity.as_recorded,
            Step::Region => &mut anonymity.generalised_to_region,
            Step::Country => &mut anonymity.generalised_to_country,
            Step::CountryYear => &mut anonymity.generalised_to_year,
        } += 1;
        record.province = ids.province;
        record.region = ids.region;
        record.year = ids.year;
        record.quarter = ids.quarter;
        record.generalisation = step;
        released.push(record);
    }
    // Never a file the importer refuses (nothing is remembered as sent).
    if released.len() > crate::read::MAX_RECORDS {
        return Err(ExportError::TooManyRecords {
            records: released.len(),
            max: crate::read::MAX_RECORDS,
        });
    }
    released.sort_by(|a, b| a.record_id.cmp(&b.record_id));
    package(released, anonymity, instruments, options)
}

fn opt_text(t: &Option<String>) -> Cell<'_> {
    t.as_deref().map_or(Cell::Empty, Cell::Text)
}

/// The CSV columns of `assessments.csv` before the area and practice columns.
pub const FIXED_COLUMNS: [&str; 12] = [
    "record_id",
    "instrument_version",
    "country",
    "province",
    "region",
    "sector",
    "size_band",
    "year",
    "quarter",
    "generalisation",
    "overall_score",
    "overall_level",
];

/// The columns of `answers.csv`.
pub const ANSWER_COLUMNS: [&str; 4] = ["record_id", "question_id", "option_id", "number"];

/// The header of `assessments.csv`: the fixed columns, then `score_<area>`, `level_<area>`
/// and `practice_<practice>` in the manifest's order.
pub fn assessment_columns(areas: &[String], practices: &[String]) -> Vec<String> {
    let mut header: Vec<String> = FIXED_COLUMNS.iter().map(|c| c.to_string()).collect();
    header.extend(areas.iter().map(|a| format!("score_{a}")));
    header.extend(areas.iter().map(|a| format!("level_{a}")));
    header.extend(practices.iter().map(|p| format!("practice_{p}")));
    header
}

/// Writes `assessments.csv` for records with these area and practice columns.
pub fn assessments_csv(records: &[Record], areas: &[String], practices: &[String]) -> String {
    let mut out = CsvText::new();
    let header = assessment_columns(areas, practices);
    out.row(&header.iter().map(|h| Cell::Text(h)).collect::<Vec<_>>());
    for r in records {
        let mut cells = vec![
            Cell::Text(&r.record_id),
            Cell::Text(&r.instrument_version),
            Cell::Text(&r.country),
            opt_text(&r.province),
            opt_text(&r.region),
            Cell::Text(&r.sector),
            Cell::Text(&r.size_band),
            Cell::Number(f64::from(r.year)),
            r.quarter
                .map_or(Cell::Empty, |q| Cell::Number(f64::from(q))),
            Cell::Text(r.generalisation.as_str()),
            r.overall.map_or(Cell::Empty, |s| Cell::Number(s.score)),
            r.overall
                .map_or(Cell::Empty, |s| Cell::Number(f64::from(s.level))),
        ];
        cells.extend(areas.iter().map(|a| {
            r.areas
                .get(a)
                .map_or(Cell::Empty, |s| Cell::Number(s.score))
        }));
        cells.extend(areas.iter().map(|a| {
            r.areas
                .get(a)
                .map_or(Cell::Empty, |s| Cell::Number(f64::from(s.level)))
        }));
        cells.extend(practices.iter().map(|p| {
            r.practices
                .get(p)
                .map_or(Cell::Empty, |f| Cell::Number(if *f { 1.0 } else { 0.0 }))
        }));
        out.row(&cells);
    }
    out.finish()
}

/// Writes `answers.csv`: one row per chosen option or number.
pub fn answers_csv(records: &[Record]) -> String {
    let mut out = CsvText::new();
    out.row(&ANSWER_COLUMNS.map(Cell::Text));
    for r in records {
        for a in &r.answers {
            out.row(&[
                Cell::Text(&r.record_id),
                Cell::Text(&a.question),
                a.option.as_deref().map_or(Cell::Empty, Cell::Text),
                a.number.map_or(Cell::Empty, Cell::Number),
            ]);
        }
    }
    out.finish()
}

/// Writes released records into an export file. Records must already be anonymised: this is
/// the last step of [`build_export`], public for tests and tools that make export files.
pub fn package(
    records: Vec<Record>,
    anonymity: Anonymity,
    instruments: &Instruments,
    options: &ExportOptions<'_>,
) -> Result<Export, ExportError> {
    // Columns: the areas and practices of every questionnaire version, newest version's order
    // first.
    let mut areas: Vec<String> = Vec::new();
    let mut practices: Vec<String> = Vec::new();
    for instrument in instruments.all().iter().rev() {
        for a in &instrument.areas {
            if !areas.contains(&a.id) {
                areas.push(a.id.clone());
            }
        }
        for p in &instrument.practices {
            if !practices.contains(&p.id) {
                practices.push(p.id.clone());
            }
        }
    }
    let versions: BTreeSet<String> = records
        .iter()
        .map(|r| r.instrument_version.clone())
        .collect();
    let period = period_span(&records).map(|(from, to)| Period { from, to });
    let members: Vec<(&str, Vec<u8>)> = vec![
        (
            ASSESSMENTS,
            assessments_csv(&records, &areas, &practices).into_bytes(),
        ),
        (ANSWERS, answers_csv(&records).into_bytes()),
        (SCHEMA, SCHEMA_TEXT.as_bytes().to_vec()),
    ];
    let manifest = Manifest {
        format: FORMAT,
        kind: KIND.to_string(),
        export_id: options.export_id.clone(),
        app_version: options.app_version.to_string(),
        created: options.today.to_string(),
        instrument_versions: versions.into_iter().collect(),
        period,
        records: records.len(),
        anonymity,
        areas,
        practices,
        members: members
            .iter()
            .map(|(name, bytes)| Member {
                name: (*name).to_string(),
                bytes: bytes.len() as u64,
                sha256: sha256_hex(bytes),
            })
            .collect(),
    };
    let manifest_json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| ExportError::Internal(e.to_string()))?;
    // A fixed time on every member (1980-01-01): the file carries no date but the manifest's.
    let member_options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(zip::DateTime::default());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let zip_error = |e: zip::result::ZipError| ExportError::Internal(e.to_string());
    let io_error = |e: std::io::Error| ExportError::Internal(e.to_string());
    zip.start_file(MANIFEST, member_options)
        .map_err(zip_error)?;
    zip.write_all(&manifest_json).map_err(io_error)?;
    for (name, bytes) in &members {
        zip.start_file(*name, member_options).map_err(zip_error)?;
        zip.write_all(bytes).map_err(io_error)?;
    }
    let bytes = zip.finish().map_err(zip_error)?.into_inner();
    Ok(Export {
        bytes,
        manifest,
        records,
    })
}
