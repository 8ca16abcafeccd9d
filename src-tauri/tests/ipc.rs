//! The commands through Tauri's real IPC path (`tauri::test`, mock runtime) with the app's
//! real configuration and capabilities: what the UI sends, what it gets back, what is refused.

use std::path::Path;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

use digiready::i18n::Catalog;
use digiready::locale::Locale;
use digiready_desktop::{AppState, Folders};

struct Shell {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Shell {
    fn open(dir: &Path) -> Shell {
        let folders = Folders {
            data: dir.join("data"),
            reports: dir.join("reports"),
        };
        let app = digiready_desktop::builder(mock_builder(), AppState::open(folders))
            .build(digiready_desktop::context())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Shell { _app: app, window }
    }

    /// Invokes a command as the UI does; `Err` holds what the UI receives as the error.
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.call_from("tauri://localhost", cmd, args)
    }

    /// Invokes a command as a page at `origin` would.
    fn call_from(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// The error code of a failing command (`{code, message}`), with its message.
    fn err(&self, cmd: &str, args: Value) -> (String, String) {
        let e = self
            .call(cmd, args)
            .err()
            .unwrap_or_else(|| panic!("{cmd} should fail"));
        (
            e["code"]
                .as_str()
                .unwrap_or_else(|| panic!("no code in {e}"))
                .to_string(),
            e["message"].as_str().unwrap_or_default().to_string(),
        )
    }
}

fn enterprise_fields(name: &str) -> Value {
    json!({
        "name": name, "sector": "retail_wholesale", "size_band": "micro", "country": "VN",
        "province": "Cần Thơ", "district": null, "contact_person": "Trần Thị Bình",
        "contact_phone": "0901 234 567", "contact_email": null
    })
}

#[test]
fn an_assessment_through_the_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shell = Shell::open(dir.path());
    let info = shell.ok("app_info", json!({}));
    assert_eq!(info["settings"]["language"], Value::Null, "not chosen yet");
    assert_eq!(info["database_error"], Value::Null);
    let info = shell.ok(
        "settings_update",
        json!({"settings": {"language": "vi", "text_size": "large"}}),
    );
    assert_eq!(info["settings"]["language"], "vi");

