//! Flowing text down A4 pages: wrapped paragraphs, page breaks, running header and page numbers.

use printpdf::{Color, Line, LinePoint, Op, PaintMode, Point, Pt, Rect, Rgb};

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

/// One table cell: paragraphs (text, weight) in a width, in points.
#[derive(Debug, Clone)]
pub struct Cell<'a> {
    pub parts: Vec<(&'a str, Weight)>,
    pub width: f64,
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
    /// Header cells (text, width) and size, repeated when a table continues on a new page.
    table_header: Option<(Vec<(String, f64)>, f64)>,
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
            table_header: None,
        };
        flow.new_page();
        flow
    }

    /// The width of the text column, in points.
    pub fn width(&self) -> f64 {
        A4.0 * MM - 2.0 * self.style.margin
    }

    /// The left edge of the text column, in points.
    pub fn left(&self) -> f64 {
        self.style.margin
    }

    /// The baseline of the last line drawn (the top of the free space), in points.
    pub fn y(&self) -> f64 {
        self.y
    }

    pub fn style(&self) -> PageStyle {
        self.style
    }

    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    /// Draws operations on the current page.
    pub fn draw(&mut self, ops: Vec<Op>) {
        if let Some(page) = self.pages.last_mut() {
            page.extend(ops);
        }
    }

    /// Operations for one line of text at a position.
    pub fn text_ops(&self, text: &str, weight: Weight, size: f64, x: f64, y: f64) -> Vec<Op> {
        self.pdf.line(self.fonts, text, weight, size, x, y)
    }

    /// The lines `text` wraps into at `size` in `width` points.
    /// A paragraph separator (U+2029) in `text` always starts a new line.
    pub fn lines(&self, text: &str, weight: Weight, size: f64, width: f64) -> Vec<String> {
        text.split('\u{2029}')
            .flat_map(|part| wrap(self.fonts, &self.breaker, part, weight, size, width))
            .collect()
    }

    /// A table row: cells side by side, each a list of paragraphs (text and weight) in a
    /// width; the row moves to the next page whole when it does not fit (and the table's header
    /// row, if one is set, is repeated there); a thin rule is drawn under it.
    /// A row taller than a whole page is drawn in parts, as many lines as fit on each page.
    pub fn row(&mut self, cells: &[Cell<'_>], size: f64) {
        let leading = size * self.style.line_gap;
        let (wrapped, height) = self.wrap_cells(cells, size, leading);
        if self.y - height < self.bottom() {
            self.table_page();
        }
        let total = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut start = 0;
        loop {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let fit = (((self.y - self.bottom() - 4.0) / leading).floor().max(1.0)) as usize;
            let end = (start + fit).min(total);
            let part: Vec<Vec<(String, Weight)>> = wrapped
                .iter()
                .map(|lines| lines[start.min(lines.len())..end.min(lines.len())].to_vec())
                .collect();
            #[allow(clippy::cast_precision_loss)]
            let part_height = (end - start) as f64 * leading + 4.0;
            self.draw_wrapped(cells, &part, leading, part_height, size);
            if end == total {
                return;
            }
            start = end;
            self.table_page();
        }
    }

    /// A new page for a table that goes on: its header row again, if one is set.
    fn table_page(&mut self) {
        self.new_page();
        if let Some((header, header_size)) = self.table_header.clone() {
            let cells: Vec<Cell<'_>> = header
                .iter()
                .map(|(text, width)| Cell {
                    parts: vec![(text.as_str(), Weight::Bold)],
                    width: *width,
                })
                .collect();
            self.draw_row(&cells, header_size);
        }
    }

    /// Sets (or clears) the header row repeated at the top of a page when a table breaks.
    pub fn set_table_header(&mut self, header: Option<(Vec<(String, f64)>, f64)>) {
        self.table_header = header;
    }

    fn draw_row(&mut self, cells: &[Cell<'_>], size: f64) {
        let leading = size * self.style.line_gap;
        let (wrapped, height) = self.wrap_cells(cells, size, leading);
        self.draw_wrapped(cells, &wrapped, leading, height, size);
    }

    /// Each cell's lines with their weights, and the row's height.
    fn wrap_cells(
        &self,
        cells: &[Cell<'_>],
        size: f64,
        leading: f64,
    ) -> (Vec<Vec<(String, Weight)>>, f64) {
        let wrapped: Vec<Vec<(String, Weight)>> = cells
            .iter()
            .map(|cell| {
                cell.parts
                    .iter()
                    .flat_map(|(text, weight)| {
                        self.lines(text, *weight, size, cell.width - 4.0)
                            .into_iter()
                            .map(move |l| (l, *weight))
                    })
                    .collect()
            })
            .collect();
        let rows = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        #[allow(clippy::cast_precision_loss)]
        let height = rows as f64 * leading + 4.0;
        (wrapped, height)
    }

    fn draw_wrapped(
        &mut self,
        cells: &[Cell<'_>],
        wrapped: &[Vec<(String, Weight)>],
        leading: f64,
        height: f64,
        size: f64,
    ) {
        let top = self.y;
        let mut x = self.style.margin;
        let mut ops = Vec::new();
        for (cell, lines) in cells.iter().zip(wrapped) {
            for (i, (line, weight)) in lines.iter().enumerate() {
                #[allow(clippy::cast_precision_loss)]
                let baseline = top - leading * (i as f64 + 1.0);
                ops.extend(self.pdf.line(self.fonts, line, *weight, size, x, baseline));
            }
            x += cell.width;
        }
        self.y = top - height;
        ops.extend(rule(self.style.margin, self.y + 1.5, self.width(), 0.85));
        self.draw(ops);
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

/// A filled rectangle in a grey or colour (r, g, b from 0 to 1).
pub fn rect(x: f64, y: f64, width: f64, height: f64, rgb: (f32, f32, f32)) -> Vec<Op> {
    #[allow(clippy::cast_possible_truncation)]
    let pt = |v: f64| Pt(v as f32);
    vec![
        Op::SetFillColor {
            col: Color::Rgb(Rgb::new(rgb.0, rgb.1, rgb.2, None)),
        },
        Op::DrawRectangle {
            rectangle: Rect {
                x: pt(x),
                y: pt(y),
                width: pt(width),
                height: pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        },
        Op::SetFillColor {
            col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
        },
    ]
}

/// A thin horizontal line in grey `shade` (0 black, 1 white).
pub fn rule(x: f64, y: f64, width: f64, shade: f32) -> Vec<Op> {
    #[allow(clippy::cast_possible_truncation)]
    let point = |x: f64, y: f64| LinePoint {
        p: Point {
            x: Pt(x as f32),
            y: Pt(y as f32),
        },
        bezier: false,
    };
    vec![
        Op::SetOutlineColor {
            col: Color::Rgb(Rgb::new(shade, shade, shade, None)),
        },
        Op::SetOutlineThickness { pt: Pt(0.5) },
        Op::DrawLine {
            line: Line {
                points: vec![point(x, y), point(x + width, y)],
                is_closed: false,
            },
        },
    ]
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

    /// A table row whose cell wraps to more lines than a page holds goes on over pages instead
    /// of running off the bottom, the header row repeated on each.
    #[test]
    fn a_row_taller_than_a_page_goes_on_over_pages() {
        let fonts = Fonts::embedded();
        let mut flow = Flow::new(
            &fonts,
            PdfBuilder::new("t").expect("fonts"),
            PageStyle::default(),
        );
        flow.set_table_header(Some((vec![("Việc cần làm".into(), 300.0)], 9.0)));
        let long = "Mở tài khoản ngân hàng riêng cho cửa hàng và nhận chuyển khoản. ".repeat(120);
        flow.row(
            &[Cell {
                parts: vec![(long.as_str(), Weight::Regular)],
                width: 150.0,
            }],
            10.0,
        );
        assert!(flow.pages.len() >= 2, "{} pages", flow.pages.len());
        assert!(
            flow.y >= flow.bottom() - 1e-6,
            "the row ends at {} below the bottom margin {}",
            flow.y,
            flow.bottom()
        );
    }
}
