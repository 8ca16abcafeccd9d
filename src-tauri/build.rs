//! Declares DigiReady's commands to Tauri's access control: each one gets an `allow-…`
//! permission, and the window may call only those its capability (capabilities/) lists.

const COMMANDS: &[&str] = &[
    "app_info",
    "settings_update",
    "size_suggest",
    "enterprise_list",
    "enterprise_get",
    "enterprise_save",
    "assessment_start",
    "assessment_get",
    "assessment_answer",
    "assessment_clear",
    "assessment_finalize",
    "assessment_results",
    "report_save",
    "backup_now",
    "backup_list",
    "backup_restore",
    "export_anonymized",
    "export_list",
    "export_resend",
    "agency_info",
    "agency_import",
    "agency_workbook",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo::error={e:#}");
    }
}