    let e = shell.ok(
        "enterprise_save",
        json!({"id": null, "fields": enterprise_fields("Tiệm may Bình An")}),
    );
    let eid = e["id"].as_i64().expect("id");
    let list = shell.ok("enterprise_list", json!({"search": "bình"}));
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(1),
        "search is case-insensitive: {list}"
    );

    let a = shell.ok(
        "assessment_start",
        json!({"enterpriseId": eid, "assessor": "Lê Văn Cường"}),
    );
    let aid = a["id"].as_i64().expect("id");
    assert!(a["shown"].as_array().is_some_and(|s| !s.is_empty()));
    let first = a["shown"][0].as_str().expect("a question").to_string();

    let saved = shell.ok(
        "assessment_answer",
        json!({"id": aid, "question": "ec-online-presence", "answer": "social-page"}),
    );
    assert!(saved["unanswered"]
        .as_array()
        .is_some_and(|u| !u.iter().any(|q| q == "ec-online-presence")));
    let view = shell.ok("assessment_get", json!({"id": aid}));
    assert_eq!(view["answers"]["ec-online-presence"], "social-page");
    assert_eq!(first, "ec-online-presence");

    // A wrong option: refused with a code and a Vietnamese message; nothing saved.
    let (code, message) = shell.err(
        "assessment_answer",
        json!({"id": aid, "question": "ec-online-presence", "answer": "no-such-option"}),
    );
    assert_eq!(code, "invalid_input");
    let catalog = Catalog::embedded();
    assert_ne!(message, "", "a message");
    assert!(
        !message.contains("is not")
            && message != catalog.text(Locale::En, "answer-kind-one-option"),
        "the message is in Vietnamese: {message}"
    );
    let view = shell.ok("assessment_get", json!({"id": aid}));
    assert_eq!(view["answers"]["ec-online-presence"], "social-page");

    let results = shell.ok("assessment_results", json!({"id": aid}));
    assert!(results["scores"]["areas"].as_array().is_some_and(|a| a
        .iter()
        .any(|x| x["area"] == "ecommerce" && x["score"].is_number())));

    shell.ok("assessment_finalize", json!({"id": aid}));
    let (code, _) = shell.err(
        "assessment_answer",
        json!({"id": aid, "question": "ec-online-presence", "answer": "none"}),
    );
    assert_eq!(code, "finalized");

    // A second assessment shows the progress since the first.
    let first_score = results["scores"]["areas"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["area"] == "ecommerce"))
        .map(|x| x["score"].clone())
        .expect("ecommerce");
    let again = shell.ok(
        "assessment_start",
        json!({"enterpriseId": eid, "assessor": "Lê Văn Cường"}),
    );
    let again = again["id"].as_i64().expect("id");
    shell.ok(
        "assessment_answer",
        json!({"id": again, "question": "ec-online-presence", "answer": "full-catalogue"}),
    );
    let progress = shell.ok("assessment_results", json!({"id": again}));
    assert!(progress["progress"]["overall"].is_number(), "{progress}");
    assert!(progress["progress"]["date"].is_string());
    let area = |list: &Value| {
        list.as_array()
            .and_then(|a| a.iter().find(|x| x["area"] == "ecommerce"))
            .map(|x| x["score"].clone())
            .expect("ecommerce")
    };
    assert_eq!(area(&progress["progress"]["areas"]), first_score);
    assert!(area(&progress["scores"]["areas"]).as_f64() > first_score.as_f64());
    let register = shell.ok("enterprise_list", json!({"search": ""}));
    assert_eq!(
        register[0]["last_assessment"]["id"], again,
        "the latest is listed"
    );

    let pdf = shell.ok("report_save", json!({"id": aid, "language": "lo"}));
    let path = pdf["path"].as_str().expect("path");
    assert!(path.ends_with("-lo.pdf"), "{path}");
    let bytes = std::fs::read(path).expect("the PDF is there");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(pdf["bytes"].as_u64(), Some(bytes.len() as u64));
}

/// Every command the main window may call: its capability's `allow-…` permissions.
fn allowed_commands() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities/main-window.json");
    let capability: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("capability")).expect("JSON");
    capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| {
            let p = p.as_str().expect("a permission name");
            let cmd = p.strip_prefix("allow-").unwrap_or_else(|| {
                panic!("{p}: the window gets only the app's own allow-… permissions")
            });
            cmd.replace('-', "_")
        })
        .collect()
}

/// How a bad call must end.
#[derive(Debug, Clone, Copy)]
enum Refusal {
    /// The command ran and refused with this `{code, message}`.
    Code(&'static str),
    /// Tauri refused the arguments before the command ran (missing, or of the wrong type).
    Malformed,
}

/// The state the refused calls must leave as it was: the register, both assessments, backups.
fn snapshot(shell: &Shell, ids: &[i64]) -> Vec<Value> {
    let mut out = vec![
        shell.ok("enterprise_list", json!({"search": ""})),
        shell.ok("backup_list", json!({})),
    ];
    out.extend(
        ids.iter()
            .map(|id| shell.ok("assessment_get", json!({"id": id}))),
    );
    out
}

/// Every command the window may call is tried with missing arguments, arguments of the wrong
/// type and values out of range; each is refused with a clear code and message (or by Tauri
/// before it runs), nothing panics, and nothing is written. A command added to the capability
/// without cases here fails this test.
#[test]
fn every_command_refuses_malformed_and_out_of_range_arguments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shell = Shell::open(dir.path());
    shell.ok("settings_update", json!({"settings": {"language": "vi"}}));
    let e = shell.ok(
        "enterprise_save",
        json!({"id": null, "fields": enterprise_fields("Tạp hóa Kiểm Tra")}),
    );
    let eid = e["id"].as_i64().expect("id");
    let start = json!({"enterpriseId": eid, "assessor": "Lê Văn Cường"});
    let done = shell.ok("assessment_start", start.clone())["id"]
        .as_i64()
        .expect("id");
    shell.ok(
        "assessment_answer",
        json!({"id": done, "question": "ec-online-presence", "answer": "social-page"}),
    );
    shell.ok("assessment_finalize", json!({"id": done}));
    let draft = shell.ok("assessment_start", start.clone());
    let aid = draft["id"].as_i64().expect("id");
    let shown: Vec<&str> = draft["shown"]
        .as_array()
        .expect("shown")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(shown.contains(&"ec-online-presence"));
    let before = snapshot(&shell, &[aid, done]);

