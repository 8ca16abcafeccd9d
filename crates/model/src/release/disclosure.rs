//! Disclosure control for what leaves the agency (benchmark packs; docs/privacy.md): which
//! cells may be published, and with which members, so that no firm's value can be recovered
//! from the cells published now and every cell published before. Pure: the caller passes the
//! history the agency's database keeps.
//!
//! Rules, each against an attack named in docs/privacy.md:
//! 1. **Republish only on change of at least k.** A cell published before is published again
//!    with new members only when at least k firms were added (and none, or at least k,
//!    removed); otherwise with the members it had ("frozen"), so that two successive
//!    publications never differ by fewer than k firms.
//! 2. **Small cells.** A cell of fewer than k firms is not published.
//! 3. **Nested cells.** For a published cell A and a published cell B inside it (B's
//!    constraints refine A's: a province in its region, a sector within all sectors, a quarter
//!    in its year), A and B differ by none or at least k firms (counted both ways: versions
//!    published at different times need not nest).
//! 4. **Margins.** For a published cell A and its published children along one dimension
//!    (the provinces of a region, the sectors of a size band …), A and the union of the
//!    children differ by none or at least k firms.
//!
//! Where 3 or 4 fail, a cell of this publication is suppressed (complementary suppression:
//! the smallest child first, else the parent); cells published before cannot be taken back and
//! are only used as what the attacker holds. The loop runs until nothing fails.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A firm in a cell: its record id (32 hex digits) as a number.
pub type Member = u128;

/// The member number of a record id (32 hex digits, checked by the reader; anything else, which
/// no pooled record has, is hashed).
pub fn member_of(record_id: &str) -> Member {
    u128::from_str_radix(record_id, 16).unwrap_or_else(|_| {
        let digest = crate::digest::sha256_hex(record_id.as_bytes());
        u128::from_str_radix(&digest[..32], 16).unwrap_or(0)
    })
}

/// Cells of fewer firms than this get no quantiles: in a cell of five, p10–p90 are its members'
/// own scores.
pub const MIN_QUANTILE_FIRMS: usize = 20;

/// What a cell is about: `(dimension, value)` pairs, closed under what they imply (a province
/// implies its region, a quarter its year). `country` is always there.
pub type Constraints = BTreeSet<(String, String)>;

/// A cell as published (now or before): its key, what it covers, and exactly which firms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellVersion {
    pub key: String,
    pub constraints: Constraints,
    /// Sorted, without repeats.
    pub members: Vec<Member>,
}

impl CellVersion {
    pub fn new(constraints: Constraints, mut members: Vec<Member>) -> CellVersion {
        members.sort_unstable();
        members.dedup();
        CellVersion {
            key: key_of(&constraints),
            constraints,
            members,
        }
    }
}

/// The canonical key of a cell: `dimension=value` pairs joined by `;`, in order.
pub fn key_of(constraints: &Constraints) -> String {
    constraints
        .iter()
        .map(|(d, v)| format!("{d}={v}"))
        .collect::<Vec<_>>()
        .join(";")
}

/// What became of a candidate cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Published with these members; `frozen` when they are those of its last publication
    /// because fewer than k firms changed since.
    Published { members: Vec<Member>, frozen: bool },
    /// Fewer than k firms.
    TooSmall,
    /// Suppressed so that no other cell can be subtracted down to fewer than k firms.
    Complementary,
}

/// Counts for the caller's message and the provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub candidates: usize,
    pub published: usize,
    pub frozen: usize,
    pub too_small: usize,
    pub complementary: usize,
}

impl Summary {
    pub fn of(fates: &[Fate]) -> Summary {
        let mut s = Summary {
            candidates: fates.len(),
            ..Summary::default()
        };
        for f in fates {
            match f {
                Fate::Published { frozen, .. } => {
                    s.published += 1;
                    s.frozen += usize::from(*frozen);
                }
                Fate::TooSmall => s.too_small += 1,
                Fate::Complementary => s.complementary += 1,
            }
        }
        s
    }
}

/// |a \ b| for sorted slices.
fn minus(a: &[Member], b: &[Member]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() {
        if j == b.len() || a[i] < b[j] {
            n += 1;
            i += 1;
        } else if a[i] == b[j] {
            i += 1;
            j += 1;
        } else {
            j += 1;
        }
    }
    n
}

