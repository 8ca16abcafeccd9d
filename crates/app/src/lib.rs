//! DigiReady's use cases: what a user does (assess, print, export, import, publish, back up),
//! each as one function over the model, the store, the exchange files and the report. The
//! CLI and the desktop shell call this layer. `files` reads what people hand in from disk;
//! `views` builds what the front ends show, once for both.

pub mod agency;
pub mod assessment;
pub mod backup;
pub mod files;
pub mod packs;
pub mod register;
pub mod views;
pub mod workflow;

/// A count as the views carry it (`u32`, which TypeScript reads as a number); a count beyond
/// `u32::MAX` shows as the largest.
pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