    // A valid call of every command that takes arguments; `optional` may be left out.
    let channel = "__CHANNEL__:1";
    let commands: Vec<(&str, Value, &[&str])> = vec![
        (
            "settings_update",
            json!({"settings": {"language": "vi"}}),
            &[],
        ),
        (
            "size_suggest",
            json!({"country": "VN", "sector": "retail_wholesale",
                   "figures": {"staff": 5.0, "revenue": null, "capital": null}}),
            &[],
        ),
        ("enterprise_list", json!({"search": ""}), &[]),
        ("enterprise_get", json!({"id": eid}), &[]),
        (
            "enterprise_save",
            json!({"id": eid, "fields": enterprise_fields("Tạp hóa Kiểm Tra")}),
            &["id"],
        ),
        ("assessment_start", start.clone(), &[]),
        ("assessment_get", json!({"id": aid}), &[]),
        (
            "assessment_answer",
            json!({"id": aid, "question": "ec-online-presence", "answer": "none"}),
            &[],
        ),
        (
            "assessment_clear",
            json!({"id": aid, "question": "ec-online-presence"}),
            &[],
        ),
        ("assessment_finalize", json!({"id": aid}), &[]),
        ("assessment_results", json!({"id": done}), &[]),
        ("report_save", json!({"id": done, "language": "en"}), &[]),
        (
            "backup_restore",
            json!({"name": "digiready-x.sqlite3"}),
            &[],
        ),
        ("export_anonymized", json!({"k": 5}), &[]),
        (
            "export_resend",
            json!({"exportId": "0123456789abcdef0123456789abcdef"}),
            &[],
        ),
        (
            "agency_import",
            json!({"names": ["a.zip"], "onProgress": channel}),
            &[],
        ),
        (
            "agency_workbook",
            json!({"by": ["sector"], "publish": false}),
            &[],
        ),
    ];
    // Commands that take no arguments: unknown ones are ignored, so there is nothing to refuse.
    let no_arguments = ["app_info", "backup_list", "agency_info", "export_list"];
    // Writes a new backup file and nothing else (checked at the end).
    let no_arguments_writes = ["backup_now"];

    let allowed = allowed_commands();
    let mut covered: Vec<&str> = commands.iter().map(|(c, _, _)| *c).collect();
    covered.extend(no_arguments);
    covered.extend(no_arguments_writes);
    let mut sorted_allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
    sorted_allowed.sort();
    covered.sort();
    assert_eq!(
        covered, sorted_allowed,
        "every command the window may call has its cases here"
    );

