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
            segmenter: LineSegmenter::new_auto(LineBreakOptions::default()),
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

/// Greedy wrapping: the longest prefix of segments that fits `max_width` points at `size`
/// points goes on each line; a segment wider than a line gets a line of its own. Returns the
/// lines without their trailing spaces; joined with the spaces, they give back the NFC text.
pub fn wrap(
    fonts: &Fonts,
    breaker: &LineBreaker,
    text: &str,
    weight: Weight,
    size: f64,
    max_width: f64,
) -> Vec<String> {
    let text: String = text.nfc().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut last_fit = None;
    for end in breaker.opportunities(&text) {
        let candidate = text[start..end].trim_end();
        if text_width(fonts, candidate, weight, size) <= max_width {
            last_fit = Some(end);
            continue;
        }
        match last_fit {
            Some(fit) => {
                lines.push(text[start..fit].trim_end().to_string());
                start = fit;
                // The segment that did not fit starts the next line; check it alone.
                if text_width(fonts, text[start..end].trim_end(), weight, size) <= max_width {
                    last_fit = Some(end);
                } else {
                    lines.push(text[start..end].trim_end().to_string());
                    start = end;
                    last_fit = None;
                }
            }
            None => {
                lines.push(candidate.to_string());
                start = end;
            }
        }
    }
    if start < text.len() {
        lines.push(text[start..].trim_end().to_string());
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
