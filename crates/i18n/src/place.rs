//! Provinces and regions of Viet Nam and Lao PDR (`assets/places/places.toml`): the province an
//! enterprise is registered in, the region an anonymized export generalises it to, and the
//! places a benchmark row can describe.
//!
//! The register stores what was chosen or typed. [`Places::resolve`] finds the province it
//! means — by id, by its name in any shipped language, or by the name of a province merged
//! into it in 2025 — ignoring case, Vietnamese diacritics and prefixes such as "Tỉnh".

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::locale::Locale;
use crate::Catalog;

const PLACES_TOML: &str = include_str!("../../../assets/places/places.toml");

/// A province (or centrally-run city) and its region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    pub id: String,
    pub region: String,
    /// Names of the provinces merged into this one (Viet Nam, 2025), and common other names.
    #[serde(default)]
    pub former: Vec<String>,
    #[serde(skip)]
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub country: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    region: Vec<Region>,
    province: Vec<Province>,
}

/// Every known province and region, with an index of the names they are known by.
#[derive(Debug)]
pub struct Places {
    provinces: Vec<Province>,
    regions: Vec<Region>,
    /// Folded name → index into `provinces`, per country.
    names: HashMap<(String, String), usize>,
}

/// A Lao mark written above or below its consonant (vowel signs, tone marks, ໍ, ຼ).
fn is_lao_mark(c: char) -> bool {
    matches!(c, '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}')
}

/// The key a typed name is compared by: lower case, Vietnamese diacritics and đ dropped, every
/// character that is not a letter, a digit or Lao removed ("TP. Hồ Chí Minh" → "tphochiminh").
/// Lao is folded to one of its common spellings: ຳ as ໍ + າ (compatibility decomposition, as
/// ໜ → ຫນ and ໝ → ຫມ), the subscript ຼ as ລ (ຫຼ → ຫລ), and the marks on one consonant in one
/// order (ນ້ຳ and ນໍ້າ alike).
pub fn fold(text: &str) -> String {
    folded(text, false)
}

/// As [`fold`], but Vietnamese marks and đ are kept (decomposed): "Hòa" and "hóa" differ.
pub fn fold_case(text: &str) -> String {
    folded(text, true)
}

/// Whether `search` finds `text`: a part of it, compared by [`fold`] when the search is typed
/// without Vietnamese marks ("duc" finds "Đức"), by [`fold_case`] when it has them ("Hòa"
/// does not find "hóa").
pub fn text_matches(text: &str, search: &str) -> bool {
    let with_marks = fold_case(search);
    if with_marks == fold(search) {
        fold(text).contains(&with_marks)
    } else {
        fold_case(text).contains(&with_marks)
    }
}

fn folded(text: &str, keep_marks: bool) -> String {
    let mut out: Vec<char> = text
        .nfkd()
        .filter(|c| keep_marks || !('\u{0300}'..='\u{036F}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'đ' if !keep_marks => 'd',
            '\u{0EBC}' => '\u{0EA5}',
            c => c,
        })
        .filter(|c| {
            c.is_alphanumeric()
                || ('\u{0E80}'..='\u{0EFF}').contains(c)
                || (keep_marks && ('\u{0300}'..='\u{036F}').contains(c))
        })
        .collect();
    let mut i = 0;
    while i < out.len() {
        let run = out[i..].iter().take_while(|c| is_lao_mark(**c)).count();
        out[i..i + run].sort_unstable();
        i += run.max(1);
    }
    out.into_iter().collect()
}

/// Words that may come before a province's name and are not part of it.
const PREFIXES: &[&str] = &[
    "tinh",
    "thanhpho",
    "tp",
    "province",
    "city",
    "ແຂວງ",
    "ນະຄອນ",
];

