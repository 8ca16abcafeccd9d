//! An aggregation written out: CSV for programs (ids, long format, full precision) and an
//! Excel workbook for people (names in the reader's language, formatted figures).

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::csv::{neutralise, Cell, CsvText};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use digiready_model::release::aggregate::{Aggregation, Cell as AggCell, Dimension, Figures};
use digiready_model::release::disclosure::Summary;

/// The measure of the overall index in `scores.csv`.
pub const OVERALL: &str = "overall";

/// `scores.csv`: one row per kept cell and measure (the overall index, then each area). A cell
/// of a table marked for publication too small for quantiles gives only `n` and the band of
/// its median (`median_from` ≤ median < `median_to`); other rows leave the band empty.
pub fn scores_csv(agg: &Aggregation) -> String {
    let mut out = CsvText::new();
    let mut header: Vec<&str> = agg.by.iter().map(|d| d.as_str()).collect();
    header.extend([
        "firms",
        "measure",
        "n",
        "mean",
        "p10",
        "p25",
        "p50",
        "p75",
        "p90",
        "median_from",
        "median_to",
    ]);
    out.row(&header.iter().map(|h| Cell::Text(h)).collect::<Vec<_>>());
    for cell in &agg.cells {
        for (measure, d) in measures(cell) {
            let mut row = key_cells(cell);
            row.push(Cell::Number(cell.firms as f64));
            row.push(Cell::Text(measure));
            row.push(Cell::Number(d.n() as f64));
            match d {
                Figures::Full(d) => {
                    row.push(Cell::Number(d.mean));
                    row.extend(d.quantiles.map(Cell::Number));
                    row.extend([Cell::Empty, Cell::Empty]);
                }
                Figures::MedianBand { from, to, .. } => {
                    row.extend(std::iter::repeat_n(Cell::Empty, 6));
                    row.extend([Cell::Number(*from), Cell::Number(*to)]);
                }
            }
            out.row(&row);
        }
    }
    out.finish()
}

/// `practices.csv`: one row per kept cell and practice known for enough of its firms.
pub fn practices_csv(agg: &Aggregation) -> String {
    let mut out = CsvText::new();
    let mut header: Vec<&str> = agg.by.iter().map(|d| d.as_str()).collect();
    header.extend(["firms", "practice", "known", "following", "share"]);
    out.row(&header.iter().map(|h| Cell::Text(h)).collect::<Vec<_>>());
    for cell in &agg.cells {
        for (practice, a) in &cell.practices {
            let mut row = key_cells(cell);
            row.extend([
                Cell::Number(cell.firms as f64),
                Cell::Text(practice),
                Cell::Number(a.known as f64),
                Cell::Number(a.following as f64),
                Cell::Number(a.share()),
            ]);
            out.row(&row);
        }
    }
    out.finish()
}

fn key_cells(cell: &AggCell) -> Vec<Cell<'_>> {
    cell.key
        .iter()
        .map(|v| v.as_deref().map_or(Cell::Empty, Cell::Text))
        .collect()
}

fn measures(cell: &AggCell) -> Vec<(&str, &Figures)> {
    cell.overall
        .iter()
        .map(|d| (OVERALL, d))
        .chain(cell.areas.iter().map(|(a, d)| (a.as_str(), d)))
        .collect()
}

/// What the workbook's first sheet says about the data.
#[derive(Debug, Clone)]
pub struct About {
    /// Export files merged.
    pub files: usize,
    /// "2026-Q1 – 2026-Q4", or empty.
    pub period: String,
    /// The day the workbook was made, formatted for the reader.
    pub made: String,
}

/// A dimension value's name in the reader's language.
fn value_name(catalog: &Catalog, locale: Locale, d: Dimension, v: Option<&str>) -> String {
    let Some(v) = v else {
        return catalog.text(locale, "agg-not-released");
    };
    let key = match d {
        Dimension::Country => format!("country-{v}"),
        Dimension::Region => format!("region-{v}"),
        Dimension::Province => format!("province-{v}"),
        Dimension::Sector => format!("sector-{v}"),
        Dimension::Size => format!("size-{v}"),
        Dimension::Year | Dimension::Period => return v.to_string(),
    };
    if catalog.has(locale, &key) || catalog.has(Locale::FALLBACK, &key) {
        catalog.text(locale, &key)
    } else {
        v.to_string()
    }
}

