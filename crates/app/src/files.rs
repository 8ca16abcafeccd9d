//! What people hand in from disk, read the careful way (`digiready_i18n::textfile`): a text
//! file at most so large, the Fluent files of a folder of locales, a questionnaire definition
//! in a folder. The layers below never open a file.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use digiready_i18n::locale::Locale;
use digiready_i18n::textfile::{decode, TextFileError};
use digiready_i18n::{Catalog, CatalogError, FtlFile, MAX_FTL_BYTES};
use digiready_model::instrument::{
    load_files, Instrument, Problem, ProblemKind, Problems, MAIN_FILE, MAX_FILE_BYTES,
    PRACTICES_FILE, QUESTIONS_DIR,
};

/// Reads the text file at `path`, at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, TextFileError> {
    let unreadable = |e: std::io::Error| TextFileError::Unreadable {
        kind: e.kind(),
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(TextFileError::TooLarge { limit });
    }
    decode(bytes)
}

/// Reads `<dir>/<locale>/*.ftl` for every shipped locale.
pub fn catalog_from_dir(dir: &Path) -> Result<Catalog, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut all = BTreeMap::new();
    for locale in Locale::ALL {
        let sub = dir.join(locale.tag());
        let mut files = Vec::new();
        match std::fs::read_dir(&sub) {
            Ok(entries) => {
                let mut paths: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect();
                paths.sort();
                for path in paths {
                    match read_text(&path, MAX_FTL_BYTES) {
                        Ok(text) => files.push(FtlFile { path, text }),
                        Err(error) => errors.push(CatalogError::File { path, error }),
                    }
                }
            }
            Err(_) => errors.push(CatalogError::MissingLocale { path: sub, locale }),
        }
        all.insert(locale, files);
    }
    match Catalog::from_files(all) {
        Ok(catalog) if errors.is_empty() => Ok(catalog),
        Ok(_) => Err(errors),
        Err((_, more)) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// A definition in a folder on disk (`instrument.toml` and `questions/*.toml`).
pub fn load_instrument_dir(dir: &Path, catalog: &Catalog) -> Result<Instrument, Problems> {
    let mut files = BTreeMap::new();
    let mut problems = Vec::new();
    let mut paths = vec![PathBuf::from(MAIN_FILE)];
    if dir.join(PRACTICES_FILE).exists() {
        paths.push(PathBuf::from(PRACTICES_FILE));
    }
    match std::fs::read_dir(dir.join(QUESTIONS_DIR)) {
        Ok(entries) => {
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| Path::new(QUESTIONS_DIR).join(e.file_name()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect();
            found.sort();
            paths.extend(found);
        }
        Err(e) => problems.push(Problem {
            file: dir.join(QUESTIONS_DIR),
            question: None,
            kind: ProblemKind::Unreadable {
                reason: e.to_string(),
            },
        }),
    }
    for rel in paths {
        match read_text(&dir.join(&rel), MAX_FILE_BYTES) {
            Ok(text) => {
                files.insert(rel, text);
            }
            Err(e) => problems.push(Problem {
                file: dir.join(&rel),
                question: None,
                kind: e.into(),
            }),
        }
    }
    let all_read = problems.is_empty();
    match load_files(dir, files, all_read, catalog) {
        Ok(instrument) if problems.is_empty() => Ok(instrument),
        Ok(_) => Err(Problems(problems)),
        Err(Problems(more)) => {
            problems.extend(more);
            Err(Problems(problems))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("big.json");
        std::fs::write(&path, vec![b' '; 11]).expect("write");
        assert_eq!(
            read_text(&path, 10),
            Err(TextFileError::TooLarge { limit: 10 })
        );
        assert_eq!(read_text(&path, 11).map(|t| t.len()), Ok(11));
    }
}
