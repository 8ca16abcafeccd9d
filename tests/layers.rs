//! The layers hold: each crate of `crates/` depends only on the layers below it (read from
//! the manifests and `Cargo.lock`, so a new dependency in a Cargo.toml fails here), and the pure layers —
//! the model and the words under it — neither depend on a crate that does I/O nor do any
//! themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::util;

/// Each layer and the layers it may use (directly). Front ends (`digiready`, the CLI and the
/// facade; `digiready-desktop`) may use any.
const LAYERS: [(&str, &[&str]); 6] = [
    ("digiready-i18n", &[]),
    ("digiready-model", &["digiready-i18n"]),
    ("digiready-store", &["digiready-i18n", "digiready-model"]),
    (
        "digiready-exchange",
        &["digiready-i18n", "digiready-model", "digiready-store"],
    ),
    ("digiready-report", &["digiready-i18n", "digiready-model"]),
    (
        "digiready-app",
        &[
            "digiready-i18n",
            "digiready-model",
            "digiready-store",
            "digiready-exchange",
            "digiready-report",
        ],
    ),
];

/// Crates that touch files, databases, archives, the network or the window: none may be in
/// the pure layers' dependency tree.
const DOES_IO: [&str; 12] = [
    "rusqlite",
    "libsqlite3-sys",
    "zip",
    "flate2",
    "rust_xlsxwriter",
    "printpdf",
    "lopdf",
    "directories",
    "getrandom",
    "tauri",
    "ureq",
    "tempfile",
];

/// What a pure layer's source may not say: opening files, reading the clock or the
/// environment, starting processes or threads, the network.
const IMPURE: [&str; 11] = [
    "std::fs",
    "File::open",
    "File::create",
    "OpenOptions",
    "SystemTime::now",
    "Instant::now",
    "std::env",
    "std::process",
    "std::thread",
    "std::net",
    "stdin()",
];

/// The workspace members and their manifests.
const MEMBERS: [(&str, &str); 8] = [
    ("digiready", "Cargo.toml"),
    ("digiready-i18n", "crates/i18n/Cargo.toml"),
    ("digiready-model", "crates/model/Cargo.toml"),
    ("digiready-store", "crates/store/Cargo.toml"),
    ("digiready-exchange", "crates/exchange/Cargo.toml"),
    ("digiready-report", "crates/report/Cargo.toml"),
    ("digiready-app", "crates/app/Cargo.toml"),
    ("digiready-desktop", "src-tauri/Cargo.toml"),
];

/// The dependency graph, package name → names of its (normal) dependencies, read without
/// running cargo or the network: each workspace member's `[dependencies]` from its manifest,
/// every other package's from `Cargo.lock` (which lists only what a package needs to build,
/// never its dev-dependencies; all platforms', so the tree is if anything too large).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let read = |rel: &str| -> toml::Value {
        let text = std::fs::read_to_string(util::root().join(rel)).expect(rel);
        toml::from_str(&text).expect(rel)
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let lock = read("Cargo.lock");
    for p in lock["package"].as_array().expect("packages") {
        let name = p["name"].as_str().expect("name").to_string();
        let deps = p
            .get("dependencies")
            .and_then(|d| d.as_array())
            .into_iter()
            .flatten()
            .filter_map(|d| d.as_str())
            // "name" or "name version" where two versions are locked.
            .filter_map(|d| d.split(' ').next())
            .map(str::to_string);
        graph.entry(name).or_default().extend(deps);
    }
    let members: Vec<String> = read("Cargo.toml")["workspace"]["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| m.as_str().expect("member").to_string())
        .collect();
    assert_eq!(
        members.len(),
        MEMBERS.len(),
        "MEMBERS lists every workspace member: {members:?}"
    );
    for (name, manifest) in MEMBERS {
        let dir = manifest
            .trim_end_matches("Cargo.toml")
            .trim_end_matches('/');
        let dir = if dir.is_empty() { "." } else { dir };
        assert!(members.iter().any(|m| m == dir), "{dir} is a member");
        let deps = read(manifest)["dependencies"]
            .as_table()
            .expect("[dependencies]")
            .keys()
            .cloned()
            .collect();
        graph.insert(name.to_string(), deps);
    }
    graph
}

/// Every package `from` depends on, directly or not.
fn closure(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(p) = todo.pop() {
        for d in graph.get(&p).into_iter().flatten() {
            if seen.insert(d.clone()) {
                todo.push(d.clone());
            }
        }
    }
    seen
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let graph = graph();
    for (layer, allowed) in LAYERS {
        let ours: BTreeSet<&str> = graph[layer]
            .iter()
            .map(String::as_str)
            .filter(|d| d.starts_with("digiready"))
            .collect();
        let extra: Vec<&&str> = ours.iter().filter(|d| !allowed.contains(d)).collect();
        assert!(extra.is_empty(), "{layer} depends on {extra:?}");
    }
    // Nothing but the front ends uses the use-case layer.
    for (name, deps) in &graph {
        if deps.contains("digiready-app") {
            assert!(
                ["digiready", "digiready-desktop"].contains(&name.as_str()),
                "{name} uses digiready-app"
            );
        }
    }
}

