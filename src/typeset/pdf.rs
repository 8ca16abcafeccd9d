//! Placing shaped text in a PDF with printpdf: every glyph by id at its shaped position, each
//! run wrapped in a marked-content span whose `/ActualText` is the run's exact source text, so
//! that copying or `pdftotext` gives back the text as written, Lao included.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, DictItem, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Pt, TextItem, TextMatrix,
};

use super::{shape, FontId, Fonts, ShapedRun, Weight};

/// A4 in millimetres.
pub const A4: (f64, f64) = (210.0, 297.0);

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("embedded font {0} could not be read")]
    Font(&'static str),
}

/// A document being built: fonts registered once, pages of drawing operations.
#[derive(Debug)]
pub struct PdfBuilder {
    doc: PdfDocument,
    fonts: BTreeMap<FontId, printpdf::FontId>,
    pages: Vec<PdfPage>,
}

/// The PDF text string (UTF-16BE with a byte-order mark) of `text`.
fn pdf_text_string(text: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    DictItem::String {
        data,
        literal: false,
    }
}

/// Each glyph's share of the text, for the font's ToUnicode map: when a cluster has as many
/// glyphs as characters, one character each; otherwise the whole cluster on its first glyph.
fn glyph_texts(run: &ShapedRun) -> Vec<String> {
    let mut out = vec![String::new(); run.glyphs.len()];
    let mut i = 0;
    while i < run.glyphs.len() {
        let cluster = run.glyphs[i].cluster;
        let mut j = i;
        while j < run.glyphs.len() && run.glyphs[j].cluster == cluster {
            j += 1;
        }
        let start = cluster as usize;
        let end = run
            .glyphs
            .iter()
            .map(|g| g.cluster as usize)
            .filter(|c| *c > start)
            .min()
            .unwrap_or(run.text.len());
        let text = run.text.get(start..end).unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        if chars.len() == j - i {
            for (k, c) in chars.iter().enumerate() {
                out[i + k] = c.to_string();
            }
        } else {
            out[i] = text.to_string();
        }
        i = j;
    }
    out
}

impl PdfBuilder {
    pub fn new(title: &str) -> Result<PdfBuilder, PdfError> {
        let mut doc = PdfDocument::new(title);
        let mut fonts = BTreeMap::new();
        for id in FontId::ALL {
            let mut warnings = Vec::new();
            let parsed = ParsedFont::from_bytes(id.bytes(), 0, &mut warnings)
                .ok_or(PdfError::Font(id.name()))?;
            fonts.insert(id, doc.add_font(&parsed));
        }
        Ok(PdfBuilder {
            doc,
            fonts,
            pages: Vec::new(),
        })
    }

    /// Operations that draw one line of text with its left end of baseline at (`x`, `y`)
    /// points from the bottom-left corner of the page.
    pub fn line(
        &self,
        fonts: &Fonts,
        text: &str,
        weight: Weight,
        size: f64,
        x: f64,
        y: f64,
    ) -> Vec<Op> {
        let mut ops = Vec::new();
        let mut pen = x;
        for run in shape(fonts, text, weight) {
            let Some(pdf_font) = self.fonts.get(&run.font) else {
                continue;
            };
            let scale = size / fonts.units_per_em(run.font);
            let mut actual = BTreeMap::new();
            actual.insert("ActualText".to_string(), pdf_text_string(&run.text));
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".to_string(),
                properties: DictItem::Dict { map: actual },
            });
            ops.push(Op::StartTextSection);
            #[allow(clippy::cast_possible_truncation)] // page coordinates fit f32
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(pdf_font.clone()),
                size: Pt(size as f32),
            });
            for (glyph, glyph_text) in run.glyphs.iter().zip(glyph_texts(&run)) {
                let gx = pen + f64::from(glyph.x_offset) * scale;
                let gy = y + f64::from(glyph.y_offset) * scale;
                #[allow(clippy::cast_possible_truncation)] // page coordinates fit f32
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(gx as f32), Pt(gy as f32)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint {
                        gid: glyph.id,
                        offset: 0.0,
                        cid: Some(glyph_text),
                    }])],
                });
                pen += f64::from(glyph.x_advance) * scale;
            }
            ops.push(Op::EndTextSection);
            ops.push(Op::EndMarkedContentWithProperties);
        }
        ops
    }

    /// Adds an A4 page with these operations.
    pub fn page(&mut self, ops: Vec<Op>) {
        #[allow(clippy::cast_possible_truncation)]
        self.pages
            .push(PdfPage::new(Mm(A4.0 as f32), Mm(A4.1 as f32), ops));
    }

    /// The finished document, fonts subset.
    pub fn finish(mut self) -> Vec<u8> {
        self.doc.with_pages(std::mem::take(&mut self.pages));
        let options = PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        };
        let mut warnings = Vec::new();
        let bytes = self.doc.save(&options, &mut warnings);
        for w in warnings {
            log::debug!("pdf: {w:?}");
        }
        bytes
    }
}