fn measure_name(catalog: &Catalog, locale: Locale, measure: &str) -> String {
    if measure == OVERALL {
        catalog.text(locale, "agg-overall")
    } else {
        catalog.text(locale, &format!("area-{measure}"))
    }
}

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    row: u32,
}

impl Sheet<'_> {
    fn text(&mut self, col: u16, text: &str, format: Option<&Format>) -> Result<(), XlsxError> {
        let text = neutralise(text);
        match format {
            Some(f) => self.ws.write_string_with_format(self.row, col, text, f)?,
            None => self.ws.write_string(self.row, col, text)?,
        };
        Ok(())
    }

    fn number(&mut self, col: u16, x: f64, format: &Format) -> Result<(), XlsxError> {
        self.ws.write_number_with_format(self.row, col, x, format)?;
        Ok(())
    }

    /// A header row, frozen, with a filter over `last_col` columns once the data is written.
    fn header(&mut self, names: &[String], bold: &Format) -> Result<(), XlsxError> {
        for (i, name) in names.iter().enumerate() {
            self.text(i as u16, name, Some(bold))?;
            let width = (name.chars().count() as f64 + 2.0).clamp(10.0, 40.0);
            self.ws.set_column_width(i as u16, width)?;
        }
        self.ws.set_freeze_panes(1, 0)?;
        self.row = 1;
        Ok(())
    }
}