fn subset(small: &[Member], big: &[Member]) -> bool {
    small.len() <= big.len() && minus(small, big) == 0
}

/// The dimension along which `child` refines `parent` by one step, if it does: its extra
/// constraints are one value of one dimension and what that value implies.
fn one_step(parent: &Constraints, child: &Constraints) -> Option<&'static str> {
    if !parent.is_subset(child) || parent.len() == child.len() {
        return None;
    }
    let extra: BTreeSet<&str> = child.difference(parent).map(|(d, _)| d.as_str()).collect();
    let dims: [(&'static str, &[&str]); 6] = [
        ("province", &["province", "region"]),
        ("region", &["region"]),
        ("period", &["period", "year"]),
        ("year", &["year"]),
        ("sector", &["sector"]),
        ("size", &["size"]),
    ];
    dims.into_iter().find_map(|(dim, allowed)| {
        (extra.contains(dim) && extra.iter().all(|d| allowed.contains(d))).then_some(dim)
    })
}

/// A cell in the attacker's hands (published before) or of this publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Old(usize),
    New(usize),
}

impl Cell {
    /// The candidate's index, for a cell of this publication (the only kind that can still be
    /// suppressed).
    fn new_index(self) -> Option<usize> {
        match self {
            Cell::New(i) => Some(i),
            Cell::Old(_) => None,
        }
    }

    /// Its members, when it is published.
    fn members<'a>(self, history: &'a [CellVersion], fates: &'a [Fate]) -> Option<&'a [Member]> {
        match self {
            Cell::Old(i) => Some(&history[i].members),
            Cell::New(i) => match &fates[i] {
                Fate::Published { members, .. } => Some(members),
                Fate::TooSmall | Fate::Complementary => None,
            },
        }
    }
}

