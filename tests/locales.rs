//! The Fluent files: every locale has every id, parses cleanly, and is really translated.

use std::collections::BTreeSet;

use digiready::i18n::{Catalog, FtlFile};
use digiready::locale::Locale;

use crate::util;

#[test]
fn every_locale_parses_and_has_every_id() {
    let catalog = digiready::files::catalog_from_dir(&util::root().join("locales"))
        .unwrap_or_else(|e| panic!("locale files have problems: {e:#?}"));
    let all: BTreeSet<&str> = Locale::ALL.iter().flat_map(|l| catalog.ids(*l)).collect();
    let mut missing = Vec::new();
    for locale in Locale::ALL {
        for id in &all {
            if !catalog.has(locale, id) {
                missing.push(format!("{locale}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids missing in some locale:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_embedded_catalog_is_the_one_on_disk() {
    let disk =
        digiready::files::catalog_from_dir(&util::root().join("locales")).expect("locales parse");
    let embedded = Catalog::embedded();
    for locale in Locale::ALL {
        let a: Vec<_> = disk.ids(locale).collect();
        let b: Vec<_> = embedded.ids(locale).collect();
        assert_eq!(a, b, "{locale}");
    }
}

/// Text with placeholders and brand names removed, to judge the language of what is left.
fn words(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Messages that are the product's name, the same in every language.
const BRAND_ONLY: &[&str] = &["app-name"];

fn is_lao(c: char) -> bool {
    ('\u{0E80}'..='\u{0EFF}').contains(&c)
}

#[test]
fn lao_text_is_in_lao_script() {
    let catalog = Catalog::embedded();
    let mut latin_only = Vec::new();
    for id in catalog.ids(Locale::Lo) {
        if BRAND_ONLY.contains(&id) {
            continue;
        }
        let text = words(&catalog.text(Locale::Lo, id));
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        // Messages that are only a placeholder or a code need no Lao letters.
        if letters.len() < 3 {
            continue;
        }
        if !letters.iter().any(|c| is_lao(*c)) {
            latin_only.push(format!("{id}: {text}"));
        }
    }
    assert!(
        latin_only.is_empty(),
        "Lao messages without Lao script:\n{}",
        latin_only.join("\n")
    );
}

#[test]
fn vietnamese_text_is_not_a_copy_of_english() {
    let catalog = Catalog::embedded();
    let mut copies = Vec::new();
    for id in catalog.ids(Locale::Vi) {
        if BRAND_ONLY.contains(&id) {
            continue;
        }
        let vi = words(&catalog.text(Locale::Vi, id));
        let en = words(&catalog.text(Locale::En, id));
        let letters = vi.chars().filter(|c| c.is_alphabetic()).count();
        // Short names (e.g. "QR", "Email") may be the same in both languages.
        if letters >= 8 && vi == en {
            copies.push(format!("{id}: {vi}"));
        }
    }
    assert!(
        copies.is_empty(),
        "Vietnamese messages identical to English:\n{}",
        copies.join("\n")
    );
}

#[test]
fn a_missing_message_falls_back_to_english_and_never_panics() {
    let catalog = Catalog::embedded();
    assert_eq!(
        catalog.text(Locale::Lo, "no-such-message"),
        "no-such-message"
    );
    assert_eq!(catalog.text(Locale::Vi, "country-VN"), "Việt Nam");
}

/// The ids and `id.attribute`s one Fluent file of `locale` defines, as the core reads them.
fn defined(locale: Locale, path: &std::path::Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).expect("ftl");
    let file = FtlFile {
        path: path.to_path_buf(),
        text,
    };
    let catalog = Catalog::from_files([(locale, vec![file])].into_iter().collect())
        .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
    catalog.ids(locale).map(str::to_string).collect()
}

/// Every `"app-…"` string literal in a UI file.
fn app_ids(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(util::root().join("ui/src").join(file)).expect("ui file");
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| s.starts_with("app-") && !s.contains(' '))
        .map(str::to_string)
        .collect()
}

/// The desktop UI paints its first screen (the header and home) from `app.ftl` alone, before
/// the language's other files arrive, and names the languages from `language.ftl` alone
/// (`ui/src/lib/i18n.svelte.ts`): every id they use is in that file in every language, and
/// neither file refers to a message or term elsewhere.
#[test]
fn the_first_screen_needs_only_app_ftl_and_the_language_names_only_language_ftl() {
    for locale in Locale::ALL {
        let dir = util::root().join("locales").join(locale.tag());
        let app = defined(locale, &dir.join("app.ftl"));
        let names = defined(locale, &dir.join("language.ftl"));
        for file in ["App.svelte", "screens/Home.svelte"] {
            let ids = app_ids(file);
            assert!(!ids.is_empty(), "{file}");
            for id in ids {
                let in_app = app.contains(&id);
                assert!(in_app || names.contains(&id), "{locale}: {id} ({file})");
                if file.ends_with("Home.svelte") && in_app && id.starts_with("app-home-") {
                    // The tiles show `<id>.description` too.
                    assert!(app.contains(&format!("{id}.description")), "{locale}: {id}");
                }
            }
        }
        for file in [
            "screens/Start.svelte",
            "screens/Settings.svelte",
            "screens/Plan.svelte",
        ] {
            let text =
                std::fs::read_to_string(util::root().join("ui/src").join(file)).expect("ui file");
            for call in text.split("tApp(").skip(1) {
                let id = call.split('"').nth(1).expect("an id in quotes");
                assert!(names.contains(id), "{locale}: {id} ({file})");
            }
        }
        for name in ["app.ftl", "language.ftl"] {
            let text = std::fs::read_to_string(dir.join(name)).expect("ftl");
            let references = text
                .split('{')
                .skip(1)
                .map(str::trim_start)
                .filter(|p| p.starts_with(|c: char| c.is_ascii_lowercase() || c == '-'))
                .count();
            assert_eq!(references, 0, "{locale}/{name} refers to other messages");
        }
    }
}