    let mut cases: Vec<(&str, Value, Refusal)> = Vec::new();
    // Each argument left out, and each of the wrong type.
    for (cmd, valid, optional) in &commands {
        let object = valid.as_object().expect("arguments are an object");
        for key in object.keys() {
            if !optional.contains(&key.as_str()) {
                let mut args = object.clone();
                args.remove(key);
                cases.push((cmd, Value::Object(args), Refusal::Malformed));
            }
            let mut args = object.clone();
            args.insert(key.clone(), json!([[true]]));
            cases.push((cmd, Value::Object(args), Refusal::Malformed));
        }
        cases.push((cmd, json!("not an object"), Refusal::Malformed));
    }
    let invalid = Refusal::Code("invalid_input");
    let not_found = Refusal::Code("not_found");
    let finalized = Refusal::Code("finalized");
    let big = |n: usize| "x".repeat(n);
    let answer = |q: &str, a: Value| json!({"id": aid, "question": q, "answer": a});
    cases.extend([
        // Out of range or unknown values, command by command.
        (
            "settings_update",
            json!({"settings": {"language": "xx"}}),
            Refusal::Malformed,
        ),
        (
            "settings_update",
            json!({"settings": {"language": "vi", "text_size": "huge"}}),
            Refusal::Malformed,
        ),
        (
            "size_suggest",
            json!({"country": "VN", "sector": "retail_wholesale",
            "figures": {"staff": -5.0, "revenue": null, "capital": null}}),
            invalid,
        ),
        (
            "size_suggest",
            json!({"country": "VN", "sector": "retail_wholesale",
            "figures": {"staff": 1e300, "revenue": -1.0, "capital": null}}),
            invalid,
        ),
        (
            "size_suggest",
            json!({"country": "XX", "sector": "retail_wholesale",
            "figures": {"staff": 5.0, "revenue": null, "capital": null}}),
            invalid,
        ),
        (
            "size_suggest",
            json!({"country": "VN", "sector": "no_such_sector",
            "figures": {"staff": 5.0, "revenue": null, "capital": null}}),
            invalid,
        ),
        ("enterprise_list", json!({"search": big(1000)}), invalid),
        ("enterprise_get", json!({"id": 0}), invalid),
        ("enterprise_get", json!({"id": -4}), invalid),
        ("enterprise_get", json!({"id": i64::MAX}), not_found),
        ("enterprise_get", json!({"id": 1.5}), Refusal::Malformed),
        ("enterprise_get", json!({"id": "1"}), Refusal::Malformed),
        (
            "enterprise_save",
            json!({"id": null, "fields": enterprise_fields("  ")}),
            invalid,
        ),
        (
            "enterprise_save",
            json!({"id": null, "fields": enterprise_fields(&big(5000))}),
            invalid,
        ),
        (
            "enterprise_save",
            json!({"id": 99, "fields": enterprise_fields("Không có")}),
            not_found,
        ),
        (
            "enterprise_save",
            json!({"id": -1, "fields": enterprise_fields("Âm")}),
            invalid,
        ),
        (
            "enterprise_save",
            json!({"id": null, "fields": {"name": "Thiếu trường"}}),
            Refusal::Malformed,
        ),
        (
            "assessment_start",
            json!({"enterpriseId": 0, "assessor": "A"}),
            invalid,
        ),
        (
            "assessment_start",
            json!({"enterpriseId": 99, "assessor": "A"}),
            not_found,
        ),
        (
            "assessment_start",
            json!({"enterpriseId": eid, "assessor": big(1000)}),
            invalid,
        ),
        ("assessment_get", json!({"id": -1}), invalid),
        ("assessment_get", json!({"id": 99}), not_found),
        ("assessment_answer", answer(&big(5000), json!("x")), invalid),
        (
            "assessment_answer",
            answer("no-such-question", json!("none")),
            invalid,
        ),
        (
            "assessment_answer",
            answer("ec-online-presence", json!("no-such-option")),
            invalid,
        ),
        (
            "assessment_answer",
            answer("ec-online-presence", json!(["none", "none"])),
            invalid,
        ),
        (
            "assessment_answer",
            answer("ec-online-presence", json!(3)),
            invalid,
        ),
        (
            "assessment_answer",
            answer("ec-online-presence", json!(null)),
            Refusal::Malformed,
        ),
        (
            "assessment_answer",
            answer("ec-online-presence", json!({"x": 1})),
            Refusal::Malformed,
        ),
        (
            "assessment_answer",
            json!({"id": 99, "question": "ec-online-presence", "answer": "none"}),
            not_found,
        ),
        (
            "assessment_answer",
            json!({"id": 0, "question": "ec-online-presence", "answer": "none"}),
            invalid,
        ),
        (
            "assessment_answer",
            json!({"id": done, "question": "ec-online-presence", "answer": "none"}),
            finalized,
        ),
        (
            "assessment_clear",
            json!({"id": aid, "question": "no-such-question"}),
            invalid,
        ),
        (
            "assessment_clear",
            json!({"id": 99, "question": "ec-online-presence"}),
            not_found,
        ),
        (
            "assessment_clear",
            json!({"id": done, "question": "ec-online-presence"}),
            finalized,
        ),
        ("assessment_finalize", json!({"id": 0}), invalid),
        ("assessment_finalize", json!({"id": 99}), not_found),
        ("assessment_finalize", json!({"id": done}), finalized),
        ("assessment_results", json!({"id": 0}), invalid),
        ("assessment_results", json!({"id": 99}), not_found),
        ("report_save", json!({"id": 0, "language": "vi"}), invalid),
        (
            "report_save",
            json!({"id": 99, "language": "vi"}),
            not_found,
        ),
        (
            "report_save",
            json!({"id": done, "language": "fr"}),
            Refusal::Malformed,
        ),
        (
            "backup_restore",
            json!({"name": "../../etc/passwd"}),
            invalid,
        ),
        ("backup_restore", json!({"name": "/etc/passwd"}), invalid),
        ("backup_restore", json!({"name": ""}), invalid),
        (
            "backup_restore",
            json!({"name": "digiready.sqlite3"}),
            invalid,
        ),
        ("export_anonymized", json!({"k": 4}), invalid),
        ("export_anonymized", json!({"k": 0}), invalid),
        ("export_anonymized", json!({"k": 100_000}), invalid),
        ("export_anonymized", json!({"k": -5}), Refusal::Malformed),
        (
            "export_anonymized",
            json!({"k": u64::MAX}),
            Refusal::Malformed,
        ),
        (
            "agency_import",
            json!({"names": ["../../etc/passwd"], "onProgress": channel}),
            invalid,
        ),
        (
            "agency_import",
            json!({"names": ["/etc/passwd"], "onProgress": channel}),
            invalid,
        ),
        (
            "agency_import",
            json!({"names": [], "onProgress": channel}),
            invalid,
        ),
        (
            "agency_import",
            json!({"names": ["nowhere.zip"], "onProgress": channel}),
            invalid,
        ),
        (
            "agency_import",
            json!({"names": vec!["a.zip"; 10_001], "onProgress": channel}),
            invalid,
        ),
        (
            "agency_import",
            json!({"names": ["a.zip"], "onProgress": "not a channel"}),
            Refusal::Malformed,
        ),
        (
            "agency_workbook",
            json!({"by": ["name"], "publish": false}),
            invalid,
        ),
        (
            "agency_workbook",
            json!({"by": [], "publish": false}),
            invalid,
        ),
        (
            "agency_workbook",
            json!({"by": ["sector", "sector"], "publish": true}),
            invalid,
        ),
        (
            "agency_workbook",
            json!({"by": ["sector"], "publish": "yes"}),
            Refusal::Malformed,
        ),
    ]);
    let count = cases.len();
    for (cmd, args, refusal) in cases {
        let shown_args = {
            let s = args.to_string();
            s.chars().take(120).collect::<String>()
        };
        let e = shell
            .call(cmd, args)
            .err()
            .unwrap_or_else(|| panic!("{cmd} {shown_args}: accepted"));
        match refusal {
            Refusal::Code(code) => {
                assert_eq!(e["code"], code, "{cmd} {shown_args}: {e}");
                let message = e["message"].as_str().unwrap_or_default();
                assert!(!message.is_empty(), "{cmd} {shown_args}: no message");
            }
            // Tauri's own refusal is a plain text naming the argument; a command's is
            // `{code, message}`.
            Refusal::Malformed => assert!(
                e.as_str().is_some_and(|m| m.contains("invalid")
                    || m.contains("missing")
                    || m.contains("expected")),
                "{cmd} {shown_args}: refused by Tauri before it runs, got {e}"
            ),
        }
    }
    for cmd in no_arguments {
        shell.ok(cmd, json!({"id": -1, "extra": [[true]], "k": "x"}));
    }
    assert_eq!(
        snapshot(&shell, &[aid, done])[0],
        before[0],
        "the register is unchanged"
    );
    let after = snapshot(&shell, &[aid, done]);
    assert_eq!(after, before, "no refused call changed anything");
    for cmd in no_arguments_writes {
        shell.ok(cmd, json!({"id": -1, "extra": [[true]]}));
    }
    eprintln!(
        "{count} bad calls over {} commands refused, nothing changed",
        allowed.len()
    );
}

