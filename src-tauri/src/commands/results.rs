//! Results and plan of an assessment, and its PDF report.

use digiready::benchmark::describe::{group_text, provenance_text};
use digiready::locale::Locale;
use digiready::plan::PlanItem;
use digiready::workflow;
use tauri::State;

use crate::dto::{AreaResult, Lang, PlanAction, PlanHorizon, PracticeResult, Results, SavedFile};
use crate::error::{CommandError, CommandResult, ErrorCode};
use crate::state::{lang_locale, now, write_error, AppState};

fn plan_action(
    instrument: &digiready::instrument::Instrument,
    country: &str,
    state: &AppState,
    i: &PlanItem,
) -> PlanAction {
    let action = instrument.action(&i.action);
    let who = match country {
        "LA" => "who-la",
        _ => "who-vn",
    };
    let who_id = format!("act-{}.{who}", i.action);
    PlanAction {
        action: i.action.clone(),
        area: i.area.clone(),
        effort: action
            .map(|a| a.effort.as_str())
            .unwrap_or_default()
            .to_string(),
        cost: action
            .map(|a| a.cost.as_str())
            .unwrap_or_default()
            .to_string(),
        gain: i.gain,
        who_attribute: state
            .content
            .catalog
            .has(Locale::FALLBACK, &who_id)
            .then(|| who.to_string()),
    }
}

/// Area scores and levels, the comparison with the sector, practices, progress since the
/// previous finalized assessment, and the prioritised plan.
#[tauri::command]
pub async fn assessment_results(state: State<'_, AppState>, id: i64) -> CommandResult<Results> {
    super::check_id(&state, id, "id")?;
    let locale = state.locale();
    let catalog = &state.content.catalog;
    let store = state.store()?;
    let err = |e: digiready::store::StoreError| state.store_error(&e);
    let workflow::Analysed {
        instrument,
        assessment: a,
        enterprise,
        analysis,
    } = workflow::analysed(&state.content.instruments, &store, id).map_err(err)?;
    let previous = workflow::previous_finalized(&store, &a.summary).map_err(err)?;
    let previous_scores = previous
        .as_ref()
        .map(|p| workflow::score_assessment(&state.content.instruments, p))
        .transpose()
        .map_err(err)?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let areas = analysis
        .scores
        .areas
        .iter()
        .map(|s| {
            let c = analysis.comparison.area(&s.area);
            AreaResult {
                area: s.area.clone(),
                score: s.rated.as_ref().map(|r| r.score),
                level: s.rated.as_ref().map(|r| r.level),
                answered: count(s.answered),
                shown: count(s.shown),
                median: c.map(|c| c.median),
                percentile: c.map(|c| c.percentile),
                group: c.map(|c| group_text(catalog, locale, &c.group)),
                source: c.map(|c| provenance_text(catalog, locale, &c.provenance)),
                previous: previous_scores
                    .as_ref()
                    .and_then(|p| p.area(&s.area))
                    .and_then(|p| p.rated.as_ref())
                    .map(|r| r.score),
            }
        })
        .collect();
    let practices = analysis
        .comparison
        .practices
        .iter()
        .map(|p| PracticeResult {
            practice: p.practice.clone(),
            // The core's share is a fraction; the view shows percentages.
            share: p.share * 100.0,
            follows: p.follows,
            group: group_text(catalog, locale, &p.group),
            source: provenance_text(catalog, locale, &p.provenance),
        })
        .collect();
    let country = &a.summary.country;
    Ok(Results {
        assessment: id,
        enterprise_name: enterprise.name,
        status: super::status(a.summary.status),
        overall: analysis.scores.overall.as_ref().map(|r| r.score),
        level: analysis.scores.overall.as_ref().map(|r| r.level),
        previous_overall: previous_scores
            .as_ref()
            .and_then(|p| p.overall.as_ref())
            .map(|r| r.score),
        previous_date: previous
            .as_ref()
            .map(|p| super::iso_date(p.summary.updated_at)),
        areas,
        practices,
        unanswered: count(analysis.scores.unanswered.len()),
        plan: analysis
            .plan
            .horizons
            .iter()
            .map(|(days, items)| PlanHorizon {
                days: *days,
                actions: items
                    .iter()
                    .map(|i| plan_action(instrument, country, &state, i))
                    .collect(),
            })
            .collect(),
        later: analysis
            .plan
            .later
            .iter()
            .map(|i| plan_action(instrument, country, &state, i))
            .collect(),
    })
}

/// Renders the report in `language` (independent of the UI language) and saves it in the
/// reports folder, whole or not at all. Runs off the main thread.
#[tauri::command]
pub async fn report_save(
    state: State<'_, AppState>,
    id: i64,
    language: Lang,
) -> CommandResult<SavedFile> {
    super::check_id(&state, id, "id")?;
    let report_locale = lang_locale(Some(language));
    let today = now().date(digiready::clock::INDOCHINA_TIME_OFFSET_MINUTES);
    // The store is held while the assessment is read, not while the report is typeset.
    let a = {
        let store = state.store()?;
        workflow::analysed(&state.content.instruments, &store, id)
            .map_err(|e| state.store_error(&e))?
    };
    let (bytes, stem) = {
        let bytes = workflow::report_pdf(
            &state.content.fonts,
            &state.content.catalog,
            report_locale,
            a.instrument,
            &a.enterprise,
            &a.assessment,
            &a.analysis,
            today,
        )
        .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))?;
        (bytes, a.enterprise.name)
    };
    let dir = state.folders.reports.clone();
    let path = dir.join(workflow::report_file_name(&stem, today, report_locale));
    std::fs::create_dir_all(&dir)
        .and_then(|()| workflow::write_atomically(&path, &bytes))
        .map_err(|e| write_error(&state.content, state.locale(), &path, &e))?;
    Ok(SavedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}