#[test]
fn the_model_does_no_io() {
    let graph = graph();
    for layer in ["digiready-i18n", "digiready-model"] {
        let tree = closure(&graph, layer);
        let io: Vec<&&str> = DOES_IO.iter().filter(|c| tree.contains(**c)).collect();
        assert!(io.is_empty(), "{layer} depends on {io:?}, which do I/O");
    }
    for dir in ["crates/i18n/src", "crates/model/src"] {
        for (path, text) in sources(&util::root().join(dir)) {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if let Some(word) = IMPURE.iter().find(|w| code.contains(**w)) {
                    panic!("{}:{}: {word} in a pure layer", path.display(), n + 1);
                }
            }
        }
    }
}

/// The `.rs` files under `dir` with their text, test modules left out (a test may use a
/// temporary file).
fn sources(dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            let code = text
                .split("\n#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_string();
            out.push((path, code));
        }
    }
    out
}

/// The checks can fail: a graph where the model uses the store, and a source line that opens
/// a file, are caught by the same rules.
#[test]
fn the_layer_checks_catch_a_wrong_edge() {
    let mut graph = graph();
    graph
        .get_mut("digiready-model")
        .expect("model")
        .insert("digiready-store".into());
    let tree = closure(&graph, "digiready-model");
    assert!(tree.contains("rusqlite"), "the store brings SQLite");
    let line = "let f = std::fs::read(path)?;";
    assert!(IMPURE.iter().any(|w| line.contains(w)));
}

/// Each `#[tauri::command]` of the shell with its body and the bodies of the helpers of its
/// file it calls (directly or not): a store call in a helper counts for the command.
fn tauri_commands() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = util::root().join("src-tauri/src/commands");
    for entry in std::fs::read_dir(&dir).expect("commands folder") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("source");
        // Top-level functions: name, body, whether it is a command.
        let mut fns: Vec<(String, String, bool)> = Vec::new();
        let mut command_next = false;
        for line in text.lines() {
            let head = line
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ")
                .trim_start_matches("async ");
            if line.starts_with("#[tauri::command]") {
                command_next = true;
            } else if let Some(rest) = head.strip_prefix("fn ") {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                fns.push((name, String::new(), command_next));
                command_next = false;
            } else if let Some(f) = fns.last_mut() {
                f.1.push_str(line);
                f.1.push('\n');
            }
        }
        for (name, body, command) in &fns {
            if !command {
                continue;
            }
            let mut seen = vec![name.clone()];
            let mut all = body.clone();
            let mut i = 0;
            while i < seen.len() {
                let current = fns.iter().find(|f| f.0 == seen[i]).map(|f| f.1.clone());
                for (other, other_body, _) in &fns {
                    let called = current
                        .as_deref()
                        .is_some_and(|b| b.contains(&format!("{other}(")));
                    if called && !seen.contains(other) {
                        seen.push(other.clone());
                        all.push_str(other_body);
                    }
                }
                i += 1;
            }
            out.push((name.clone(), all));
        }
    }
    out.sort();
    out
}

/// Whether Rust source calls a store method itself (`store.x(`, `.store()?.x(`, `Store::x(`).
fn touches_store(body: &str) -> bool {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join("");
    ["store.", "store()?.", "Store::"].iter().any(|p| {
        flat.match_indices(p).any(|(i, _)| {
            let rest = &flat[i + p.len()..];
            // A method call, not a field or a borrow passed on (`&store`, `&mut store`).
            rest.split('(').next().is_some_and(|m| {
                !m.is_empty() && m.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            }) && rest.contains('(')
        })
    })
}

/// Every desktop command (with the helpers of its file it calls) reaches the database only
/// through an app function: no store method, no `Store::` call of its own. (The shell cannot
/// run SQL at all: rusqlite is not among its dependencies.)
#[test]
fn desktop_commands_go_through_the_app_layer() {
    let commands = tauri_commands();
    assert!(commands.len() >= 20, "found {} commands", commands.len());
    for (name, body) in &commands {
        assert!(
            !touches_store(body),
            "the command {name} calls the store itself: make it one app function"
        );
    }
    assert!(touches_store("let x = store.sent_exports()?;"));
    assert!(touches_store("state\n  .store()?\n  .pool_imports()"));
    assert!(!touches_store(
        "register::list(&instruments, &store, &search)"
    ));
}
