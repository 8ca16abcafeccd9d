//! The languages DigiReady ships, and how a user's choice is read.

use std::fmt;
use std::str::FromStr;

/// A shipped language. English is the fallback for any missing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    Vi,
    Lo,
}

impl Locale {
    /// Every shipped locale, fallback first.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Vi, Locale::Lo];
    /// The locale whose messages fill in for any that another locale lacks.
    pub const FALLBACK: Locale = Locale::En;

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Vi => "vi",
            Locale::Lo => "lo",
        }
    }

    /// Reads a POSIX locale value such as `vi_VN.UTF-8` or a tag such as `lo-LA`;
    /// `None` when the language is not one DigiReady ships.
    pub fn from_posix(value: &str) -> Option<Locale> {
        let lang = value.split(['_', '-', '.', '@']).next().unwrap_or_default();
        lang.parse().ok()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag that DigiReady does not ship.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported locale {0:?} (expected one of: en, vi, lo)")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Locale::En),
            "vi" => Ok(Locale::Vi),
            "lo" => Ok(Locale::Lo),
            _ => Err(UnknownLocale(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_posix_values() {
        assert_eq!(Locale::from_posix("vi_VN.UTF-8"), Some(Locale::Vi));
        assert_eq!(Locale::from_posix("lo-LA"), Some(Locale::Lo));
        assert_eq!(Locale::from_posix("C.UTF-8"), None);
        assert_eq!(Locale::from_posix("fr_FR"), None);
    }
}
