// Typed calls to the shell's commands. The types are generated from the Rust DTOs
// (bindings.ts); argument names are camelCase, as Tauri expects.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  AgencyInfo,
  AnalysisView,
  AnswerSaved,
  Answer,
  AppInfo,
  AssessmentView,
  BackupInfo,
  CommandError,
  EnterpriseDetail,
  EnterpriseFields,
  EnterpriseRow,
  ErrorCode,
  ExportSummary,
  ImportProgress,
  ImportResult,
  Lang,
  SavedFile,
  SentExportInfo,
  Settings,
  SizeFiguresDto,
} from "./bindings";

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function isCommandError(e: unknown): e is CommandError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isCommandError(e)) throw new ApiError(e.code, e.message);
    throw new ApiError("internal", String(e));
  }
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  settingsUpdate: (settings: Settings) => call<AppInfo>("settings_update", { settings }),
  sizeSuggest: (country: string, sector: string, figures: SizeFiguresDto) =>
    call<string | null>("size_suggest", { country, sector, figures }),
  enterpriseList: (search: string) => call<EnterpriseRow[]>("enterprise_list", { search }),
  enterpriseGet: (id: number) => call<EnterpriseDetail>("enterprise_get", { id }),
  enterpriseSave: (id: number | null, fields: EnterpriseFields) =>
    call<EnterpriseDetail>("enterprise_save", { id, fields }),
  assessmentStart: (enterpriseId: number, assessor: string) =>
    call<AssessmentView>("assessment_start", { enterpriseId, assessor }),
  assessmentGet: (id: number) => call<AssessmentView>("assessment_get", { id }),
  assessmentAnswer: (id: number, question: string, answer: Answer) =>
    call<AnswerSaved>("assessment_answer", { id, question, answer }),
  assessmentClear: (id: number, question: string) =>
    call<AnswerSaved>("assessment_clear", { id, question }),
  assessmentFinalize: (id: number) => call<AssessmentView>("assessment_finalize", { id }),
  assessmentResults: (id: number) => call<AnalysisView>("assessment_results", { id }),
  reportSave: (id: number, language: Lang) => call<SavedFile>("report_save", { id, language }),
  backupNow: () => call<BackupInfo>("backup_now"),
  backupList: () => call<BackupInfo[]>("backup_list"),
  backupRestore: (name: string) => call<null>("backup_restore", { name }),
  exportAnonymized: (k: number) => call<ExportSummary>("export_anonymized", { k }),
  exportList: () => call<SentExportInfo[]>("export_list"),
  exportResend: (exportId: string) => call<SavedFile>("export_resend", { exportId }),
  agencyInfo: () => call<AgencyInfo>("agency_info"),
  agencyImport: (names: string[], progress: (p: ImportProgress) => void) => {
    const onProgress = new Channel<ImportProgress>();
    onProgress.onmessage = progress;
    return call<ImportResult[]>("agency_import", { names, onProgress });
  },
  agencyWorkbook: (by: string[], publish: boolean) =>
    call<SavedFile>("agency_workbook", { by, publish }),
};

/** The message to show for a failed call. */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : String(e);
}
