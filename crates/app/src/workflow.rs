//! The steps both front ends — the command-line tool and the desktop shell — take over the
//! store, so neither repeats them: an assessment read with its questionnaire version, its
//! analysis (scores, comparison, plan), its PDF report, and files written whole or not at all.

use std::path::Path;

use digiready_i18n::format::CivilDate;
use digiready_i18n::locale::Locale;
use digiready_i18n::place::Places;
use digiready_i18n::Catalog;
use digiready_model::benchmark::compare::Firm;
use digiready_model::instrument::{Instrument, Instruments};
use digiready_model::plan::{analyse, Analysis, PlanConfig};
use digiready_report::typeset::pdf::PdfError;
use digiready_report::typeset::Fonts;
use digiready_report::{render, ReportInput};
use digiready_store::{Assessment, AssessmentSummary, Enterprise, Store, StoreError};

/// An assessment and the questionnaire version it was taken with (read once).
pub fn assessment_with_instrument<'i>(
    instruments: &'i Instruments,
    store: &Store,
    id: i64,
) -> Result<(&'i Instrument, Assessment), StoreError> {
    let a = store.assessment(id)?;
    Ok((instrument_of(instruments, &a.summary)?, a))
}

/// The questionnaire version an assessment was taken with.
pub fn instrument_of<'i>(
    instruments: &'i Instruments,
    summary: &AssessmentSummary,
) -> Result<&'i Instrument, StoreError> {
    instruments
        .get(&summary.instrument_version)
        .ok_or_else(|| StoreError::InstrumentVersion {
            id: summary.id,
            found: summary.instrument_version.clone(),
            expected: instruments.current().version.clone(),
        })
}

/// The firm as the benchmarks see it: sector, size band, its province (the id when the
/// recorded name is a known province) and that province's region.
pub fn firm(summary: &AssessmentSummary) -> Firm<'_> {
    firm_in(
        &summary.country,
        &summary.sector,
        &summary.size_band,
        Some(&summary.province),
    )
}

/// The firm of a sector and size band, in a province as recorded (if any) of `country`.
pub fn firm_in<'a>(
    country: &str,
    sector: &'a str,
    size: &'a str,
    province: Option<&'a str>,
) -> Firm<'a> {
    let known = province.and_then(|p| Places::embedded().resolve(country, p));
    Firm {
        sector,
        size,
        province: known.map(|p| p.id.as_str()).or(province),
        region: known.map(|p| p.region.as_str()),
    }
}

/// Scores, benchmark comparison and plan of a stored assessment, against the benchmarks
/// installed for its country.
pub fn analyse_assessment(
    store: &Store,
    instrument: &Instrument,
    assessment: &Assessment,
) -> Result<Analysis, StoreError> {
    let rows = store.benchmark_rows(&assessment.summary.country)?;
    Ok(analyse(
        instrument,
        &rows,
        &firm(&assessment.summary),
        &assessment.answers,
        PlanConfig::default(),
    ))
}

/// A stored assessment with everything its results, plan and report show.
#[derive(Debug)]
pub struct Analysed<'i> {
    pub instrument: &'i Instrument,
    pub assessment: Assessment,
    pub enterprise: Enterprise,
    pub analysis: Analysis,
}

/// Reads an assessment, its questionnaire version and its enterprise, and analyses it.
pub fn analysed<'i>(
    instruments: &'i Instruments,
    store: &Store,
    id: i64,
) -> Result<Analysed<'i>, StoreError> {
    let (instrument, assessment) = assessment_with_instrument(instruments, store, id)?;
    let enterprise = store.enterprise(assessment.summary.enterprise_id)?;
    let analysis = analyse_assessment(store, instrument, &assessment)?;
    Ok(Analysed {
        instrument,
        assessment,
        enterprise,
        analysis,
    })
}

/// The PDF report of a stored assessment in `locale`, dated `date`.
#[allow(clippy::too_many_arguments)]
pub fn report_pdf(
    fonts: &Fonts,
    catalog: &Catalog,
    locale: Locale,
    instrument: &Instrument,
    enterprise: &Enterprise,
    assessment: &Assessment,
    analysis: &Analysis,
    date: CivilDate,
) -> Result<Vec<u8>, PdfError> {
    let s = &assessment.summary;
    let input = ReportInput {
        instrument,
        enterprise: &enterprise.name,
        province: &s.province,
        country: &s.country,
        sector: &s.sector,
        size: &s.size_band,
        assessor: &s.assessor,
        date,
        answers: &assessment.answers,
        scores: &analysis.scores,
        comparison: &analysis.comparison,
        plan: &analysis.plan,
    };
    render(fonts, catalog, locale, &input)
}

