//! The manifest: its format first, then every field against what the writer makes.

use super::*;
use digiready_model::release::manifest::{Manifest, ANSWERS, ASSESSMENTS, FORMAT, KIND, SCHEMA};
use digiready_model::release::record::{is_id, YEARS};

pub(super) fn parse_manifest(bytes: &[u8]) -> Result<Manifest, ImportError> {
    // The format and kind first, so that a newer format is named as such even when the rest
    // of its manifest has changed.
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ImportError::BadManifest(e.to_string()))?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return Err(ImportError::NotAnExport);
    }
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ImportError::BadManifest("no format".into()))?;
    if format > u64::from(FORMAT) {
        return Err(ImportError::NewerFormat {
            found: u32::try_from(format).unwrap_or(u32::MAX),
            supported: FORMAT,
        });
    }
    let manifest: Manifest =
        serde_json::from_value(value).map_err(|e| ImportError::BadManifest(e.to_string()))?;
    if !is_id(&manifest.export_id)
        || !manifest
            .areas
            .iter()
            .chain(&manifest.practices)
            .all(|id| is_id(id))
        || !manifest.instrument_versions.iter().all(|v| is_id(v))
    {
        return Err(ImportError::BadManifest("an id is not well formed".into()));
    }
    check_manifest_fields(&manifest).map_err(|what| ImportError::BadManifest(what.into()))?;
    Ok(manifest)
}

/// A period label as the writer makes it ("2026-Q3", or "2026" where the quarter was not
/// released, in [`YEARS`]) as its year and quarter.
pub(super) fn period(label: &str) -> Option<(i32, Option<u8>)> {
    let (year, quarter) = match label.split_once("-Q") {
        Some((y, q)) => (y, Some(q)),
        None => (label, None),
    };
    let year = year
        .parse::<i32>()
        .ok()
        .filter(|y| year.len() == 4 && YEARS.contains(y))?;
    let quarter = match quarter {
        None => None,
        Some(q @ ("1" | "2" | "3" | "4")) => q.parse().ok(),
        Some(_) => return None,
    };
    Some((year, quarter))
}

/// Every manifest field within what the writer makes: its text is stored and shown at the
/// agency, so nothing long, odd or out of range gets in. Says which field is wrong.
pub(super) fn check_manifest_fields(m: &Manifest) -> Result<(), &'static str> {
    let created = m
        .created
        .split('-')
        .map(|p| {
            p.parse::<u32>()
                .ok()
                .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect::<Option<Vec<u32>>>();
    let date_ok = m.created.len() == 10
        && created.is_some_and(|d| {
            d.len() == 3
                && i32::try_from(d[0]).is_ok_and(|y| YEARS.contains(&y))
                && (1..=12).contains(&d[1])
                && (1..=31).contains(&d[2])
        });
    if !date_ok {
        return Err("created is not a date (YYYY-MM-DD) of 2000 to 2100");
    }
    if m.app_version.is_empty()
        || m.app_version.len() > 32
        || !m
            .app_version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
    {
        return Err("app_version is not a version number");
    }
    if let Some(p) = &m.period {
        let span = period(&p.from).zip(period(&p.to));
        // A year stands for its first quarter as the start and its last as the end.
        if span.is_none_or(|((y1, q1), (y2, q2))| (y1, q1.unwrap_or(1)) > (y2, q2.unwrap_or(4))) {
            return Err("period is not a span of quarters or years of 2000 to 2100");
        }
    }
    let a = &m.anonymity;
    let ids = |list: &[String], max: usize| list.len() <= max && list.iter().all(|i| is_id(i));
    // Quasi-identifiers name a column, or an observable trait as "observable:<id>".
    let quasi_ok = a.quasi_identifiers.len() <= 16
        && a.quasi_identifiers
            .iter()
            .all(|q| is_id(q.strip_prefix("observable:").unwrap_or(q)));
    if !quasi_ok || !ids(&a.observable, 16) || !ids(&a.sensitive, 16) {
        return Err("an anonymity trait list is not a short list of ids");
    }
    if m.instrument_versions.len() > 64 || m.areas.len() > 64 || m.practices.len() > 256 {
        return Err("a list is longer than any questionnaire has");
    }
    if m.members.len() > 3
        || !m.members.iter().all(|x| {
            [ASSESSMENTS, ANSWERS, SCHEMA].contains(&x.name.as_str())
                && x.sha256.len() == 64
                && x.sha256.bytes().all(|b| b.is_ascii_hexdigit())
        })
    {
        return Err("members lists something an export does not hold");
    }
    Ok(())
}