#[test]
fn nothing_outside_the_capabilities_can_be_invoked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shell = Shell::open(dir.path());
    for cmd in [
        "plugin:window|close",
        "plugin:webview|print",
        "plugin:app|version",
        "plugin:path|resolve_directory",
        "plugin:event|emit",
        "plugin:fs|read_file",
        "plugin:shell|execute",
        "not_a_command",
    ] {
        let e = shell.call(cmd, json!({})).expect_err(cmd);
        assert!(
            e.as_str().is_some_and(|m| m.contains("not allowed")),
            "{cmd}: {e}"
        );
    }
    // The app's own commands are allowed to the app's own page, and to nothing remote.
    shell.ok("app_info", json!({}));
    let e = shell
        .call_from("https://example.com", "app_info", json!({}))
        .expect_err("a remote page is refused");
    assert!(e.as_str().is_some_and(|m| m.contains("not allowed")), "{e}");
}

#[test]
fn backup_and_restore_round_trip_and_a_damaged_backup_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shell = Shell::open(dir.path());
    shell.ok(
        "enterprise_save",
        json!({"id": null, "fields": enterprise_fields("Trước sao lưu")}),
    );
    let backup = shell.ok("backup_now", json!({}));
    let name = backup["name"].as_str().expect("name").to_string();
    shell.ok(
        "enterprise_save",
        json!({"id": null, "fields": enterprise_fields("Sau sao lưu")}),
    );
    assert_eq!(
        shell
            .ok("enterprise_list", json!({"search": ""}))
            .as_array()
            .map(Vec::len),
        Some(2)
    );

    // A damaged file in the backups folder: refused, nothing changed.
    let backups = dir.path().join("data/backups");
    let bad = "digiready-20260101-00000000.sqlite3";
    std::fs::write(backups.join(bad), b"SQLite format 3\0 but then nothing").expect("write");
    let (code, _) = shell.err("backup_restore", json!({"name": bad}));
    assert_eq!(code, "bad_backup");
    assert_eq!(
        shell
            .ok("enterprise_list", json!({"search": ""}))
            .as_array()
            .map(Vec::len),
        Some(2)
    );

    shell.ok("backup_restore", json!({"name": name}));
    let list = shell.ok("enterprise_list", json!({"search": ""}));
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(list[0]["fields"]["name"], "Trước sao lưu");
    // The data from before the restore was kept in a backup of its own.
    let names: Vec<String> = shell
        .ok("backup_list", json!({}))
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|b| b["name"].as_str().map(str::to_string))
        .collect();
    assert!(
        names.iter().any(|n| n.contains("before-restore")),
        "{names:?}"
    );
}

