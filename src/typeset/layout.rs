//! Flowing text down A4 pages: wrapped paragraphs, page breaks, running header and page numbers.

use printpdf::Op;

use super::pdf::{PdfBuilder, A4};
use super::{wrap, Fonts, LineBreaker, Weight};

const MM: f64 = 72.0 / 25.4;

/// Page geometry and type sizes, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageStyle {
    pub margin: f64,
    pub body_size: f64,
    pub line_gap: f64,
}

impl Default for PageStyle {
    fn default() -> Self {
        PageStyle {
            margin: 18.0 * MM,
            body_size: 10.5,
            line_gap: 1.35,
        }
    }
}

/// Text flowed onto pages; header and page numbers are added when the document is finished.
#[derive(Debug)]
pub struct Flow<'f> {
    fonts: &'f Fonts,
    breaker: LineBreaker,
    pdf: PdfBuilder,
    style: PageStyle,
    pages: Vec<Vec<Op>>,
    /// Baseline of the next line, from the bottom of the page.
    y: f64,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts, pdf: PdfBuilder, style: PageStyle) -> Flow<'f> {
        let mut flow = Flow {
            fonts,
            breaker: LineBreaker::default(),
            pdf,
            style,
            pages: Vec::new(),
            y: 0.0,
        };
        flow.new_page();
        flow
    }

    fn width(&self) -> f64 {
        A4.0 * MM - 2.0 * self.style.margin
    }

    fn top(&self) -> f64 {
        A4.1 * MM - self.style.margin - 10.0
    }

    fn bottom(&self) -> f64 {
        self.style.margin + 14.0
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top();
    }

    /// Makes room for `height` points, starting a new page if the current one is too full.
    pub fn ensure(&mut self, height: f64) {
        if self.y - height < self.bottom() {
            self.new_page();
        }
    }

    /// Vertical space.
    pub fn skip(&mut self, points: f64) {
        self.y -= points;
    }

    /// A wrapped paragraph; lines that do not fit go to the next page.
    pub fn paragraph(&mut self, text: &str, weight: Weight, size: f64, indent: f64) {
        let leading = size * self.style.line_gap;
        let lines = wrap(
            self.fonts,
            &self.breaker,
            text,
            weight,
            size,
            self.width() - indent,
        );
        for line in lines {
            self.ensure(leading);
            self.y -= leading;
            let ops = self.pdf.line(
                self.fonts,
                &line,
                weight,
                size,
                self.style.margin + indent,
                self.y,
            );
            if let Some(page) = self.pages.last_mut() {
                page.extend(ops);
            }
        }
    }

    /// Finishes the document: each page gets `header` at the top and `footer(n, total)` at the
    /// bottom.
    pub fn finish(mut self, header: &str, footer: impl Fn(usize, usize) -> String) -> Vec<u8> {
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let size = 8.0;
        for (i, mut ops) in pages.into_iter().enumerate() {
            let top = A4.1 * MM - self.style.margin + 4.0;
            ops.extend(self.pdf.line(
                self.fonts,
                header,
                Weight::Regular,
                size,
                self.style.margin,
                top,
            ));
            ops.extend(self.pdf.line(
                self.fonts,
                &footer(i + 1, total),
                Weight::Regular,
                size,
                self.style.margin,
                self.style.margin,
            ));
            self.pdf.page(ops);
        }
        self.pdf.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_flows_onto_further_pages() {
        let fonts = Fonts::embedded();
        let mut flow = Flow::new(
            &fonts,
            PdfBuilder::new("t").expect("fonts"),
            PageStyle::default(),
        );
        for _ in 0..60 {
            flow.paragraph("ຮ້ານຄ້າຮັບການຊຳລະເງິນດ້ວຍລະຫັດຄິວອາແລະການໂອນເງິນທຸກມື້ ເພື່ອໃຫ້ລູກຄ້າຈ່າຍໄດ້ງ່າຍຂຶ້ນ Hiển thị mã VietQR ở quầy.", Weight::Regular, 10.5, 0.0);
        }
        assert!(flow.pages.len() >= 2, "{} pages", flow.pages.len());
        let bytes = flow.finish("DigiReady", |n, t| format!("{n} / {t}"));
        assert!(bytes.starts_with(b"%PDF"));
    }
}
