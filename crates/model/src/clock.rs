//! Time as the core sees it: a value passed in by the caller, never read from the system.

use digiready_i18n::format::CivilDate;

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

/// Viet Nam and Lao PDR both keep UTC+07:00 all year (no daylight saving time).
pub const INDOCHINA_TIME_OFFSET_MINUTES: i32 = 7 * 60;

impl From<std::time::SystemTime> for Timestamp {
    /// Converts a time the caller read (the core never reads the clock itself); times before
    /// 1970 become 0.
    fn from(t: std::time::SystemTime) -> Timestamp {
        let ms = t
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Timestamp(ms)
    }
}

impl Timestamp {
    /// The calendar date at a UTC offset.
    pub fn date(self, offset_minutes: i32) -> CivilDate {
        let local_ms = self.0 + i64::from(offset_minutes) * 60_000;
        CivilDate::from_unix_days(local_ms.div_euclid(86_400_000))
    }
}