/// Decides every candidate's fate against the `history` of cells published before (every
/// version, oldest first), with `k` the smallest group.
pub fn disclose(candidates: &[CellVersion], history: &[CellVersion], k: usize) -> Vec<Fate> {
    // Rule 1: republish on change of at least k.
    let mut latest: HashMap<&str, &CellVersion> = HashMap::new();
    for h in history {
        latest.insert(&h.key, h);
    }
    let mut fates: Vec<Fate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let (members, frozen) = match latest.get(c.key.as_str()) {
            Some(old) => {
                let added = minus(&c.members, &old.members);
                let removed = minus(&old.members, &c.members);
                let enough = |n: usize| n == 0 || n >= k;
                if (added, removed) == (0, 0) || (enough(added) && enough(removed)) {
                    (c.members.clone(), false)
                } else {
                    (old.members.clone(), true)
                }
            }
            None => (c.members.clone(), false),
        };
        // Rule 2.
        fates.push(if members.len() < k {
            Fate::TooSmall
        } else {
            Fate::Published { members, frozen }
        });
    }
    // Rules 3 and 4, until nothing fails.
    let mut by_constraints: BTreeMap<&Constraints, Vec<Cell>> = BTreeMap::new();
    for (i, h) in history.iter().enumerate() {
        by_constraints
            .entry(&h.constraints)
            .or_default()
            .push(Cell::Old(i));
    }
    for (i, c) in candidates.iter().enumerate() {
        by_constraints
            .entry(&c.constraints)
            .or_default()
            .push(Cell::New(i));
    }
    let all_keys: Vec<&Constraints> = by_constraints.keys().copied().collect();
    // For each constraint set, the constraint sets that refine it by one step (with the
    // dimension) and those that refine it at all.
    let mut refinements: BTreeMap<&Constraints, Vec<(&Constraints, Option<&'static str>)>> =
        BTreeMap::new();
    for &p in &all_keys {
        for &c in &all_keys {
            if p != c && p.is_subset(c) {
                refinements.entry(p).or_default().push((c, one_step(p, c)));
            }
        }
    }
    loop {
        let members = |cell: Cell| cell.members(history, &fates);
        let mut suppress: Option<usize> = None;
        'outer: for &p in &all_keys {
            let Some(children) = refinements.get(p) else {
                continue;
            };
            for &parent in &by_constraints[p] {
                let Some(pm) = members(parent) else {
                    continue;
                };
                // Rule 3: every published cell inside, one at a time. A version of the
                // child published at another time need not lie inside this version of the
                // parent: what the attacker subtracts is then their symmetric difference.
                let mut families: BTreeMap<&str, Vec<(Cell, &[Member])>> = BTreeMap::new();
                let mut latest_families: BTreeMap<&str, Vec<(Cell, &[Member])>> = BTreeMap::new();
                for &(c, step) in children {
                    // Per child key: its largest published version inside the parent, and its
                    // latest version.
                    let mut best: Option<(Cell, &[Member])> = None;
                    let mut last: Option<(Cell, &[Member])> = None;
                    for &child in &by_constraints[c] {
                        let Some(cm) = members(child) else {
                            continue;
                        };
                        let apart = minus(pm, cm) + minus(cm, pm);
                        if apart > 0 && apart < k {
                            // The child of this publication first, else the parent.
                            if let Some(i) = child.new_index().or(parent.new_index()) {
                                suppress = Some(i);
                                break 'outer;
                            }
                        }
                        if subset(cm, pm) && best.is_none_or(|(_, b)| cm.len() > b.len()) {
                            best = Some((child, cm));
                        }
                        last = Some((child, cm));
                    }
                    if let Some(dim) = step {
                        if let Some(b) = best {
                            families.entry(dim).or_default().push(b);
                        }
                        if let Some(l) = last {
                            latest_families.entry(dim).or_default().push(l);
                        }
                    }
                }
                // Rule 4: the parent minus all its children along one dimension (the largest
                // versions inside it, and the latest versions, whose union may stick out).
                for kids in families.values().chain(latest_families.values()) {
                    if kids.len() < 2 {
                        continue;
                    }
                    let mut union: Vec<Member> =
                        kids.iter().flat_map(|(_, m)| m.iter().copied()).collect();
                    union.sort_unstable();
                    union.dedup();
                    let rest = minus(pm, &union) + minus(&union, pm);
                    if rest > 0 && rest < k {
                        let smallest_new = kids
                            .iter()
                            .filter_map(|(c, m)| Some((m.len(), c.new_index()?)))
                            .min();
                        let victim = smallest_new.map(|(_, i)| i).or(parent.new_index());
                        if let Some(i) = victim {
                            suppress = Some(i);
                            break 'outer;
                        }
                    }
                }
            }
        }
        match suppress {
            Some(i) => fates[i] = Fate::Complementary,
            None => return fates,
        }
    }
}

/// The outcome of disclosure control for one publication (a pack or a table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    /// Per candidate, in order: the cell as published (its key with the members its figures
    /// are computed from: the last published ones when frozen), or `None`.
    pub published: Vec<Option<CellVersion>>,
    /// Cells published with members not published before under their key: what the caller
    /// adds to the history before the publication leaves the agency.
    pub new_cells: Vec<CellVersion>,
    pub summary: Summary,
}

impl Settled {
    /// Every cell this publication shows.
    pub fn cells(&self) -> Vec<CellVersion> {
        self.published.iter().flatten().cloned().collect()
    }
}

/// [`disclose`], with what each candidate's fate means for the caller.
pub fn settle(candidates: &[CellVersion], history: &[CellVersion], k: usize) -> Settled {
    let fates = disclose(candidates, history, k);
    let latest: HashMap<&str, &CellVersion> = history.iter().map(|h| (h.key.as_str(), h)).collect();
    let mut new_cells = Vec::new();
    let published = candidates
        .iter()
        .zip(&fates)
        .map(|(candidate, fate)| {
            let Fate::Published { members, frozen } = fate else {
                return None;
            };
            let cell = CellVersion {
                key: candidate.key.clone(),
                constraints: candidate.constraints.clone(),
                members: members.clone(),
            };
            if !frozen
                && latest
                    .get(candidate.key.as_str())
                    .is_none_or(|l| l.members != *members)
            {
                new_cells.push(cell.clone());
            }
            Some(cell)
        })
        .collect();
    Settled {
        published,
        new_cells,
        summary: Summary::of(&fates),
    }
}