/// Writes bytes whole or not at all: a temporary file beside the target, synced, then renamed;
/// on any failure the temporary file is removed and the target is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Written and synced through one handle opened for writing: Windows refuses to flush a
    // handle opened read-only ("Access denied").
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| std::io::Write::write_all(&mut f, bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A stored assessment scored with the questionnaire version it was taken with.
pub fn score_assessment(
    instruments: &Instruments,
    assessment: &Assessment,
) -> Result<digiready_model::scoring::Scores, StoreError> {
    let instrument = instrument_of(instruments, &assessment.summary)?;
    Ok(digiready_model::scoring::score(
        instrument,
        &assessment.summary.sector,
        &assessment.answers,
    ))
}

/// The enterprise's finalized assessment before this one (by creation), to show progress.
pub fn previous_finalized(
    store: &Store,
    assessment: &AssessmentSummary,
) -> Result<Option<Assessment>, StoreError> {
    let earlier = store
        .assessments_of(assessment.enterprise_id)?
        .into_iter()
        .filter(|a| a.status == digiready_store::Status::Finalized)
        .find(|a| (a.created_at, a.id) < (assessment.created_at, assessment.id));
    earlier.map(|a| store.assessment(a.id)).transpose()
}

/// The report's file name: the enterprise name (letters, marks and digits of any script kept,
/// anything else — slashes, dots, spaces — as single dashes), the date and the language.
pub fn report_file_name(enterprise: &str, date: CivilDate, locale: Locale) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut stem = String::new();
    for c in enterprise.nfc() {
        if c.is_alphanumeric() || (is_combining_mark(c) && !stem.is_empty()) {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let mut stem: String = stem.trim_end_matches('-').chars().take(60).collect();
    if stem.is_empty() {
        stem = "digiready".to_string();
    }
    format!("{stem}-{date}-{}.pdf", locale.tag())
}

/// The officer's anonymized export of what has not been sent yet: the finalized assessments
/// no earlier export released (release once: a record keeps the generalisation of its first
/// release, and no later file shows it differently). The file and what it released are kept
/// in `store` before they are returned, so the caller can write the file and send it again
/// byte for byte later ([`resend_export`]).
pub fn export_anonymized(
    store: &mut Store,
    instruments: &Instruments,
    options: &digiready_exchange::write::ExportOptions<'_>,
    now: digiready_model::clock::Timestamp,
) -> Result<digiready_exchange::write::Export, digiready_exchange::ExportError> {
    let sent = store.released_record_ids()?;
    let (before, pending): (Vec<_>, Vec<_>) = store
        .finalized_assessments()?
        .into_iter()
        .partition(|a| sent.contains(a.summary.record_id.as_str()));
    let export =
        digiready_exchange::write::build_export(instruments, &pending, before.len(), options)?;
    let m = &export.manifest;
    store.remember_export(
        &digiready_store::NewSentExport {
            export_id: &m.export_id,
            created: &m.created,
            k: m.anonymity.k,
            withheld: m.anonymity.withheld,
            bytes: &export.bytes,
            sha256: &digiready_model::digest::sha256_hex(&export.bytes),
            records: &export.records,
        },
        now,
    )?;
    Ok(export)
}

/// The bytes of an export made before, exactly as they were first written.
pub fn resend_export(store: &Store, export_id: &str) -> Result<Vec<u8>, StoreError> {
    store.sent_export_bytes(export_id)
}

/// Whether the agency merges a file whose re-check found an anonymity breach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnBreach {
    /// Refuse the file, naming the group (the default).
    Refuse,
    /// Merge it anyway, and record the breach with the import.
    MergeAndRecord,
}

/// The agency's import: reads, verifies (each record against the questionnaire version it
/// names, `export::verify`), re-checks the anonymity of (k and l by the rules of
/// [`digiready_model::release::privacy`]) and merges each file in turn, each whole or not at all;
/// `each(index, path, file name, result)` hears of every file as it is done (for progress). A
/// refused file changes nothing and the others go on. Files are read, verified and re-checked
/// on a second thread while the previous one is merged (at most two wait in memory). `store`
/// is held for one file's merge at a time.
pub fn import_export_files(
    store: &mut impl digiready_store::SharedStore,
    instruments: &Instruments,
    paths: &[std::path::PathBuf],
    on_breach: OnBreach,
    now: impl Fn() -> digiready_model::clock::Timestamp,
    mut each: impl FnMut(
        usize,
        &Path,
        &str,
        Result<digiready_store::MergeOutcome, digiready_exchange::ImportFileError>,
    ),
) {
    use digiready_model::release::privacy::{check_released, Rules};
    let limits = digiready_exchange::read::Limits::default();
    std::thread::scope(|scope| {
        let (sender, verified) = std::sync::mpsc::sync_channel(2);
        scope.spawn(move || {
            for (i, path) in paths.iter().enumerate() {
                let checked =
                    digiready_exchange::read_export_file(path, &limits).and_then(|file| {
                        digiready_model::release::verify::check_records(
                            &file.records,
                            instruments,
                        )?;
                        let breach = check_released(
                            &file.records,
                            file.manifest.anonymity.k,
                            Rules::embedded(),
                        )
                        .err();
                        Ok((file, breach))
                    });
                // The merging side stopped: nothing more to read.
                if sender.send((i, checked)).is_err() {
                    break;
                }
            }
        });
        for (i, read) in verified {
            let path = &paths[i];
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let result = read.and_then(|(file, breach)| {
                // A file imported before (merged with the override, say) is reported as such,
                // whatever its re-check finds now: merging it again changes nothing.
                store.with_store(|store| {
                    if let (Some(b), OnBreach::Refuse) = (&breach, on_breach) {
                        if !store.pool_has_file(&file.sha256)? {
                            return Err(b.clone().into());
                        }
                    }
                    let breach = breach.map(|b| b.to_string());
                    store
                        .merge_export(&file, &name, breach.as_deref(), now())
                        .map_err(digiready_exchange::ImportFileError::from)
                })?
            });
            each(i, path, &name, result);
        }
    });
}

/// The agency's tables of its pool grouped by `by`, and what the workbook says about them.
#[derive(Debug, Clone)]
pub struct AgencyTables {
    pub aggregation: digiready_model::release::aggregate::Aggregation,
    /// Export files merged into the pool.
    pub files: usize,
    /// "2026-Q1 – 2026-Q4", or empty.
    pub period: String,
}

/// The agency's working tables, or with `publish` its tables marked for publication
/// (`export::publish::publish_tables`: disclosure control against every cell published
/// before). A publication's new cells are kept in `store` before this returns, so they count
/// even if writing the tables then fails.
pub fn agency_tables(
    store: &mut Store,
    by: &[digiready_model::release::aggregate::Dimension],
    min_firms: usize,
    publish: bool,
    now: digiready_model::clock::Timestamp,
) -> Result<AgencyTables, StoreError> {
    let records = store.pool_records_without_answers()?;
    let aggregation = if publish {
        let history = store.published_cells()?;
        let publication =
            digiready_model::release::publish::publish_tables(&records, by, min_firms, &history);
        let by: Vec<&str> = publication
            .aggregation
            .by
            .iter()
            .map(|d| d.as_str())
            .collect();
        let label = format!(
            "tables {} {}",
            by.join(","),
            now.date(digiready_model::clock::INDOCHINA_TIME_OFFSET_MINUTES)
        );
        store.remember_publication(&label, &publication.new_cells, now)?;
        publication.aggregation
    } else {
        digiready_model::release::aggregate::aggregate(&records, by, min_firms)
    };
    Ok(AgencyTables {
        aggregation,
        files: store.pool_imports()?.len(),
        period: digiready_model::release::record::period_text(&records),
    })
}

#[cfg(test)]
mod tests {
    use super::report_file_name;
    use digiready_i18n::format::CivilDate;
    use digiready_i18n::locale::Locale;

    #[test]
    fn report_file_names_keep_every_script_and_drop_path_characters() {
        let d = CivilDate {
            year: 2026,
            month: 11,
            day: 3,
        };
        assert_eq!(
            report_file_name("Cửa hàng Hoa Mai", d, Locale::Vi),
            "Cửa-hàng-Hoa-Mai-2026-11-03-vi.pdf"
        );
        assert_eq!(
            report_file_name("ຮ້ານ ນາງແກ້ວ / 2", d, Locale::Lo),
            "ຮ້ານ-ນາງແກ້ວ-2-2026-11-03-lo.pdf"
        );
        assert_eq!(
            report_file_name("../../etc", d, Locale::En),
            "etc-2026-11-03-en.pdf"
        );
        assert_eq!(
            report_file_name("///", d, Locale::En),
            "digiready-2026-11-03-en.pdf"
        );
    }
}
