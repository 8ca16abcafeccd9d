//! The TypeScript declarations of the IPC types, generated from `dto`, `error` and the app
//! layer's view models (`digiready_app::views`). The UI
//! imports them from `ui/src/lib/bindings.ts`; a test compares that file with this output.

use ts_rs::{Config, TS};

use crate::dto::*;
use crate::error::{CommandError, ErrorCode};
use digiready_app::agency::*;
use digiready_app::assessment::*;
use digiready_app::backup::BackupInfo;
use digiready_app::packs::PackInfo;
use digiready_app::register::*;
use digiready_app::views::*;

macro_rules! declarations {
    ($cfg:expr, $($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),*]
    };
}

/// The file `ui/src/lib/bindings.ts` should hold.
pub fn typescript() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = declarations!(
        &cfg,
        ErrorCode,
        CommandError,
        Lang,
        TextSize,
        Settings,
        CountryInfo,
        PackInfo,
        AppInfo,
        EnterpriseFields,
        AssessmentStatus,
        AssessmentBrief,
        EnterpriseRow,
        EnterpriseDetail,
        SizeFiguresDto,
        Answer,
        OptionInfo,
        QuestionForm,
        QuestionInfo,
        AssessmentView,
        AnswerSaved,
        RatedView,
        AreaScoreView,
        ScoresView,
        GroupView,
        ProvenanceView,
        AreaComparisonView,
        PracticeComparisonView,
        IndicatorComparisonView,
        ComparisonView,
        ReasonView,
        PlanItemView,
        HorizonView,
        PlanView,
        AreaProgressView,
        ProgressView,
        AnalysisView,
        SavedFile,
        BackupInfo,
        ExportSummary,
        SentExportInfo,
        InboxFile,
        AgencyInfo,
        ImportedInfo,
        ImportProgress,
        ImportResult,
    );
    let mut out = String::from(
        "// Generated from src-tauri/src/dto.rs, error.rs and crates/app/src/*.rs by `bindings::typescript()`.\n\
         // Do not edit: run `DIGIREADY_BLESS=1 cargo test -p digiready-desktop bindings`.\n\n",
    );
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out
}