impl Places {
    /// The places compiled into the binary, names from the embedded `places.ftl` files (not
    /// the whole catalog, which the caller has parsed already).
    pub fn embedded() -> &'static Places {
        static PLACES: OnceLock<Places> = OnceLock::new();
        PLACES.get_or_init(|| {
            Places::parse(PLACES_TOML, &Catalog::embedded_file("places.ftl"))
                .expect("assets/places/places.toml is checked by the tests")
        })
    }

    /// Reads a places file; names are indexed from `catalog` (`province-<id>` in every locale).
    pub fn parse(text: &str, catalog: &Catalog) -> Result<Places, String> {
        let file: PlacesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let PlacesFile {
            region: regions,
            province: mut provinces,
        } = file;
        for p in &mut provinces {
            let region = regions
                .iter()
                .find(|r| r.id == p.region)
                .ok_or_else(|| format!("province {}: unknown region {}", p.id, p.region))?;
            p.country = region.country.clone();
        }
        let mut names: HashMap<(String, String), usize> = HashMap::new();
        for (i, p) in provinces.iter().enumerate() {
            let mut known = vec![p.id.clone()];
            known.extend(p.former.iter().cloned());
            let key = format!("province-{}", p.id);
            for locale in Locale::ALL {
                if catalog.has(locale, &key) {
                    known.push(catalog.text(locale, &key));
                }
            }
            for name in known {
                let folded = fold(&name);
                if let Some(&j) = names.get(&(p.country.clone(), folded.clone())) {
                    if j != i {
                        return Err(format!(
                            "the name {name} is used by {} and {}",
                            provinces[j].id, p.id
                        ));
                    }
                }
                names.insert((p.country.clone(), folded), i);
            }
        }
        let mut ids: Vec<&str> = provinces.iter().map(|p| p.id.as_str()).collect();
        ids.extend(regions.iter().map(|r| r.id.as_str()));
        ids.sort_unstable();
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("the id {} is used twice", w[0]));
        }
        Ok(Places {
            provinces,
            regions,
            names,
        })
    }

    pub fn provinces<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Province> {
        self.provinces.iter().filter(move |p| p.country == country)
    }

    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    pub fn province(&self, id: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.id == id)
    }

    pub fn is_region(&self, id: &str) -> bool {
        self.regions.iter().any(|r| r.id == id)
    }

    /// The province of `country` that `typed` names, if any.
    pub fn resolve(&self, country: &str, typed: &str) -> Option<&Province> {
        let folded = fold(typed);
        let lookup = |key: &str| {
            self.names
                .get(&(country.to_string(), key.to_string()))
                .map(|&i| &self.provinces[i])
        };
        lookup(&folded).or_else(|| {
            PREFIXES
                .iter()
                .find_map(|p| {
                    folded
                        .strip_prefix(&fold(p))
                        .filter(|rest| !rest.is_empty())
                })
                .and_then(lookup)
        })
    }

    /// The provinces of `country` whose names come closest to `typed` (at most `n`, closest
    /// first, by edit distance between folded names, in any language): what to offer when
    /// `typed` names none.
    pub fn suggest(&self, country: &str, typed: &str, n: usize) -> Vec<&Province> {
        let folded: Vec<char> = fold(typed).chars().collect();
        let mut best: HashMap<usize, usize> = HashMap::new();
        for ((c, name), &i) in &self.names {
            if c != country {
                continue;
            }
            let name: Vec<char> = name.chars().collect();
            let d = edit_distance(&folded, &name);
            best.entry(i).and_modify(|b| *b = (*b).min(d)).or_insert(d);
        }
        let mut ranked: Vec<(usize, &str, usize)> = best
            .into_iter()
            .map(|(i, d)| (d, self.provinces[i].id.as_str(), i))
            .collect();
        ranked.sort_unstable();
        ranked
            .into_iter()
            .take(n)
            .map(|(_, _, i)| &self.provinces[i])
            .collect()
    }

    /// The region of the province `typed` names in `country`.
    pub fn region_of(&self, country: &str, typed: &str) -> Option<&str> {
        self.resolve(country, typed).map(|p| p.region.as_str())
    }
}

/// Levenshtein distance: insertions, deletions and substitutions of one character.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances_count_single_changes() {
        let d = |a: &str, b: &str| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("kitten", "sitting"), 3);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("cantho", "cantho"), 0);
    }

    #[test]
    fn typed_names_find_their_province() {
        let places = Places::embedded();
        for (country, typed, id) in [
            ("VN", "Hà Nội", "ha_noi"),
            ("VN", "ha noi", "ha_noi"),
            ("VN", "HA_NOI", "ha_noi"),
            ("VN", "Thành phố Hồ Chí Minh", "ho_chi_minh"),
            ("VN", "TP. Hồ Chí Minh", "ho_chi_minh"),
            ("VN", "Bình Dương", "ho_chi_minh"),
            ("VN", "Tỉnh Hà Giang", "tuyen_quang"),
            // Decomposed (NFD) input as some keyboards produce it.
            ("VN", "Ca\u{300}n Tho\u{31b}\u{300}", "can_tho"),
            ("LA", "ນະຄອນຫຼວງວຽງຈັນ", "vientiane_capital"),
            ("LA", "ແຂວງຈຳປາສັກ", "champasak"),
            ("LA", "Luang Prabang", "luang_prabang"),
        ] {
            assert_eq!(
                places.resolve(country, typed).map(|p| p.id.as_str()),
                Some(id),
                "{typed}"
            );
        }
        // Lao spelt the other common ways: ໍ + າ for ຳ, ຫ + ລ for ຫຼ, ຫ + ນ for ໜ.
        for (typed, id) in [
            ("ຈໍາປາສັກ", "champasak"),
            ("ແຂວງຈໍາປາສັກ", "champasak"),
            ("ນະຄອນຫລວງວຽງຈັນ", "vientiane_capital"),
            ("ຫລວງພະບາງ", "luang_prabang"),
            ("ຫຼວງນໍ້າທາ", "luang_namtha"),
            ("ຫລວງນ້ຳທາ", "luang_namtha"),
        ] {
            assert_eq!(
                places.resolve("LA", typed).map(|p| p.id.as_str()),
                Some(id),
                "{typed}"
            );
        }
        assert_eq!(places.resolve("LA", "Hà Nội"), None);
        // Misspelt: the closest names are offered.
        let ids = |typed: &str, country: &str| -> Vec<String> {
            places
                .suggest(country, typed, 3)
                .iter()
                .map(|p| p.id.clone())
                .collect()
        };
        assert_eq!(ids("Can Thoo", "VN")[0], "can_tho");
        assert_eq!(ids("Champasack", "LA")[0], "champasak");
        assert_eq!(ids("Xyzabc", "VN").len(), 3);
        assert_eq!(places.resolve("VN", "Tỉnh"), None);
        assert_eq!(places.resolve("VN", "12 Nguyễn Trãi"), None);
    }

    #[test]
    fn every_province_has_a_region_of_its_country() {
        let places = Places::embedded();
        assert_eq!(places.provinces("VN").count(), 34);
        assert_eq!(places.provinces("LA").count(), 18);
        for p in places.provinces("VN").chain(places.provinces("LA")) {
            assert!(places.is_region(&p.region));
        }
    }
}
