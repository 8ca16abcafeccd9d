// Generated from src-tauri/src/dto.rs, error.rs and crates/app/src/*.rs by `bindings::typescript()`.
// Do not edit: run `DIGIREADY_BLESS=1 cargo test -p digiready-desktop bindings`.

export type ErrorCode = "database_unavailable" | "storage" | "not_found" | "invalid_input" | "finalized" | "write_file" | "bad_backup" | "internal";

export type CommandError = { code: ErrorCode, message: string, };

export type Lang = "en" | "vi" | "lo";

export type TextSize = "normal" | "large" | "larger";

export type Settings = { 
/**
 * `None` until the user has chosen (the start screen asks).
 */
language: Lang | null, text_size: TextSize, };

export type CountryInfo = { code: string, currency: string, size_bands: Array<string>, 
/**
 * Province ids (`place`), offered as suggestions by their names in the UI language.
 */
provinces: Array<string>, };

export type PackInfo = { id: string, name: string, version: string, country: string, publisher: string, published: string, rows: number, };

export type AppInfo = { app_version: string, instrument_version: string, instrument_versions: Array<string>, benchmark_packs: Array<PackInfo>, data_dir: string, database_path: string, 
/**
 * Why the database could not be opened, in the user's language; `None` when it is open.
 */
database_error: string | null, settings: Settings, sectors: Array<string>, areas: Array<string>, countries: Array<CountryInfo>, };

export type EnterpriseFields = { name: string, sector: string, size_band: string, country: string, province: string, district: string | null, 
/**
 * Personal data: kept on this machine, never exported.
 */
contact_person: string | null, contact_phone: string | null, contact_email: string | null, };

export type AssessmentStatus = "draft" | "finalized";

export type AssessmentBrief = { id: number, status: AssessmentStatus, 
/**
 * `YYYY-MM-DD` (Indochina time) of the last change.
 */
date: string, overall: number | null, level: number | null, answered: number, };

export type EnterpriseRow = { id: number, fields: EnterpriseFields, last_assessment: AssessmentBrief | null, };

export type EnterpriseDetail = { id: number, fields: EnterpriseFields, 
/**
 * Newest first.
 */
assessments: Array<AssessmentBrief>, };

export type SizeFiguresDto = { staff: number | null, revenue: number | null, capital: number | null, };

export type Answer = string | Array<string> | number;

export type OptionInfo = { id: string, 
/**
 * Multiple choice: "none of these", which excludes the others.
 */
exclusive: boolean, };

export type QuestionForm = { "type": "single", options: Array<OptionInfo>, } | { "type": "multiple", options: Array<OptionInfo>, } | { "type": "yes_no", options: Array<OptionInfo>, } | { "type": "number", min: number, max: number, };

export type QuestionInfo = { id: string, area: string, form: QuestionForm, };

export type AssessmentView = { id: number, enterprise_id: number, enterprise_name: string, status: AssessmentStatus, instrument_version: string, sector: string, country: string, assessor: string, 
/**
 * Area ids in questionnaire order.
 */
areas: Array<string>, 
/**
 * Every question asked in this sector, in order (shown or not).
 */
questions: Array<QuestionInfo>, answers: { [key in string]: Answer }, 
/**
 * The questions shown, given the answers so far (conditions evaluated by the model).
 */
shown: Array<string>, 
/**
 * Shown questions without an answer.
 */
unanswered: Array<string>, 
/**
 * Where to resume: the shown question after the one answered last.
 */
resume_at: string | null, };

export type AnswerSaved = { shown: Array<string>, unanswered: Array<string>, 
/**
 * Answers removed because the change hid their questions.
 */
removed: Array<string>, };

export type RatedView = { score: number, level: number, };

export type AreaScoreView = { area: string, score: number | null, level: number | null, 
/**
 * Questions of the area answered, and shown to this firm.
 */
answered: number, shown: number, };

export type ScoresView = { overall: RatedView | null, areas: Array<AreaScoreView>, 
/**
 * The questions shown to this firm and not answered.
 */
unanswered: Array<string>, };

export type GroupView = { sector: string | null, size: string | null, region: string | null, };

