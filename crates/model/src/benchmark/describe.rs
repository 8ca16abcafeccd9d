//! Benchmark groups and provenance in words, for people (CLI, PDF, desktop).

use super::{Group, Provenance};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};

/// "small firms in Retail and wholesale trade", "all firms", with the region or province.
pub fn group_text(catalog: &Catalog, locale: Locale, g: &Group) -> String {
    let sector = g
        .sector
        .as_ref()
        .map(|s| catalog.text(locale, &format!("sector-{s}")));
    let size = g
        .size
        .as_ref()
        .map(|s| catalog.text(locale, &format!("size-{s}")));
    let id = match (&sector, &size) {
        (Some(_), Some(_)) => "group-sector-size",
        (Some(_), None) => "group-sector",
        (None, Some(_)) => "group-size",
        (None, None) => "group-all",
    };
    let args = Args::new()
        .text("sector", sector.unwrap_or_default())
        .text("size", size.unwrap_or_default());
    let text = catalog.format(locale, id, &args);
    match &g.region {
        // A region id of a pack (e.g. mekong_river_delta) has a name; a province is its name.
        Some(r) => {
            let key = format!("region-{r}");
            let region = if catalog.has(Locale::FALLBACK, &key) {
                catalog.text(locale, &key)
            } else {
                r.clone()
            };
            catalog.format(
                locale,
                "group-in-region",
                &Args::new().text("group", text).text("region", region),
            )
        }
        None => text,
    }
}

/// "modelled, not measured; secondary source; provisional; <citation up to its first clause>".
pub fn provenance_text(catalog: &Catalog, locale: Locale, p: &Provenance) -> String {
    let mut parts = vec![catalog.text(locale, &format!("provenance-{}", p.kind.as_str()))];
    if p.secondary {
        parts.push(catalog.text(locale, "provenance-secondary"));
    }
    if p.provisional {
        parts.push(catalog.text(locale, "provenance-provisional"));
    }
    parts.push(p.source.split(';').next().unwrap_or_default().to_string());
    parts.join("; ")
}
