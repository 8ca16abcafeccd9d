//! The definition's wording: every message it needs exists in every locale and reads right.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::problems::{shape, ProblemKind};
use super::*;
use super::{Instrument, QuestionKind};
use digiready_i18n::locale::Locale;
use digiready_i18n::Catalog;

/// What keeps message `id` of `locale` from reading right: references that do not resolve or
/// multiply the text, control characters, decomposed (NFD) letters, and — in Lao — text typed
/// with an old pre-Unicode Lao font, which shows as Latin letters (e.g. "ÃÒ¡").
pub(super) fn text_problems(catalog: &Catalog, locale: Locale, id: &str) -> Vec<ProblemKind> {
    use unicode_normalization::is_nfc;
    let Some((text, broken)) = catalog.inspect(locale, id) else {
        return Vec::new();
    };
    let args = |more: &[(&'static str, String)]| {
        let mut args = vec![("id", id.to_string()), ("locale", locale.tag().to_string())];
        args.extend_from_slice(more);
        args
    };
    let mut problems: Vec<ProblemKind> = broken
        .into_iter()
        .map(|reason| shape("message-broken", &args(&[("reason", reason)])))
        .collect();
    // Line breaks are how a pattern spans lines; anything else would drive a terminal or hide
    // text.
    if text
        .chars()
        .any(|c| c != '\n' && digiready_i18n::is_unsafe_char(c))
    {
        problems.push(shape("message-control", &args(&[])));
    }
    if !is_nfc(&text) {
        problems.push(shape("message-not-nfc", &args(&[])));
    }
    let latin1_letter = |c: &char| ('\u{C0}'..='\u{FF}').contains(c) && c.is_alphabetic();
    let lao_letter = |c: char| ('\u{0E80}'..='\u{0EFF}').contains(&c);
    if locale == Locale::Lo
        && text.chars().any(|c| latin1_letter(&c))
        && !text.chars().any(lao_letter)
    {
        let sample: String = text.chars().filter(latin1_letter).take(6).collect();
        problems.push(shape("message-legacy-lao", &args(&[("sample", sample)])));
    }
    problems
}

/// (message id, file that needs it, question) for every message the definition refers to.
pub(super) fn required_messages(
    instrument: &Instrument,
    where_from: &BTreeMap<String, PathBuf>,
    action_files: &BTreeMap<String, PathBuf>,
    main_path: &Path,
) -> Vec<(String, PathBuf, Option<String>)> {
    let main = || main_path.to_path_buf();
    let mut out = Vec::new();
    for level in 1..=5 {
        out.push((format!("level-{level}"), main(), None));
        out.push((format!("level-{level}.description"), main(), None));
    }
    for area in &instrument.areas {
        out.push((area.message_id(), main(), None));
        out.push((format!("{}.description", area.message_id()), main(), None));
    }
    for sector in &instrument.sectors {
        out.push((sector.message_id(), main(), None));
    }
    for effort in ["low", "medium", "high"] {
        out.push((format!("effort-{effort}"), main(), None));
    }
    for cost in ["free", "low", "medium", "high"] {
        out.push((format!("cost-{cost}"), main(), None));
        out.push((format!("cost-{cost}.description"), main(), None));
    }
    for days in super::HORIZONS {
        out.push((format!("horizon-{days}"), main(), None));
    }
    for practice in &instrument.practices {
        out.push((practice.message_id(), PathBuf::from(PRACTICES_FILE), None));
    }
    for indicator in &instrument.indicators {
        out.push((indicator.message_id(), PathBuf::from(PRACTICES_FILE), None));
    }
    for action in &instrument.actions {
        let file = action_files.get(&action.id).cloned().unwrap_or_else(main);
        out.push((action.message_id(), file.clone(), None));
        out.push((format!("{}.step", action.message_id()), file, None));
    }
    for country in &instrument.countries {
        out.push((format!("country-{}", country.code), main(), None));
        for band in &country.size_bands {
            out.push((format!("size-{}", band.id), main(), None));
        }
    }
    for q in &instrument.questions {
        let file = where_from.get(&q.id).cloned().unwrap_or_else(main);
        let qid = Some(q.id.clone());
        out.push((q.message_id(), file.clone(), qid.clone()));
        out.push((
            format!("{}.help", q.message_id()),
            file.clone(),
            qid.clone(),
        ));
        for c in q.kind.choices() {
            out.push((q.choice_message_id(&c.id), file.clone(), qid.clone()));
        }
        if let QuestionKind::Number { .. } = q.kind {
            out.push((
                format!("{}.unit", q.message_id()),
                file.clone(),
                qid.clone(),
            ));
        }
    }
    out
}