/// The workbook: an "about" sheet, score distributions and practice adoption.
pub fn workbook(
    agg: &Aggregation,
    about: &About,
    catalog: &Catalog,
    locale: Locale,
) -> Result<Vec<u8>, XlsxError> {
    let t = |id: &str| catalog.text(locale, id);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let count = Format::new().set_num_format("#,##0");
    let score = Format::new().set_num_format("0.0");
    let share = Format::new().set_num_format("0%");
    let mut book = Workbook::new();

    // About.
    {
        let mut s = Sheet {
            ws: book.add_worksheet(),
            row: 0,
        };
        s.ws.set_name(sheet_name(&t("agg-sheet-about")))?;
        s.ws.set_column_width(0, 34)?;
        s.ws.set_column_width(1, 60)?;
        s.text(0, &t("agg-title"), Some(&bold))?;
        s.row = 2;
        let by: Vec<String> = agg
            .by
            .iter()
            .map(|d| t(&format!("agg-dim-{}", d.as_str())))
            .collect();
        let lines = [
            ("agg-about-records", agg.records.to_string()),
            ("agg-about-files", about.files.to_string()),
            ("agg-about-period", about.period.clone()),
            ("agg-about-by", by.join(" × ")),
            ("agg-about-cells", agg.cells.len().to_string()),
            (
                "agg-about-suppressed",
                catalog.format(
                    locale,
                    "agg-about-suppressed-value",
                    &Args::new()
                        .count("cells", agg.suppressed_cells)
                        .count("records", agg.suppressed_records)
                        .count("min", agg.min_firms),
                ),
            ),
            (
                "agg-about-publication",
                publication_text(agg, catalog, locale),
            ),
            ("agg-about-made", about.made.clone()),
        ];
        for (label, value) in lines {
            s.text(0, &t(label), Some(&bold))?;
            s.text(1, &value, Some(&wrap))?;
            s.row += 1;
        }
        s.row += 1;
        s.ws.merge_range(s.row, 0, s.row, 1, &neutralise(&t("agg-about-note")), &wrap)?;
        s.ws.set_row_height(s.row, 75)?;
    }

    let dims: Vec<String> = agg
        .by
        .iter()
        .map(|d| t(&format!("agg-dim-{}", d.as_str())))
        .collect();
    let key_names = |cell: &AggCell| -> Vec<String> {
        agg.by
            .iter()
            .zip(&cell.key)
            .map(|(d, v)| value_name(catalog, locale, *d, v.as_deref()))
            .collect()
    };

    // Scores.
    {
        let mut s = Sheet {
            ws: book.add_worksheet(),
            row: 0,
        };
        s.ws.set_name(sheet_name(&t("agg-sheet-scores")))?;
        let mut header = dims.clone();
        for id in [
            "agg-col-firms",
            "agg-col-measure",
            "agg-col-n",
            "agg-col-mean",
            "agg-col-p10",
            "agg-col-p25",
            "agg-col-median",
            "agg-col-p75",
            "agg-col-p90",
            "agg-col-median-band",
        ] {
            header.push(t(id));
        }
        s.header(&header, &bold)?;
        let k = dims.len() as u16;
        s.ws.set_column_width(k + 1, 36)?;
        for cell in &agg.cells {
            let names = key_names(cell);
            for (measure, d) in measures(cell) {
                for (i, name) in names.iter().enumerate() {
                    s.text(i as u16, name, None)?;
                }
                s.number(k, cell.firms as f64, &count)?;
                s.text(k + 1, &measure_name(catalog, locale, measure), None)?;
                s.number(k + 2, d.n() as f64, &count)?;
                match d {
                    Figures::Full(d) => {
                        s.number(k + 3, d.mean, &score)?;
                        for (j, q) in d.quantiles.iter().enumerate() {
                            s.number(k + 4 + j as u16, *q, &score)?;
                        }
                    }
                    Figures::MedianBand { from, to, .. } => {
                        let band = catalog.format(
                            locale,
                            "agg-median-band",
                            &Args::new()
                                .count("from", *from as usize)
                                .count("to", *to as usize),
                        );
                        s.text(k + 9, &band, None)?;
                    }
                }
                s.row += 1;
            }
        }
        let last = s.row.saturating_sub(1).max(1);
        s.ws.autofilter(0, 0, last, header.len() as u16 - 1)?;
    }

    // Practices.
    {
        let mut s = Sheet {
            ws: book.add_worksheet(),
            row: 0,
        };
        s.ws.set_name(sheet_name(&t("agg-sheet-practices")))?;
        let mut header = dims.clone();
        for id in [
            "agg-col-firms",
            "agg-col-practice",
            "agg-col-known",
            "agg-col-following",
            "agg-col-share",
        ] {
            header.push(t(id));
        }
        s.header(&header, &bold)?;
        let k = dims.len() as u16;
        s.ws.set_column_width(k + 1, 40)?;
        for cell in &agg.cells {
            let names = key_names(cell);
            for (practice, a) in &cell.practices {
                for (i, name) in names.iter().enumerate() {
                    s.text(i as u16, name, None)?;
                }
                s.number(k, cell.firms as f64, &count)?;
                s.text(k + 1, &t(&format!("practice-{practice}")), None)?;
                s.number(k + 2, a.known as f64, &count)?;
                s.number(k + 3, a.following as f64, &count)?;
                s.number(k + 4, a.share(), &share)?;
                s.row += 1;
            }
        }
        let last = s.row.saturating_sub(1).max(1);
        s.ws.autofilter(0, 0, last, header.len() as u16 - 1)?;
    }
    book.save_to_buffer()
}

/// What disclosure control did, as a message's arguments (the workbook's About sheet, the
/// CLI's line after a pack or a publication).
pub fn disclosure_args(d: &Summary) -> Args<'static> {
    Args::new()
        .count("candidates", d.candidates)
        .count("published", d.published)
        .count("frozen", d.frozen)
        .count("too_small", d.too_small)
        .count("complementary", d.complementary)
}

/// Whether the tables are for publication, and what disclosure control did to them.
fn publication_text(agg: &Aggregation, catalog: &Catalog, locale: Locale) -> String {
    match &agg.disclosure {
        None => catalog.text(locale, "agg-about-publication-no"),
        Some(d) => catalog.format(locale, "agg-about-publication-yes", &disclosure_args(d)),
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .take(31)
        .collect()
}
