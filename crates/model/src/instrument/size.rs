//! Choosing a firm's size band from the national thresholds.

use super::{Country, Sector, SizeRule};

/// What an owner knows of the firm; any figure may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SizeFigures {
    /// Average staff over the year (VN: employees paying social insurance).
    pub staff: Option<u64>,
    /// Annual revenue (VN) or income (LA), in the country's currency.
    pub revenue: Option<u64>,
    /// Total capital (VN) or assets (LA), in the country's currency.
    pub capital: Option<u64>,
}

/// The smallest size band whose limits the figures meet under the country's rule, or `None`
/// when the figures (or the known thresholds) are not enough to tell. The last band (large)
/// has no limits and is returned when every smaller band is ruled out.
pub fn classify_size<'c>(
    country: &'c Country,
    sector: &Sector,
    figures: SizeFigures,
) -> Option<&'c str> {
    let group = sector.size_groups.get(&country.code)?;
    for band in &country.size_bands {
        let Some(limits) = band.limits.get(group) else {
            // No limits: the open-ended top band.
            return Some(band.id.as_str());
        };
        let within = |value: Option<u64>, max: Option<u64>| match (value, max) {
            (Some(v), Some(m)) => Some(v <= m),
            _ => None,
        };
        let staff = within(figures.staff, limits.max_staff);
        let revenue = within(figures.revenue, limits.max_revenue);
        let capital = within(figures.capital, limits.max_capital);
        let fits = match country.rule {
            SizeRule::StaffAndRevenueOrCapital => {
                let money = match (revenue, capital) {
                    (Some(true), _) | (_, Some(true)) => Some(true),
                    (Some(false), Some(false)) => Some(false),
                    _ => None,
                };
                match (staff, money) {
                    (Some(true), Some(true)) => Some(true),
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    _ => None,
                }
            }
            SizeRule::AnyCriterion => {
                if [staff, revenue, capital].contains(&Some(true)) {
                    Some(true)
                } else if [staff, revenue, capital].contains(&None) {
                    None
                } else {
                    Some(false)
                }
            }
        };
        match fits {
            Some(true) => return Some(band.id.as_str()),
            Some(false) => continue,
            None => return None,
        }
    }
    None
}
