// Generated from src-tauri/src/dto.rs and error.rs by `bindings::typescript()`.
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
 * The questions shown, given the answers so far (conditions evaluated by the core).
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

export type AreaResult = { area: string, score: number | null, level: number | null, answered: number, shown: number, 
/**
 * Sector comparison, when a benchmark covers the area.
 */
median: number | null, percentile: number | null, 
/**
 * The group compared with, in words ("small firms in retail, Da Nang").
 */
group: string | null, source: string | null, 
/**
 * The score at the previous finalized assessment of the same enterprise.
 */
previous: number | null, };

export type PracticeResult = { practice: string, 
/**
 * Share of the group that follows the practice, 0–100.
 */
share: number, follows: boolean | null, group: string, source: string, };

export type PlanAction = { action: string, area: string, effort: string, cost: string, 
/**
 * Points the area score gains when done.
 */
gain: number, 
/**
 * Country-specific "who can help" attribute to show (`who-vn` / `who-la`), if written.
 */
who_attribute: string | null, };

export type PlanHorizon = { days: number, actions: Array<PlanAction>, };

export type Results = { assessment: number, enterprise_name: string, status: AssessmentStatus, overall: number | null, level: number | null, previous_overall: number | null, 
/**
 * `YYYY-MM-DD` of the previous finalized assessment, when there is one.
 */
previous_date: string | null, areas: Array<AreaResult>, practices: Array<PracticeResult>, unanswered: number, plan: Array<PlanHorizon>, 
/**
 * Actions beyond the plan's caps, for later.
 */
later: Array<PlanAction>, };

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

