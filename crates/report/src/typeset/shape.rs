//! Shaping: text → runs of positioned glyphs, one font per run.

use rustybuzz::UnicodeBuffer;
use unicode_normalization::UnicodeNormalization;

use super::{FontId, Fonts, Weight};

/// A glyph as the shaper placed it, in font units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    pub id: u16,
    /// Byte offset, in the run's text, of the character(s) this glyph shows.
    pub cluster: u32,
    pub x_advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
}

/// Consecutive text in one font, shaped.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedRun {
    pub font: FontId,
    /// The run's text (NFC), as it must come back when the document is read.
    pub text: String,
    pub glyphs: Vec<Glyph>,
}

impl ShapedRun {
    /// Width in points at `size` points.
    pub fn width(&self, fonts: &Fonts, size: f64) -> f64 {
        let advance: i64 = self.glyphs.iter().map(|g| i64::from(g.x_advance)).sum();
        #[allow(clippy::cast_precision_loss)] // advances are small
        let advance = advance as f64;
        advance * size / fonts.units_per_em(self.font)
    }
}

fn is_lao(c: char) -> bool {
    ('\u{0E80}'..='\u{0EFF}').contains(&c)
}

/// Characters that belong to whatever run they stand in (spaces, punctuation both fonts have).
fn is_neutral(c: char) -> bool {
    c == ' ' || c == '\u{00A0}'
}

/// Splits NFC text into runs of Lao and non-Lao script; spaces join the run before them.
fn script_runs(text: &str) -> Vec<(bool, std::ops::Range<usize>)> {
    let mut runs: Vec<(bool, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        match runs.last_mut() {
            Some((lao, range)) if is_neutral(c) || *lao == is_lao(c) => {
                let _ = lao;
                range.end = end;
            }
            _ => runs.push((is_lao(c), i..end)),
        }
    }
    runs
}

/// Shapes a line of text into runs (text normalised to NFC first).
pub fn shape(fonts: &Fonts, text: &str, weight: Weight) -> Vec<ShapedRun> {
    let text: String = text.nfc().collect();
    script_runs(&text)
        .into_iter()
        .map(|(lao, range)| {
            let font = FontId::for_text(lao, weight);
            let run_text = text[range].to_string();
            let mut buffer = UnicodeBuffer::new();
            buffer.push_str(&run_text);
            buffer.guess_segment_properties();
            let plan = fonts.plan(font, buffer.direction(), buffer.script());
            let shaped = rustybuzz::shape_with_plan(fonts.face(font), &plan, buffer);
            let glyphs = shaped
                .glyph_infos()
                .iter()
                .zip(shaped.glyph_positions())
                .map(|(info, pos)| Glyph {
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    cluster: info.cluster,
                    x_advance: pos.x_advance,
                    x_offset: pos.x_offset,
                    y_offset: pos.y_offset,
                })
                .collect();
            ShapedRun {
                font,
                text: run_text,
                glyphs,
            }
        })
        .collect()
}

/// Width in points of a line of text at `size` points.
pub fn text_width(fonts: &Fonts, text: &str, weight: Weight, size: f64) -> f64 {
    shape(fonts, text, weight)
        .iter()
        .map(|r| r.width(fonts, size))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lao_and_latin_go_to_their_own_fonts() {
        let fonts = Fonts::embedded();
        let runs = shape(&fonts, "Lao QR ແມ່ນ 100%", Weight::Regular);
        let parts: Vec<(FontId, &str)> = runs.iter().map(|r| (r.font, r.text.as_str())).collect();
        assert_eq!(
            parts,
            vec![
                (FontId::Sans, "Lao QR "),
                (FontId::Lao, "ແມ່ນ "),
                (FontId::Sans, "100%")
            ]
        );
        // No glyph is missing (.notdef is glyph 0).
        assert!(
            runs.iter().all(|r| r.glyphs.iter().all(|g| g.id != 0)),
            "{runs:?}"
        );
    }

    #[test]
    fn lao_marks_stack_instead_of_advancing() {
        let fonts = Fonts::embedded();
        // ທີ່: consonant, vowel above, tone mark above the vowel.
        let run = &shape(&fonts, "ທີ່", Weight::Regular)[0];
        assert_eq!(run.glyphs.len(), 3, "{run:?}");
        assert!(run.glyphs[0].x_advance > 0);
        let (vowel, tone) = (run.glyphs[1], run.glyphs[2]);
        assert_eq!(
            (vowel.x_advance, tone.x_advance),
            (0, 0),
            "marks take no width"
        );
        // Over a vowel the font puts a raised form of the tone mark (or moves it up); on a bare
        // consonant, the plain one. One-glyph-per-character output would use the same glyph
        // at the same height in both, and the marks would collide.
        let bare = &shape(&fonts, "ທ່", Weight::Regular)[0];
        let plain = bare.glyphs[1];
        assert!(
            tone.id != plain.id || tone.y_offset > plain.y_offset,
            "the tone mark is raised above the vowel: {run:?} vs {bare:?}"
        );
    }

    #[test]
    fn decomposed_vietnamese_uses_precomposed_glyphs() {
        let fonts = Fonts::embedded();
        let nfd = "Ho\u{0300}a Bi\u{0300}nh Tạp ho\u{0301}a";
        let runs = shape(&fonts, nfd, Weight::Regular);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].text, "Hòa Bình Tạp hóa");
        assert_eq!(
            runs[0].glyphs.len(),
            runs[0].text.chars().count(),
            "one glyph per letter"
        );
        assert!(
            text_width(&fonts, nfd, Weight::Bold, 10.0)
                > text_width(&fonts, nfd, Weight::Regular, 10.0)
        );
    }
}
