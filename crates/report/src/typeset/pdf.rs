//! Placing shaped text in a PDF with printpdf: every glyph by id at its shaped position, with
//! its text in the font's ToUnicode map; a run whose glyphs are not its characters one by one
//! (Lao clusters, ligatures) is wrapped in a marked-content span whose `/ActualText` is the
//! run's exact source text, so that copying or `pdftotext` gives back the text as written.

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

/// Draws the glyphs collected so far from `at` (one `Tm`, one `TJ`) and empties the list.
fn flush_segment(ops: &mut Vec<Op>, glyphs: &mut Vec<Codepoint>, at: (f64, f64)) {
    if glyphs.is_empty() {
        return;
    }
    #[allow(clippy::cast_possible_truncation)] // page coordinates fit f32
    ops.push(Op::SetTextMatrix {
        matrix: TextMatrix::Translate(Pt(at.0 as f32), Pt(at.1 as f32)),
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::GlyphIds(std::mem::take(glyphs))],
    });
}

/// Whether the run's glyphs are its characters, one each, in order.
fn one_glyph_per_char(run: &ShapedRun) -> bool {
    let mut offsets = run.text.char_indices().map(|(i, _)| i);
    run.glyphs
        .iter()
        .all(|g| offsets.next() == Some(g.cluster as usize))
        && offsets.next().is_none()
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

/// zlib level for the PDF's streams (see `finish`). Measured on the 15-page report: level 9
/// (printpdf's) 118 ms / 161 KB, level 6 91 ms / 165 KB, level 3 78 ms / 180 KB.
pub const COMPRESSION_LEVEL: u32 = 6;

/// Deflates a stream that allows it and is not encoded yet, when that makes it smaller.
fn compress(stream: &mut lopdf::Stream) {
    use std::io::Write as _;
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return;
    }
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(stream.content.len() / 2),
        flate2::Compression::new(COMPRESSION_LEVEL),
    );
    if encoder.write_all(&stream.content).is_err() {
        return;
    }
    if let Ok(compressed) = encoder.finish() {
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
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
            // A run whose glyphs are its characters one by one, in order, reads back exactly
            // through the fonts' ToUnicode maps; the others (Lao clusters, ligatures, marks
            // as separate glyphs) carry their text in an /ActualText span.
            let span = !one_glyph_per_char(&run);
            if span {
                let mut actual = BTreeMap::new();
                actual.insert("ActualText".to_string(), pdf_text_string(&run.text));
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".to_string(),
                    properties: DictItem::Dict { map: actual },
                });
            }
            ops.push(Op::StartTextSection);
            #[allow(clippy::cast_possible_truncation)] // page coordinates fit f32
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(pdf_font.clone()),
                size: Pt(size as f32),
            });
            // Glyphs at their natural advance go in one `TJ` after one `Tm`; a kerned advance
            // becomes the glyph's TJ offset (in 1/1000 em against the font's /W width); a
            // glyph moved off the pen (a mark) gets a `Tm` of its own.
            let face = fonts.face(run.font);
            let upem = fonts.units_per_em(run.font);
            let mut segment: Vec<Codepoint> = Vec::new();
            let mut segment_at = (pen, y);
            for (glyph, glyph_text) in run.glyphs.iter().zip(glyph_texts(&run)) {
                let displaced = glyph.x_offset != 0 || glyph.y_offset != 0;
                if displaced {
                    flush_segment(&mut ops, &mut segment, segment_at);
                    let at = (
                        pen + f64::from(glyph.x_offset) * scale,
                        y + f64::from(glyph.y_offset) * scale,
                    );
                    let mark = vec![Codepoint {
                        gid: glyph.id,
                        offset: 0.0,
                        cid: Some(glyph_text),
                    }];
                    flush_segment(&mut ops, &mut mark.clone(), at);
                    pen += f64::from(glyph.x_advance) * scale;
                    segment_at = (pen, y);
                    continue;
                }
                if segment.is_empty() {
                    segment_at = (pen, y);
                }
                // printpdf's /W width: the advance in 1/1000 em, truncated.
                let natural = face
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(glyph.id))
                    .map_or(0.0, |a| (f64::from(a) * 1000.0 / upem).trunc());
                let kern = natural - f64::from(glyph.x_advance) * 1000.0 / upem;
                #[allow(clippy::cast_possible_truncation)] // a kern in 1/1000 em
                segment.push(Codepoint {
                    gid: glyph.id,
                    offset: if kern.abs() < 0.01 { 0.0 } else { kern as f32 },
                    cid: Some(glyph_text),
                });
                pen += f64::from(glyph.x_advance) * scale;
            }
            flush_segment(&mut ops, &mut segment, segment_at);
            ops.push(Op::EndTextSection);
            if span {
                ops.push(Op::EndMarkedContentWithProperties);
            }
        }
        ops
    }

    /// Adds an A4 page with these operations.
    pub fn page(&mut self, ops: Vec<Op>) {
        #[allow(clippy::cast_possible_truncation)]
        self.pages
            .push(PdfPage::new(Mm(A4.0 as f32), Mm(A4.1 as f32), ops));
    }

    /// The finished document, fonts subset, streams compressed.
    ///
    /// printpdf's own `save` compresses every stream at zlib's best level, which took 40% of
    /// the report's time; streams are compressed here at [`COMPRESSION_LEVEL`] instead
    /// (`cargo bench --bench report` measures it).
    pub fn finish(mut self) -> Vec<u8> {
        self.doc.with_pages(std::mem::take(&mut self.pages));
        let options = PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        };
        let mut warnings = Vec::new();
        let mut doc = self.doc.to_lopdf_document(&options, &mut warnings);
        for w in warnings {
            log::debug!("pdf: {w:?}");
        }
        for object in doc.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = object {
                compress(stream);
            }
        }
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = doc.save_to(&mut bytes);
        bytes
    }
}