#[test]
fn a_database_that_cannot_be_opened_is_kept_aside_before_a_restore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = {
        let shell = Shell::open(dir.path());
        shell.ok(
            "enterprise_save",
            json!({"id": null, "fields": enterprise_fields("Trong bản sao lưu")}),
        );
        let b = shell.ok("backup_now", json!({}));
        b["name"].as_str().expect("name").to_string()
    };
    // Another program's file where the database should be.
    let db = dir.path().join("data/digiready.sqlite3");
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
    }
    std::fs::write(&db, b"not a database, but somebody's file").expect("write");
    let shell = Shell::open(dir.path());
    let info = shell.ok("app_info", json!({}));
    assert!(info["database_error"].is_string(), "{info}");
    assert_eq!(
        shell.err("enterprise_list", json!({"search": ""})).0,
        "database_unavailable"
    );

    shell.ok("backup_restore", json!({"name": name}));
    let list = shell.ok("enterprise_list", json!({"search": ""}));
    assert_eq!(list[0]["fields"]["name"], "Trong bản sao lưu");
    // The unreadable file was kept, byte for byte.
    let kept: Vec<_> = std::fs::read_dir(dir.path().join("data/backups"))
        .expect("backups")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].path()).expect("read"),
        b"not a database, but somebody's file"
    );
}
