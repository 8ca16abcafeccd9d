//! Typesetting for the PDF report: the embedded fonts, OpenType shaping of script runs
//! (rustybuzz), and line breaking at word boundaries (ICU4X, with Lao word segmentation).
//!
//! Invariants:
//! - Text is normalised to NFC before shaping, so decomposed Vietnamese input gets the fonts'
//!   precomposed glyphs instead of colliding marks.
//! - Lao text is shaped with Noto Sans Lao, everything else with Noto Sans (Noto Sans Lao has no
//!   Latin or digits); a line is split into runs of one font each.
//! - Widths come from the shaped advances, never from character counts.
//! - Lines break only where the ICU4X line segmenter allows: between words in Lao (which has
//!   no spaces), never inside a syllable.

mod fonts;
pub mod layout;
pub mod pdf;
mod shape;
mod wrap;

pub use fonts::{FontId, Fonts, Weight};
pub use shape::{shape, text_width, Glyph, ShapedRun};
pub use wrap::{break_opportunities, wrap, LineBreaker};
