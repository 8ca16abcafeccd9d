//! Localization: the Fluent catalog of every shipped locale, with fallback to English.
//!
//! Invariants:
//! - Unicode isolation marks are off (they show as boxes in PDFs and terminals).
//! - A message missing in a locale falls back to English and is logged; missing in English too,
//!   the id itself is returned. Looking up a message never fails.
//! - Numbers and dates are formatted with ICU4X ([`format`]), never with Fluent's `NUMBER`,
//!   which ignores the locale.

pub mod format;
pub mod locale;
pub mod place;
pub mod textfile;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};

use crate::locale::Locale;

static EMBEDDED_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// One Fluent source file: where it came from and its text.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// Path shown in problems, e.g. `locales/vi/instrument.ftl`.
    pub path: PathBuf,
    pub text: String,
}

/// A problem found while reading the Fluent files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("{path}: {error}")]
    File {
        path: PathBuf,
        error: crate::textfile::TextFileError,
    },
    #[error("{path}: placeables are nested more than {max} deep")]
    TooDeep { path: PathBuf, max: usize },
    #[error("{path}: Fluent syntax error: {reason}")]
    Syntax { path: PathBuf, reason: String },
    #[error("{path}: message {id:?} is defined twice")]
    Duplicate { path: PathBuf, id: String },
    #[error("{path}: no folder for locale {locale}")]
    MissingLocale { path: PathBuf, locale: Locale },
}

/// Arguments for a message. Text arguments are inserted as they are; counts are numbers so
/// that Fluent can choose a plural form (Vietnamese and Lao have only `other`).
#[derive(Debug, Default)]
pub struct Args<'a>(Vec<(&'a str, FluentValue<'a>)>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A text argument, already formatted for the locale where it is a number or date.
    pub fn text(mut self, name: &'a str, value: impl Into<String>) -> Self {
        self.0.push((name, FluentValue::from(value.into())));
        self
    }

    /// Text that came from a file or a person (an id, a name, a parser's reason quoting the
    /// file), made safe to show: see [`shown`].
    pub fn input(self, name: &'a str, value: &str) -> Self {
        self.text(name, shown(value))
    }

    /// A count, used for plural selection and shown as a plain integer.
    pub fn count(mut self, name: &'a str, value: usize) -> Self {
        self.0.push((name, FluentValue::from(value)));
        self
    }

    fn to_fluent(&self) -> FluentArgs<'a> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.0 {
            args.set(*name, value.clone());
        }
        args
    }
}

/// At most this many characters of a value from a file are shown in a message.
pub const SHOWN_CHARS: usize = 200;

