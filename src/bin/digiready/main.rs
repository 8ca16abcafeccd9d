//! `digiready`: the questionnaire, scoring and the officer's register from the command line.
//!
//! A thin layer: it parses arguments, reads the clock, the environment and randomness, calls
//! the core, and prints. Human output is localized; `--json` output is for programs.

#[macro_use]
mod context;
mod commands;
mod error;
mod progress;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use digiready::i18n::Catalog;
use digiready::locale::Locale;

#[derive(Debug, Parser)]
#[command(
    name = "digiready",
    version,
    about = "Digital readiness assessment for SMEs (Viet Nam, Lao PDR)"
)]
struct Cli {
    /// Database file [default: the DigiReady file in the user's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Language of messages: en, vi or lo [default: $DIGIREADY_LOCALE, then $LANG, then en]
    #[arg(long, global = true, value_name = "L")]
    locale: Option<Locale>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The questionnaire definition
    #[command(subcommand)]
    Instrument(InstrumentCmd),
    /// Score an answer file without storing anything
    Score {
        /// JSON file: {"instrument", "country", "sector", "size", "answers": {...}}
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The enterprise register
    #[command(subcommand)]
    Enterprise(EnterpriseCmd),
    /// Assessments of registered enterprises
    #[command(subcommand)]
    Assessment(AssessmentCmd),
    /// Sector benchmark packs
    #[command(subcommand)]
    Benchmarks(BenchmarksCmd),
    /// Save the improvement plan as a PDF, in the language given with --locale
    Report {
        #[arg(long, value_name = "ID")]
        assessment: i64,
        /// Where to save the PDF
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The prioritised improvement plan, with the comparison against the sector
    Plan {
        /// A stored assessment
        #[arg(
            long,
            value_name = "ID",
            required_unless_present = "answers",
            conflicts_with = "answers"
        )]
        assessment: Option<i64>,
        /// Or an answer file, as for `score`
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Write the finalized assessments not sent yet, anonymized, to one file for the agency
    Export {
        /// Required: an export is always anonymized (no names, contacts or exact dates;
        /// k-anonymity over province, sector, size, period and what anyone can see of a firm)
        #[arg(long, required = true)]
        anonymized: bool,
        /// The export file to write (.zip)
        #[arg(long, value_name = "FILE", required_unless_present = "list")]
        out: Option<PathBuf>,
        /// Every released record shares its group with at least K-1 others (at least 5)
        #[arg(long, value_name = "K", default_value_t = digiready::export::anonymity::MIN_K)]
        k: usize,
        /// Write an earlier export again, byte for byte, instead of a new one
        #[arg(long, value_name = "EXPORT_ID", conflicts_with_all = ["list", "k"])]
        resend: Option<String>,
        /// List the exports made with this database
        #[arg(long, conflicts_with_all = ["out", "resend"])]
        list: bool,
        #[arg(long)]
        json: bool,
    },
    /// Agency: merge officers' export files into this database
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Merge a file whose re-check finds a group under k or one that reveals a sensitive
        /// answer; the breach is recorded with the import
        #[arg(long)]
        accept_breach: bool,
        #[arg(long)]
        json: bool,
    },
    /// Agency: score distributions and practice adoption of the merged records, by group
    Aggregate {
        /// Comma-separated: country, region, province, sector, size, year, period
        #[arg(long, value_delimiter = ',', default_value = "sector,size")]
        by: Vec<digiready::export::aggregate::Dimension>,
        /// Groups of fewer firms are left out (at least 5)
        #[arg(long, value_name = "N", default_value_t = digiready::export::aggregate::MIN_FIRMS)]
        min_firms: usize,
        /// Write an Excel workbook
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
        /// Write scores.csv and practices.csv into this folder
        #[arg(long, value_name = "DIR")]
        csv: Option<PathBuf>,
        /// Tables to publish: grouped by country too, under the packs' disclosure control
        /// (small cells show only a median band; cells published before are not differenced)
        /// and remembered with them
        #[arg(long)]
        publish: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum BenchmarksCmd {
    /// The installed benchmark packs
    List {
        #[arg(long)]
        json: bool,
    },
    /// Install a pack file (a newer version replaces the installed one)
    Import { file: PathBuf },
    /// Write an installed pack to a file
    Export {
        /// Pack id, e.g. vn-seed
        id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a pack file and write it back sealed with its checksum (for pack authors)
    Seal { file: PathBuf },
    /// Agency: build a pack from the merged records, for officers to import
    Build {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// VN or LA: the pack holds the records of this country
        #[arg(long)]
        country: String,
        /// Who publishes the pack, e.g. "Can Tho Department of Industry and Trade"
        #[arg(long)]
        publisher: String,
        /// Pack id [default: <country>-agency, lower case]
        #[arg(long)]
        id: Option<String>,
        /// Pack name [default: the publisher's]
        #[arg(long)]
        name: Option<String>,
        /// Version, numbers separated by dots [default: today, e.g. 2026.11.23]
        #[arg(long)]
        version: Option<String>,
        #[arg(long, value_name = "N", default_value_t = digiready::export::aggregate::MIN_FIRMS)]
        min_firms: usize,
    },
}

#[derive(Debug, Subcommand)]
enum InstrumentCmd {
    /// Print the questionnaire with its localized text
    Show {
        /// Questionnaire version [default: the newest]
        #[arg(long)]
        version: Option<String>,
        /// Only the questions asked in this sector
        #[arg(long)]
        sector: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Validate a definition and list every problem
    Check {
        /// Definition folder (instrument.toml, questions/) [default: the built-in definition]
        dir: Option<PathBuf>,
        /// Folder of Fluent files (<lang>/*.ftl) [default: the built-in locales]
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
struct EnterpriseFields {
    #[arg(long)]
    name: String,
    /// retail_wholesale, agriculture, manufacturing, tourism, logistics or other_services
    #[arg(long)]
    sector: String,
    /// micro, small, medium or large
    #[arg(long)]
    size: String,
    /// VN or LA
    #[arg(long)]
    country: String,
    #[arg(long)]
    province: String,
    #[arg(long)]
    district: Option<String>,
    /// Contact person (personal data)
    #[arg(long)]
    contact_person: Option<String>,
    /// Phone (personal data)
    #[arg(long)]
    phone: Option<String>,
    /// Email (personal data)
    #[arg(long)]
    email: Option<String>,
}

#[derive(Debug, Subcommand)]
enum EnterpriseCmd {
    /// Register an enterprise
    Add {
        #[command(flatten)]
        fields: EnterpriseFields,
        #[arg(long)]
        json: bool,
    },
    /// List the register, with each enterprise's last assessment
    List {
        /// Part of a name, province or district
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One enterprise and its assessments
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum AssessmentCmd {
    /// Start a draft assessment of a registered enterprise
    Start {
        #[arg(long, value_name = "ID")]
        enterprise: i64,
        /// Who runs the assessment (kept on this machine, never exported)
        #[arg(long)]
        assessor: String,
        #[arg(long)]
        json: bool,
    },
    /// Answer one question; saved at once
    Answer {
        id: i64,
        question: String,
        /// An option id; several option ids separated by commas; or a number.
        /// Leave out with --clear to remove the answer.
        value: Option<String>,
        #[arg(long, conflicts_with = "value")]
        clear: bool,
    },
    /// An assessment's answers and current scores
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Finalize a draft after reviewing unanswered questions
    Finalize {
        id: i64,
        #[arg(long)]
        json: bool,
    },
}

/// The language for messages: the flag, then DIGIREADY_LOCALE, then the POSIX locale.
fn resolve_locale(flag: Option<Locale>) -> Locale {
    if let Some(l) = flag {
        return l;
    }
    if let Some(l) = std::env::var("DIGIREADY_LOCALE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return l;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Locale::from_posix(&v))
        .unwrap_or(Locale::FALLBACK)
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"))
        .format_timestamp(None)
        .init();
    let cli = Cli::parse();
    let locale = resolve_locale(cli.locale);
    let catalog = Catalog::embedded();
    let ctx = context::Context {
        catalog: &catalog,
        locale,
        db: cli.db,
    };
    match commands::run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            for line in e.localize(&catalog, locale) {
                eprintln!(
                    "{}",
                    catalog.format(
                        locale,
                        "cli-error",
                        &digiready::i18n::Args::new().text("message", line)
                    )
                );
            }
            ExitCode::FAILURE
        }
    }
}
