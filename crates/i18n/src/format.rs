//! Numbers and dates formatted for a locale with ICU4X.

use fixed_decimal::Decimal;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::DateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;

use crate::locale::Locale;

fn icu_locale(locale: Locale) -> IcuLocale {
    locale
        .tag()
        .parse()
        .expect("shipped locale tags are valid ICU locales")
}

/// `value` rounded to at most `max_fraction_digits` decimals (trailing zeros dropped) with the
/// locale's separators: `72.5` is "72.5" in English and "72,5" in Vietnamese.
pub fn decimal(locale: Locale, value: f64, max_fraction_digits: u8) -> String {
    let scale = 10f64.powi(i32::from(max_fraction_digits));
    let scaled = (value * scale).round();
    if !scaled.is_finite() || scaled.abs() > 9.0e15 {
        // Beyond what a figure in DigiReady can be: scientific notation, not 300 digits.
        return format!("{value:e}");
    }
    #[allow(clippy::cast_possible_truncation)] // bounded and integral just above
    let mut d = Decimal::from(scaled as i64);
    d.multiply_pow10(-i16::from(max_fraction_digits));
    d.absolute.trim_end();
    match DecimalFormatter::try_new(icu_locale(locale).into(), Default::default()) {
        Ok(f) => f.format(&d).to_string(),
        Err(e) => {
            log::warn!("no decimal format data for {locale}: {e}");
            d.to_string()
        }
    }
}

/// A calendar date in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CivilDate {
    /// The date `days` after 1970-01-01 (negative before it).
    pub fn from_unix_days(days: i64) -> CivilDate {
        // Howard Hinnant's days-from-civil inverse.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // ranges hold by construction
        CivilDate {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Days from 1970-01-01 to this date: the inverse of [`CivilDate::from_unix_days`].
    pub fn to_unix_days(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<CivilDate> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = CivilDate { year, month, day };
        (CivilDate::from_unix_days(date.to_unix_days()) == date).then_some(date)
    }
}

impl std::fmt::Display for CivilDate {
    /// ISO 8601: `2026-11-23`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date in the locale's medium style, e.g. "23 Nov 2026", "23 thg 11, 2026".
pub fn date(locale: Locale, date: CivilDate) -> String {
    let fallback = || date.to_string();
    let Ok(iso) = Date::try_new_iso(date.year, date.month, date.day) else {
        return fallback();
    };
    match DateTimeFormatter::try_new(icu_locale(locale).into(), YMD::medium()) {
        Ok(f) => f.format(&iso).to_string(),
        Err(e) => {
            log::warn!("no date format data for {locale}: {e}");
            fallback()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_locale() {
        assert_eq!(decimal(Locale::En, 1234.56, 1), "1,234.6");
        assert_eq!(decimal(Locale::Vi, 1234.56, 1), "1.234,6");
        assert_eq!(decimal(Locale::En, 70.0, 1), "70");
        assert_eq!(decimal(Locale::Lo, 72.5, 1), "72,5");
    }

    #[test]
    fn civil_dates_round_trip_through_unix_days() {
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(CivilDate::from_unix_days(days).to_unix_days(), days);
        }
        assert_eq!(
            CivilDate::parse_iso("2026-02-28").map(CivilDate::to_unix_days),
            Some(20_512)
        );
        assert_eq!(CivilDate::parse_iso("2026-02-29"), None);
        assert_eq!(CivilDate::parse_iso("2026-13-01"), None);
    }

    #[test]
    fn civil_dates_from_unix_days() {
        assert_eq!(
            CivilDate::from_unix_days(0),
            CivilDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            CivilDate::from_unix_days(20_415),
            CivilDate {
                year: 2025,
                month: 11,
                day: 23
            }
        );
        assert_eq!(
            CivilDate::from_unix_days(-1),
            CivilDate {
                year: 1969,
                month: 12,
                day: 31
            }
        );
    }

    #[test]
    fn dates_follow_the_locale() {
        let d = CivilDate {
            year: 2026,
            month: 11,
            day: 23,
        };
        let en = date(Locale::En, d);
        let vi = date(Locale::Vi, d);
        let lo = date(Locale::Lo, d);
        assert!(en.contains("Nov") && en.contains("2026"), "{en}");
        assert!(vi.contains("2026") && vi != en, "{vi}");
        assert!(lo.contains("2026") && lo != en, "{lo}");
    }
}
