//! DigiReady core: the questionnaire as data, scoring, the local store and localization.
//!
//! The core does no UI work and knows nothing of Tauri. Time, locale and randomness are passed
//! in by the caller. See ARCHITECTURE.md for the code map.

pub mod answers;
pub mod benchmark;
pub mod clock;
pub mod digest;
pub mod export;
pub mod i18n;
pub mod instrument;
pub mod locale;
pub mod place;
pub mod plan;
pub mod report;
pub mod scoring;
pub mod store;
pub mod textfile;
pub mod typeset;
pub mod workflow;
