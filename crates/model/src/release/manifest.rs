//! `manifest.json`: what an export file holds and how it was anonymised.

use serde::{Deserialize, Serialize};

use super::record::Record;

/// The export format this binary writes and the newest it reads. Format 2 added the privacy
/// rules to `anonymity` (observable traits in the key, l-diversity); format 1 files are still
/// read, and re-checked by the same rules on import.
pub const FORMAT: u32 = 2;

/// What `kind` says in every DigiReady export.
pub const KIND: &str = "digiready-anonymized-export";

/// The members of an export file, in the order they are written.
pub const MANIFEST: &str = "manifest.json";
pub const ASSESSMENTS: &str = "assessments.csv";
pub const ANSWERS: &str = "answers.csv";
pub const SCHEMA: &str = "SCHEMA.md";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub kind: String,
    /// Random, made for each export file.
    pub export_id: String,
    pub app_version: String,
    /// The day the file was made (YYYY-MM-DD); the only date it holds.
    pub created: String,
    pub instrument_versions: Vec<String>,
    /// The first and last period of the released records ("2026-Q1", or "2026" when
    /// generalised to the year); `None` when no record was released.
    pub period: Option<Period>,
    pub records: usize,
    pub anonymity: Anonymity,
    /// The area and practice columns of `assessments.csv`, in order.
    pub areas: Vec<String>,
    pub practices: Vec<String>,
    /// Every other member, with its size and SHA-256.
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anonymity {
    pub k: usize,
    pub quasi_identifiers: Vec<String>,
    /// Finalized assessments considered.
    pub considered: usize,
    /// Released as recorded (province and quarter).
    pub as_recorded: usize,
    pub generalised_to_region: usize,
    pub generalised_to_country: usize,
    pub generalised_to_year: usize,
    /// Not released: no group of k could hide them.
    pub withheld: usize,
    /// Distinct known values every released group holds of each sensitive trait (format 2).
    #[serde(default)]
    pub l: usize,
    /// The observable traits in the anonymity key, and the sensitive traits kept diverse, by
    /// id (`assets/privacy/rules.toml`; format 2).
    #[serde(default)]
    pub observable: Vec<String>,
    #[serde(default)]
    pub sensitive: Vec<String>,
    /// Of `withheld`: those whose group had k members but all gave the same answer on a
    /// sensitive trait (format 2).
    #[serde(default)]
    pub withheld_homogeneous: usize,
    /// Finalized assessments left out because an earlier export released them already
    /// (exports carry what has not been sent yet; format 2).
    #[serde(default)]
    pub sent_before: usize,
    /// Finalized assessments not considered because their date is outside the years a file
    /// may hold (`record::YEARS`): a computer whose clock was wrong.
    #[serde(default)]
    pub withheld_wrong_date: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

/// A verified export file.
#[derive(Debug, Clone)]
pub struct ExportFile {
    pub manifest: Manifest,
    pub records: Vec<Record>,
    /// SHA-256 of the whole file: the same file imported twice is recognised.
    pub sha256: String,
}
