//! The Fluent files: every locale has every id, parses cleanly, and is really translated.

use std::collections::BTreeSet;

use digiready::i18n::Catalog;
use digiready::locale::Locale;

use crate::util;

#[test]
fn every_locale_parses_and_has_every_id() {
    let catalog = Catalog::from_dir(&util::root().join("locales"))
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
    let disk = Catalog::from_dir(&util::root().join("locales")).expect("locales parse");
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