/// A value from a file or a person as a message shows it: control characters and the
/// invisible marks that reorder text are written as escapes (`\u{1b}`), so that they can
/// neither drive the terminal nor hide or reorder the rest of the message, and a value longer
/// than [`SHOWN_CHARS`] characters is cut, ending in "…".
pub fn shown(value: &str) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == SHOWN_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else if is_unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A control character, or a mark that changes the direction of text (none is needed in en,
/// vi or lo): characters that text shown to people should not carry.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The largest Fluent file read from a folder (the largest shipped one is under 40 KB).
pub const MAX_FTL_BYTES: u64 = 1024 * 1024;

/// Placeables (`{ … }`) nested deeper than this in one message are refused before parsing:
/// the Fluent parser recurses once per level and a hostile file could exhaust the stack.
/// Real messages nest two or three levels (a selector with a variable inside a variant).
pub const MAX_FTL_NESTING: usize = 20;

/// The messages of every shipped locale.
pub struct Catalog {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    /// Every message id per locale, attributes as `message.attribute`.
    ids: BTreeMap<Locale, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field(
                "ids",
                &self.ids.values().map(BTreeSet::len).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The catalog compiled into the binary from `locales/`.
    pub fn embedded() -> Catalog {
        Catalog::embedded_where(|_| true)
    }

    /// Only the embedded `<locale>/<file_name>` of each locale (e.g. `places.ftl`): for a
    /// module that needs a few messages without parsing every file again.
    pub fn embedded_file(file_name: &str) -> Catalog {
        Catalog::embedded_where(|path| path.file_name().is_some_and(|n| n == file_name))
    }

    fn embedded_where(keep: impl Fn(&Path) -> bool) -> Catalog {
        let files = Locale::ALL
            .iter()
            .map(|&locale| {
                let files = EMBEDDED_LOCALES
                    .get_dir(locale.tag())
                    .map(|dir| {
                        dir.files()
                            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                            .filter(|f| keep(f.path()))
                            .map(|f| FtlFile {
                                path: Path::new("locales").join(f.path()),
                                text: f.contents_utf8().unwrap_or_default().to_string(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                (locale, files)
            })
            .collect();
        // The embedded files are checked by the test suite, so a problem here is a build defect;
        // keep whatever parsed rather than refuse to start.
        match Catalog::from_files(files) {
            Ok(catalog) => catalog,
            Err((catalog, errors)) => {
                for e in errors {
                    log::error!("embedded locale files: {e}");
                }
                catalog
            }
        }
    }

    /// Builds the catalog from source files; on problems, returns what could be built too.
    #[allow(clippy::type_complexity)]
    pub fn from_files(
        files: BTreeMap<Locale, Vec<FtlFile>>,
    ) -> Result<Catalog, (Catalog, Vec<CatalogError>)> {
        let mut errors = Vec::new();
        let mut bundles = BTreeMap::new();
        let mut ids = BTreeMap::new();
        for locale in Locale::ALL {
            let langid: unic_langid::LanguageIdentifier = locale
                .tag()
                .parse()
                .expect("shipped locale tags are valid language identifiers");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut locale_ids = BTreeSet::new();
            let mut defined = BTreeSet::new();
            for file in files.get(&locale).into_iter().flatten() {
                if nesting(&file.text) > MAX_FTL_NESTING {
                    errors.push(CatalogError::TooDeep {
                        path: file.path.clone(),
                        max: MAX_FTL_NESTING,
                    });
                    continue;
                }
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        for e in errs {
                            errors.push(CatalogError::Syntax {
                                path: file.path.clone(),
                                reason: describe_parse_error(&file.text, &e),
                            });
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_string();
                        if !defined.insert(id.clone()) {
                            errors.push(CatalogError::Duplicate {
                                path: file.path.clone(),
                                id: id.clone(),
                            });
                        }
                        // A message without a value of its own (attributes only) does not count as
                        // defining the message id: looking it up would fall back to English.
                        if m.value.is_some() {
                            locale_ids.insert(id.clone());
                        }
                        for attr in &m.attributes {
                            locale_ids.insert(format!("{id}.{}", attr.id.name));
                        }
                    }
                }
                // Duplicates were reported above; `add_resource` keeps the first definition.
                let _duplicates = bundle.add_resource(resource);
            }
            bundles.insert(locale, bundle);
            ids.insert(locale, locale_ids);
        }
        let catalog = Catalog { bundles, ids };
        if errors.is_empty() {
            Ok(catalog)
        } else {
            Err((catalog, errors))
        }
    }

    /// Whether `locale` defines `id` (`message` or `message.attribute`).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.ids.get(&locale).is_some_and(|ids| ids.contains(id))
    }

    /// Every id defined in `locale`.
    pub fn ids(&self, locale: Locale) -> impl Iterator<Item = &str> {
        self.ids
            .get(&locale)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// The message `id` (or `message.attribute`) in `locale`, falling back to English and
    /// then to the id itself.
    pub fn text(&self, locale: Locale, id: &str) -> String {
        self.format(locale, id, &Args::new())
    }

    /// Like [`Catalog::text`], with arguments.
    pub fn format(&self, locale: Locale, id: &str, args: &Args<'_>) -> String {
        if let Some(s) = self.try_format(locale, id, args) {
            return s;
        }
        if locale != Locale::FALLBACK {
            log::warn!(
                "message {id:?} is missing in locale {locale}; using {}",
                Locale::FALLBACK
            );
            if let Some(s) = self.try_format(Locale::FALLBACK, id, args) {
                return s;
            }
        }
        log::warn!("message {id:?} is missing in every locale");
        id.to_string()
    }

    /// Message `id` of `locale` as a person would read it, for checking a definition: its text
    /// with no arguments given, and why it cannot show in full — a reference to a message or
    /// term that does not exist, a cycle of references, too many placeables (a chain that
    /// multiplies the text). Arguments left out are not problems. `None` when `locale` does
    /// not define the message.
    pub fn inspect(&self, locale: Locale, id: &str) -> Option<(String, Vec<String>)> {
        use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
        use fluent_bundle::FluentError;
        let bundle = self.bundles.get(&locale)?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = bundle.get_message(message_id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        let problems = errors
            .into_iter()
            .filter(|e| {
                !matches!(
                    e,
                    FluentError::ResolverError(ResolverError::Reference(
                        ReferenceKind::Variable { .. }
                    ))
                )
            })
            .map(|e| match e {
                FluentError::ResolverError(e) => e.to_string(),
                e => e.to_string(),
            })
            .collect();
        Some((text.into_owned(), problems))
    }

    fn try_format(&self, locale: Locale, id: &str, args: &Args<'_>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = bundle.get_message(message_id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let fluent_args = args.to_fluent();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        for e in errors {
            log::warn!("message {id:?} in locale {locale}: {e}");
        }
        Some(text.into_owned())
    }
}

impl Catalog {
    /// Why a file or folder could not be read or written, in the reader's language: the
    /// common causes (a full disk, a read-only folder, no permission, nothing there) in words,
    /// anything else as the operating system words it.
    pub fn io_reason(&self, locale: Locale, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let id = match e.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "io-error-disk-full",
            K::ReadOnlyFilesystem => "io-error-read-only",
            K::PermissionDenied => "io-error-permission",
            K::NotFound => "io-error-not-found",
            _ => return e.to_string(),
        };
        self.text(locale, id)
    }
}

/// The deepest nesting of braces within one entry of a Fluent file. An entry starts on a line
/// that begins with a letter, `-` (a term) or `#` (a comment); a brace inside a string literal
/// counts too, which can only make the figure larger than the parser's.
fn nesting(text: &str) -> usize {
    let mut deepest = 0;
    let mut depth = 0usize;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            depth = 0;
        }
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    deepest
}

fn describe_parse_error(text: &str, e: &fluent_syntax::parser::ParserError) -> String {
    let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
    format!("line {line}: {}", e.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(en: &str, vi: &str) -> Catalog {
        let mut files = BTreeMap::new();
        for (locale, text) in [(Locale::En, en), (Locale::Vi, vi), (Locale::Lo, "")] {
            files.insert(
                locale,
                vec![FtlFile {
                    path: PathBuf::from(format!("{locale}.ftl")),
                    text: text.to_string(),
                }],
            );
        }
        Catalog::from_files(files).expect("valid test catalog")
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let c = catalog("hello = Hello\n    .tip = Tip\n", "hello = Xin chào\n");
        assert_eq!(c.text(Locale::Vi, "hello"), "Xin chào");
        assert_eq!(c.text(Locale::Lo, "hello"), "Hello");
        assert_eq!(c.text(Locale::Vi, "hello.tip"), "Tip");
        assert_eq!(c.text(Locale::Vi, "nowhere"), "nowhere");
        assert!(c.has(Locale::En, "hello.tip"));
        assert!(!c.has(Locale::Vi, "hello.tip"));
    }

    #[test]
    fn a_message_with_attributes_only_does_not_define_its_value() {
        let c = catalog(
            "q = Question\n    .help = Help\n",
            "q =\n    .help = Giúp\n",
        );
        assert!(!c.has(Locale::Vi, "q"));
        assert!(c.has(Locale::Vi, "q.help"));
        assert_eq!(c.text(Locale::Vi, "q"), "Question");
    }

    #[test]
    fn values_from_files_are_shown_escaped_and_cut() {
        assert_eq!(shown("cl-files"), "cl-files");
        assert_eq!(shown("a\u{1b}[2J\n\u{202e}b"), "a\\u{1b}[2J\\n\\u{202e}b");
        let long = shown(&"q".repeat(1000));
        assert_eq!(long.chars().count(), SHOWN_CHARS + 1);
        assert!(long.ends_with("q…"));
    }

    #[test]
    fn deeply_nested_placeables_are_refused_before_parsing() {
        let deep = format!("x = {}\"a\"{}\n", "{ ".repeat(5000), " }".repeat(5000));
        let mut files = BTreeMap::new();
        files.insert(
            Locale::En,
            vec![FtlFile {
                path: PathBuf::from("en.ftl"),
                text: format!(
                    "ok = {{ $n ->\n    [one] {{ $n }}\n   *[other] {{ \"{{\" }}\n}}\n{deep}"
                ),
            }],
        );
        let Err((catalog, errors)) = Catalog::from_files(files) else {
            panic!("a file nested 5000 deep was read");
        };
        assert_eq!(
            errors,
            vec![CatalogError::TooDeep {
                path: PathBuf::from("en.ftl"),
                max: MAX_FTL_NESTING
            }]
        );
        assert!(
            !catalog.has(Locale::En, "ok"),
            "the file is not read at all"
        );
        assert_eq!(nesting("a = { $n ->\n   *[x] { \"{\" }\n}\nb = c\n"), 3);
    }

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let c = catalog("greet = Hi { $name }!\n", "");
        let s = c.format(Locale::En, "greet", &Args::new().text("name", "Lan"));
        assert_eq!(s, "Hi Lan!");
    }
}
