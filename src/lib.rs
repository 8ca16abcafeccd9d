//! DigiReady's library as one crate: the layers in `crates/` under the module names the
//! command-line tool, the tests and the benches use. Nothing is defined here.
//!
//! The layers, each a crate whose dependencies the compiler holds (ARCHITECTURE.md):
//! `digiready_i18n` (words, formats, places) ← `digiready_model` (pure) ←
//! `digiready_store` (SQLite) ← `digiready_exchange` (export files, tables) and
//! `digiready_report` (PDF) ← `digiready_app` (use cases).

pub use digiready_app::{agency, assessment, backup, files, register, views, workflow};
pub use digiready_i18n as i18n;
pub use digiready_i18n::{locale, place, textfile};
pub use digiready_model::{answers, benchmark, clock, digest, instrument, plan, scoring};
pub use digiready_report as report;
pub use digiready_report::typeset;
pub use digiready_store as store;

/// The export files (`digiready_exchange`) and the release rules their records follow
/// (`digiready_model::release`), under one name.
pub mod export {
    pub use digiready_exchange::*;
    pub use digiready_model::release::{
        aggregate, anonymity, disclosure, manifest, privacy, publish, record, verify,
    };
}