export type ProvenanceView = { 
/**
 * `published`, `modelled` or `aggregated`.
 */
kind: string, source: string, year: number, population: string, method: string, secondary: boolean, provisional: boolean, };

export type AreaComparisonView = { area: string, score: number, 
/**
 * 0–100: the share of the group scoring below this firm.
 */
percentile: number, median: number, gap_to_median: number, group: GroupView, provenance: ProvenanceView, 
/**
 * The group and the source in the user's language.
 */
group_text: string, source_text: string, };

export type PracticeComparisonView = { practice: string, 
/**
 * The share of the group that follows the practice, 0–1.
 */
share: number, follows: boolean | null, group: GroupView, provenance: ProvenanceView, group_text: string, source_text: string, };

export type IndicatorComparisonView = { indicator: string, mean: number, yours: number | null, group: GroupView, provenance: ProvenanceView, group_text: string, source_text: string, };

export type ComparisonView = { areas: Array<AreaComparisonView>, practices: Array<PracticeComparisonView>, indicators: Array<IndicatorComparisonView>, };

export type ReasonView = { question: string, answer: string, area: string, 
/**
 * Points the area gains, to one decimal.
 */
area_gain: number, };

export type PlanItemView = { action: string, area: string, horizon_days: number, 
/**
 * The action and its first step in the user's language.
 */
title: string, first_step: string, 
/**
 * Who can help in the firm's country, where written: the text, and its message id.
 */
who_can_help: string | null, who_can_help_id: string | null, 
/**
 * `low`, `medium` or `high`; `free`, `low`, `medium` or `high`.
 */
effort: string | null, cost: string | null, 
/**
 * Points the overall index gains when done.
 */
gain: number, 
/**
 * To three decimals.
 */
priority: number, peer_gap: number | null, peer_gap_provenance: ProvenanceView | null, after: Array<string>, before: Array<string>, reasons: Array<ReasonView>, };

export type HorizonView = { days: number, actions: Array<PlanItemView>, };

export type PlanView = { horizons: Array<HorizonView>, 
/**
 * Actions beyond the plan's caps, for later.
 */
later: Array<PlanItemView>, };

export type AreaProgressView = { area: string, score: number | null, };

export type ProgressView = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, overall: number | null, areas: Array<AreaProgressView>, };

export type AnalysisView = { assessment?: number, enterprise_name?: string, 
/**
 * `draft` or `finalized`.
 */
status?: string, instrument: string, country: string, sector: string, size: string, scores: ScoresView, comparison: ComparisonView, plan: PlanView, progress?: ProgressView, };

export type SavedFile = { path: string, bytes: number, };

export type BackupInfo = { 
/**
 * File name inside the backups folder (the id to restore it).
 */
name: string, path: string, bytes: number, };

export type ExportSummary = { path: string, k: number, 
/**
 * Finalized assessments considered.
 */
considered: number, 
/**
 * Records in the file.
 */
records: number, as_recorded: number, generalised: number, withheld: number, 
/**
 * Finalized assessments left out because an earlier export sent them.
 */
sent_before: number, 
/**
 * Finalized assessments not exported because their date is outside 2000–2100 (a
 * computer whose clock was wrong).
 */
wrong_date: number, };

export type SentExportInfo = { export_id: string, 
/**
 * The day in the file (YYYY-MM-DD).
 */
created: string, records: number, withheld: number, k: number, };

export type InboxFile = { 
/**
 * The file's name, as the import asks for it.
 */
name: string, 
/**
 * The name as shown: control characters and marks that reorder text escaped.
 */
shown: string, bytes: number, 
/**
 * Imported before (the same file, by SHA-256).
 */
imported: boolean, };

export type AgencyInfo = { inbox: string, files: Array<InboxFile>, records: number, imported: Array<ImportedInfo>, };

export type ImportedInfo = { file_name: string, 
/**
 * `YYYY-MM-DD`.
 */
imported_on: string, records: number, added: number, conflicts: number, };

export type ImportProgress = { done: number, total: number, name: string, };

export type ImportResult = { name: string, 
/**
 * The name as shown: control characters and marks that reorder text escaped.
 */
shown: string, already_imported: boolean, records: number, added: number, refined: number, unchanged: number, conflicts: number, error: string | null, };