/// Whether a practice share may be published for a cell: a share of 0 or 1 is every member's
/// answer, so only for cells of at least [`MIN_QUANTILE_FIRMS`] whose answers tell.
pub fn share_publishable(known: usize, following: usize) -> bool {
    let unanimous = following == 0 || following == known;
    !unanimous || known >= MIN_QUANTILE_FIRMS
}

/// The width of the band a small published cell's median is shown in.
pub const MEDIAN_BAND: f64 = 10.0;

/// The band of [`MEDIAN_BAND`] points holding a score of 0–100: `[from, to)`, the last band
/// closed (100 is in 90–100).
pub fn median_band(median: f64) -> (f64, f64) {
    let from = ((median / MEDIAN_BAND).floor() * MEDIAN_BAND).clamp(0.0, 100.0 - MEDIAN_BAND);
    (from, from + MEDIAN_BAND)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(pairs: &[(&str, &str)], members: std::ops::Range<u128>) -> CellVersion {
        let mut c: Constraints = pairs
            .iter()
            .map(|(d, v)| ((*d).to_string(), (*v).to_string()))
            .collect();
        c.insert(("country".into(), "VN".into()));
        CellVersion::new(c, members.collect())
    }

    #[test]
    fn a_region_one_firm_larger_than_its_province_loses_one_of_them() {
        let region = cell(&[("region", "mekong")], 0..6);
        let province = cell(&[("region", "mekong"), ("province", "can_tho")], 0..5);
        let fates = disclose(&[region, province], &[], 5);
        assert_eq!(fates[1], Fate::Complementary);
        assert!(matches!(fates[0], Fate::Published { .. }));
    }

    #[test]
    fn a_margin_minus_its_children_keeps_k_firms_or_none() {
        let all = cell(&[], 0..23);
        let a = cell(&[("sector", "a")], 0..10);
        let b = cell(&[("sector", "b")], 10..21);
        // 23 − 10 − 11 = 2 firms of other sectors (whose own cell is too small): one child goes.
        let small = cell(&[("sector", "c")], 21..23);
        let fates = disclose(&[all.clone(), a.clone(), b.clone(), small], &[], 5);
        assert_eq!(fates[3], Fate::TooSmall);
        assert_eq!(fates[1], Fate::Complementary, "{fates:?}");
        // 30 firms: the rest is 9, fine.
        let all = cell(&[], 0..30);
        let fates = disclose(&[all, a, b], &[], 5);
        assert!(fates.iter().all(|f| matches!(f, Fate::Published { .. })));
    }

    #[test]
    fn a_cell_changed_by_fewer_than_k_firms_is_republished_as_it_was() {
        let before = cell(&[("sector", "a")], 0..10);
        let now = cell(&[("sector", "a")], 0..11);
        let fates = disclose(std::slice::from_ref(&now), std::slice::from_ref(&before), 5);
        assert_eq!(
            fates[0],
            Fate::Published {
                members: before.members.clone(),
                frozen: true
            }
        );
        let later = cell(&[("sector", "a")], 0..15);
        let fates = disclose(std::slice::from_ref(&later), &[before], 5);
        assert_eq!(
            fates[0],
            Fate::Published {
                members: later.members,
                frozen: false
            }
        );
    }

    #[test]
    fn median_bands_are_ten_points_wide_and_hold_the_median() {
        assert_eq!(median_band(0.0), (0.0, 10.0));
        assert_eq!(median_band(9.99), (0.0, 10.0));
        assert_eq!(median_band(10.0), (10.0, 20.0));
        assert_eq!(median_band(57.5), (50.0, 60.0));
        assert_eq!(median_band(100.0), (90.0, 100.0));
    }

    #[test]
    fn unanimous_shares_need_twenty_firms() {
        assert!(!share_publishable(19, 19));
        assert!(!share_publishable(19, 0));
        assert!(share_publishable(19, 1));
        assert!(share_publishable(20, 20));
    }

    #[test]
    fn a_new_parent_is_checked_against_children_published_before() {
        // The province cell of 5 was published last time; the region now has 6.
        let old_province = cell(&[("region", "mekong"), ("province", "can_tho")], 0..5);
        let region = cell(&[("region", "mekong")], 0..6);
        let fates = disclose(&[region], &[old_province], 5);
        assert_eq!(fates[0], Fate::Complementary);
    }
}
