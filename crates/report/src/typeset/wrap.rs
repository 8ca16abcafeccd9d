//! Line breaking at word boundaries, and wrapping to a width measured from shaped advances.

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};
use unicode_normalization::UnicodeNormalization;

use super::shape::text_width;
use super::{Fonts, Weight};

/// The ICU4X line segmenter with its model for Lao (and Khmer, Myanmar, Thai) word boundaries.
#[derive(Debug)]
pub struct LineBreaker {
    segmenter: LineSegmenterBorrowed<'static>,
}

impl Default for LineBreaker {
    fn default() -> Self {
        LineBreaker {
            segmenter: LineSegmenter::new_dictionary(LineBreakOptions::default()),
        }
    }
}

impl LineBreaker {
    /// Byte offsets (in NFC text) where a line may end, including the end of the text.
    pub fn opportunities(&self, text: &str) -> Vec<usize> {
        self.segmenter
            .segment_str(text)
            .filter(|&i| i > 0)
            .collect()
    }
}

/// Byte offsets (in the NFC form of `text`) where a line may end.
pub fn break_opportunities(text: &str) -> Vec<usize> {
    let text: String = text.nfc().collect();
    LineBreaker::default().opportunities(&text)
}

/// Greedy wrapping: the longest run of segments (between break opportunities) that fits
/// `max_width` points at `size` points goes on each line; a segment wider than a line gets a
/// line of its own. Each segment is shaped once and lines are measured by adding segment
/// widths (trailing spaces do not count). Returns the lines without trailing spaces; joined with
/// the spaces, they give back the NFC text.
pub fn wrap(
    fonts: &Fonts,
    breaker: &LineBreaker,
    text: &str,
    weight: Weight,
    size: f64,
    max_width: f64,
) -> Vec<String> {
    let text: String = text.nfc().collect();
    // Trailing plain spaces are measured once, not by shaping each word again without them
    // (a space does not kern with its neighbours in these fonts).
    let space = text_width(fonts, " ", weight, size);
    // (start, end, width with its trailing spaces, width without them)
    let mut segments = Vec::new();
    let mut start = 0;
    for end in breaker.opportunities(&text) {
        let segment = &text[start..end];
        let full = text_width(fonts, segment, weight, size);
        let trimmed = segment.trim_end();
        let trailing = &segment[trimmed.len()..];
        let bare = if trailing.is_empty() {
            full
        } else if trailing.bytes().all(|b| b == b' ') {
            #[allow(clippy::cast_precision_loss)] // a handful of spaces
            let spaces = trailing.len() as f64;
            full - spaces * space
        } else {
            text_width(fonts, trimmed, weight, size)
        };
        segments.push((start, end, full, bare));
        start = end;
    }
    let mut lines = Vec::new();
    let mut line_start: Option<usize> = None;
    let mut line_end = 0;
    let mut width = 0.0;
    for (s, e, full, bare) in segments {
        match line_start {
            Some(ls) if width + bare > max_width => {
                lines.push(text[ls..line_end].trim_end().to_string());
                line_start = Some(s);
                width = full;
            }
            Some(_) => width += full,
            None => {
                line_start = Some(s);
                width = full;
            }
        }
        line_end = e;
    }
    if let Some(ls) = line_start {
        lines.push(text[ls..line_end].trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lao marks that attach to the character before them, and leading vowels that belong to the
    /// consonant after them: a line never ends just before the one or just after the other.
    fn inside_syllable(text: &str, at: usize) -> bool {
        let next = text[at..].chars().next();
        let prev = text[..at].chars().next_back();
        let combining =
            |c: char| matches!(c, '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECE}');
        let leading = |c: char| ('\u{0EC0}'..='\u{0EC4}').contains(&c);
        next.is_some_and(combining) || prev.is_some_and(leading)
    }

    #[test]
    fn lao_breaks_between_words_only() {
        // "The shop accepts payment by Lao QR code and bank transfer every day" (no spaces).
        let text = "ຮ້ານຄ້າຮັບການຊຳລະເງິນດ້ວຍລະຫັດຄິວອາແລະການໂອນເງິນທຸກມື້";
        let breaks = break_opportunities(text);
        assert!(breaks.len() >= 5, "Lao words are found: {breaks:?}");
        for &b in &breaks[..breaks.len() - 1] {
            assert!(
                !inside_syllable(text, b),
                "break inside a syllable at {b}: {}|{}",
                &text[..b],
                &text[b..]
            );
        }
    }

    #[test]
    fn wrapping_keeps_every_character_and_fits_the_width() {
        let fonts = Fonts::embedded();
        let breaker = LineBreaker::default();
        for text in [
            "ຮ້ານຄ້າຮັບການຊຳລະເງິນດ້ວຍລະຫັດຄິວອາແລະການໂອນເງິນທຸກມື້ ເພື່ອໃຫ້ລູກຄ້າຈ່າຍໄດ້ງ່າຍຂຶ້ນ",
            "Hiển thị mã VietQR ở quầy và trên hóa đơn để khách trả tiền nhanh hơn, không cần tiền mặt.",
        ] {
            let lines = wrap(&fonts, &breaker, text, Weight::Regular, 10.0, 120.0);
            assert!(lines.len() >= 3, "{lines:?}");
            for line in &lines {
                assert!(text_width(&fonts, line, Weight::Regular, 10.0) <= 120.0, "{line}");
            }
            let joined: String = lines.concat();
            let original: String = text.nfc().filter(|c| *c != ' ').collect();
            assert_eq!(joined.replace(' ', ""), original, "nothing lost or reordered");
        }
    }
}
