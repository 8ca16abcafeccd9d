//! The PDF improvement plan: cover, score summary with a chart against the sector median, a
//! page per area with its findings, the plan as a table by horizon, and the method and
//! sources. Pure: everything it shows is passed in; it returns the PDF's bytes.
//!
//! In two steps: [`content`] writes the report as blocks of text in reading order (the
//! wording, numbers and dates in the report's language), then the blocks are laid out on A4
//! pages. The content alone is what other renderings of the same report start from.

pub mod typeset;

use crate::typeset::layout::{rect, Cell, Flow, PageStyle};
use crate::typeset::pdf::{PdfBuilder, PdfError};
use crate::typeset::{Fonts, Weight};
use digiready_i18n::format::{date, decimal, CivilDate};
use digiready_i18n::locale::Locale;
use digiready_i18n::{Args, Catalog};
use digiready_model::answers::{AnswerValue, Answers};
use digiready_model::benchmark::describe::{group_text, provenance_text};
use digiready_model::benchmark::Comparison;
use digiready_model::instrument::{Instrument, QuestionKind};
use digiready_model::plan::Plan;
use digiready_model::scoring::{shown_questions, Scores};

/// What the report is about.
#[derive(Debug)]
pub struct ReportInput<'a> {
    pub instrument: &'a Instrument,
    pub enterprise: &'a str,
    pub province: &'a str,
    pub country: &'a str,
    pub sector: &'a str,
    pub size: &'a str,
    pub assessor: &'a str,
    pub date: CivilDate,
    pub answers: &'a Answers,
    pub scores: &'a Scores,
    pub comparison: &'a Comparison,
    pub plan: &'a Plan,
}

struct Words<'c> {
    catalog: &'c Catalog,
    locale: Locale,
}

impl Words<'_> {
    fn t(&self, id: &str) -> String {
        self.catalog.text(self.locale, id)
    }
    fn f(&self, id: &str, args: Args<'_>) -> String {
        self.catalog.format(self.locale, id, &args)
    }
    fn num(&self, x: f64) -> String {
        decimal(self.locale, x, 1)
    }
}

/// One piece of the report, in reading order: what [`render`] lays out on A4 pages. The
/// content is kept apart from the layout so that it can be shown another way too (the HTML
/// that `bench/pdf_vs_chromium.py` prints with Chromium, for the same report).
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The next block starts a new page.
    NewPage,
    /// Vertical space, in points.
    Skip(f64),
    /// A new page unless this much height, in points, is left on the current one.
    KeepSpace(f64),
    /// A paragraph, wrapped to the text column; lines that do not fit go to the next page.
    Paragraph {
        text: String,
        weight: Weight,
        /// Type size in points.
        size: f64,
    },
    /// A bar of the summary chart: an area, its score (0–100, with its text) if it was
    /// rated, and the sector median (0–100) if a benchmark has one.
    Bar {
        label: String,
        score: Option<(f64, String)>,
        median: Option<f64>,
    },
    /// A table row: cells side by side, moved whole to the next page when it does not fit,
    /// with a thin rule under it.
    Row { cells: Vec<RowCell>, size: f64 },
    /// The header row (bold texts and their shares of the width) repeated when the table
    /// continues on a new page; `None` ends the table.
    TableHeader(Option<(Vec<(String, f64)>, f64)>),
}

/// One table cell: paragraphs with their weights (a U+2029 inside a text also starts a new
/// line) in a share (0–1) of the text column's width.
#[derive(Debug, Clone, PartialEq)]
pub struct RowCell {
    pub parts: Vec<(String, Weight)>,
    pub share: f64,
}

/// The whole report as text and blocks, before layout.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportContent {
    /// The document's title (also the cover's first line).
    pub title: String,
    /// The running header at the top of every page.
    pub header: String,
    pub blocks: Vec<Block>,
}

/// The report in `locale` (independent of the language the program is used in).
pub fn render(
    fonts: &Fonts,
    catalog: &Catalog,
    locale: Locale,
    input: &ReportInput<'_>,
) -> Result<Vec<u8>, PdfError> {
    lay_out(fonts, &content(catalog, locale, input), |page, total| {
        page_label(catalog, locale, page, total)
    })
}

/// The footer of page `page` of `total`.
pub fn page_label(catalog: &Catalog, locale: Locale, page: usize, total: usize) -> String {
    catalog.format(
        locale,
        "report-page",
        &Args::new().count("page", page).count("total", total),
    )
}

/// The blocks on A4 pages, with the header and `footer(page, total)` on every page.
fn lay_out(
    fonts: &Fonts,
    content: &ReportContent,
    footer: impl Fn(usize, usize) -> String,
) -> Result<Vec<u8>, PdfError> {
    let style = PageStyle::default();
    let mut flow = Flow::new(fonts, PdfBuilder::new(&content.title)?, style);
    let width = flow.width();
    for block in &content.blocks {
        match block {
            Block::NewPage => flow.new_page(),
            Block::Skip(points) => flow.skip(*points),
            Block::KeepSpace(points) => flow.ensure(*points),
            Block::Paragraph { text, weight, size } => flow.paragraph(text, *weight, *size, 0.0),
            Block::Bar {
                label,
                score,
                median,
            } => bar(&mut flow, label, score.as_ref(), *median),
            Block::Row { cells, size } => {
                let cells: Vec<Cell<'_>> = cells
                    .iter()
                    .map(|c| Cell {
                        parts: c.parts.iter().map(|(t, w)| (t.as_str(), *w)).collect(),
                        width: width * c.share,
                    })
                    .collect();
                flow.row(&cells, *size);
            }
            Block::TableHeader(header) => {
                flow.set_table_header(header.as_ref().map(|(cells, size)| {
                    let cells = cells
                        .iter()
                        .map(|(text, share)| (text.clone(), width * share))
                        .collect();
                    (cells, *size)
                }))
            }
        }
    }
    Ok(flow.finish(&content.header, footer))
}

/// A bar of the summary chart: the area's name (wrapped within its column, never under the
/// bar), the bar with the score, and a tick at the sector median.
fn bar(flow: &mut Flow<'_>, name: &str, score: Option<&(f64, String)>, median: Option<f64>) {
    let body = flow.style().body_size;
    let label_width = 150.0;
    let bar_width = flow.width() - label_width - 40.0;
    let label_lines = flow.lines(name, Weight::Regular, body, label_width - 8.0);
    let line_height = body * 1.35;
    #[allow(clippy::cast_precision_loss)] // a few lines
    let height = 22.0_f64.max(label_lines.len() as f64 * line_height + 8.0);
    flow.ensure(height);
    let y = flow.y() - 16.0;
    let x0 = flow.left() + label_width;
    let mut ops = Vec::new();
    for (k, line) in label_lines.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let ly = y + 2.0 - k as f64 * line_height;
        ops.extend(flow.text_ops(line, Weight::Regular, body, flow.left(), ly));
    }
    ops.extend(rect(x0, y, bar_width, 10.0, (0.92, 0.92, 0.92)));
    if let Some((score, text)) = score {
        ops.extend(rect(
            x0,
            y,
            bar_width * score / 100.0,
            10.0,
            (0.16, 0.42, 0.70),
        ));
        ops.extend(flow.text_ops(text, Weight::Bold, body, x0 + bar_width + 6.0, y + 2.0));
    }
    if let Some(median) = median {
        let mx = x0 + bar_width * median / 100.0;
        ops.extend(rect(mx - 0.9, y - 3.0, 1.8, 16.0, (0.85, 0.33, 0.10)));
    }
    flow.draw(ops);
    flow.skip(height);
}

/// Everything the report says, in `locale`, as blocks in reading order.
#[allow(clippy::too_many_lines)] // the report from cover to sources, in order
pub fn content(catalog: &Catalog, locale: Locale, input: &ReportInput<'_>) -> ReportContent {
    let w = Words { catalog, locale };
    let body = PageStyle::default().body_size;
    let i = input.instrument;
    let mut blocks = Vec::new();
    let paragraph =
        |text: String, weight: Weight, size: f64| Block::Paragraph { text, weight, size };

    // Cover.
    blocks.push(Block::Skip(140.0));
    blocks.push(paragraph(w.t("report-title"), Weight::Bold, 24.0));
    blocks.push(Block::Skip(18.0));
    blocks.push(paragraph(input.enterprise.to_string(), Weight::Bold, 16.0));
    let about = [
        w.t(&format!("sector-{}", input.sector)),
        w.t(&format!("size-{}", input.size)),
        format!(
            "{}, {}",
            input.province,
            w.t(&format!("country-{}", input.country))
        ),
    ]
    .join(" · ");
    blocks.push(paragraph(about, Weight::Regular, 12.0));
    blocks.push(Block::Skip(24.0));
    for (id, value) in [
        ("report-date", date(locale, input.date)),
        ("report-assessor", input.assessor.to_string()),
        (
            "report-language",
            w.t(&format!("language-{}", locale.tag())),
        ),
        ("report-questionnaire", i.version.clone()),
    ] {
        blocks.push(paragraph(
            w.f(id, Args::new().text("value", value)),
            Weight::Regular,
            11.0,
        ));
    }

    // Summary with the chart.
    blocks.push(Block::NewPage);
    blocks.push(paragraph(w.t("report-summary"), Weight::Bold, 16.0));
    blocks.push(Block::Skip(6.0));
    if let Some(o) = input.scores.overall {
        let text = w.f(
            "report-overall",
            Args::new()
                .text("score", w.num(o.score))
                .count("level", o.level.into())
                .text("level-name", w.t(&format!("level-{}", o.level))),
        );
        blocks.push(paragraph(text, Weight::Bold, 12.0));
    }
    blocks.push(Block::Skip(10.0));
    for a in &input.scores.areas {
        blocks.push(Block::Bar {
            label: i
                .area(&a.area)
                .map(|x| w.t(&x.message_id()))
                .unwrap_or_default(),
            score: a.rated.map(|r| (r.score, w.num(r.score))),
            median: input.comparison.area(&a.area).map(|c| c.median),
        });
    }
    blocks.push(Block::Skip(4.0));
    blocks.push(paragraph(w.t("report-chart-legend"), Weight::Regular, 8.5));
    blocks.push(Block::Skip(10.0));
    for level in 1..=5u8 {
        let text = format!(
            "{} {}: {}",
            level,
            w.t(&format!("level-{level}")),
            w.t(&format!("level-{level}.description"))
        );
        blocks.push(paragraph(text, Weight::Regular, 9.5));
    }

    // A page per area: score, comparison, answers.
    let shown = shown_questions(i, input.sector, input.answers);
    for a in &input.scores.areas {
        let Some(area) = i.area(&a.area) else {
            continue;
        };
        blocks.push(Block::NewPage);
        blocks.push(paragraph(w.t(&area.message_id()), Weight::Bold, 16.0));
        blocks.push(paragraph(
            w.t(&format!("{}.description", area.message_id())),
            Weight::Regular,
            9.5,
        ));
        blocks.push(Block::Skip(6.0));
        let line = match a.rated {
            Some(r) => w.f(
                "report-area-score",
                Args::new()
                    .text("score", w.num(r.score))
                    .count("level", r.level.into())
                    .text("level-name", w.t(&format!("level-{}", r.level)))
                    .count("answered", a.answered)
                    .count("shown", a.shown),
            ),
            None => w.t("report-area-not-scored"),
        };
        blocks.push(paragraph(line, Weight::Bold, 11.0));
        if let Some(c) = input.comparison.area(&a.area) {
            let text = w.f(
                "report-area-compare",
                Args::new()
                    .text("median", w.num(c.median))
                    .text("percentile", w.num(c.percentile))
                    .text("group", group_text(catalog, locale, &c.group)),
            );
            blocks.push(paragraph(text, Weight::Regular, body));
            blocks.push(paragraph(
                format!("({})", provenance_text(catalog, locale, &c.provenance)),
                Weight::Regular,
                8.0,
            ));
        }
        blocks.push(Block::Skip(8.0));
        for q in shown.iter().filter(|q| q.area == a.area) {
            let answer = match input.answers.get(&q.id) {
                None => w.t("report-not-answered"),
                Some(AnswerValue::Choice(c)) => w.t(&q.choice_message_id(c)),
                Some(AnswerValue::Choices(cs)) => cs
                    .iter()
                    .map(|c| w.t(&q.choice_message_id(c)))
                    .collect::<Vec<_>>()
                    .join("; "),
                Some(AnswerValue::Number(n)) => match q.kind {
                    QuestionKind::Number { .. } => {
                        format!("{} {}", w.num(*n), w.t(&format!("{}.unit", q.message_id())))
                    }
                    _ => w.num(*n),
                },
            };
            blocks.push(Block::Row {
                cells: vec![
                    RowCell {
                        parts: vec![(w.t(&q.message_id()), Weight::Regular)],
                        share: 0.55,
                    },
                    RowCell {
                        parts: vec![(answer, Weight::Bold)],
                        share: 0.45,
                    },
                ],
                size: 9.5,
            });
        }
    }

    // The plan as a table by horizon.
    blocks.push(Block::NewPage);
    blocks.push(paragraph(w.t("report-plan"), Weight::Bold, 16.0));
    blocks.push(paragraph(w.t("report-plan-intro"), Weight::Regular, 9.5));
    let shares = [0.64, 0.18, 0.18];
    let mut n = 0;
    let groups: Vec<(String, &Vec<digiready_model::plan::PlanItem>)> = input
        .plan
        .horizons
        .iter()
        .map(|(days, items)| (w.t(&format!("horizon-{days}")), items))
        .chain(std::iter::once((w.t("report-later"), &input.plan.later)))
        .filter(|(_, items)| !items.is_empty())
        .collect();
    for (title, items) in groups {
        blocks.push(Block::Skip(10.0));
        blocks.push(Block::KeepSpace(60.0));
        blocks.push(paragraph(title, Weight::Bold, 13.0));
        let header: Vec<(String, f64)> =
            ["report-col-action", "report-col-effort", "report-col-cost"]
                .iter()
                .zip(shares)
                .map(|(id, share)| (w.t(id), share))
                .collect();
        blocks.push(Block::Row {
            cells: header
                .iter()
                .map(|(text, share)| RowCell {
                    parts: vec![(text.clone(), Weight::Bold)],
                    share: *share,
                })
                .collect(),
            size: 9.0,
        });
        blocks.push(Block::TableHeader(Some((header, 9.0))));
        for item in items {
            n += 1;
            let action = i.action(&item.action);
            let title = format!("{n}. {}", w.t(&format!("act-{}", item.action)));
            let step = w.f(
                "report-first-step",
                Args::new().text("step", w.t(&format!("act-{}.step", item.action))),
            );
            let why: Vec<String> = item
                .reasons
                .iter()
                .map(|r| {
                    let area = i
                        .area(&r.area)
                        .map(|x| w.t(&x.message_id()))
                        .unwrap_or_default();
                    w.f(
                        "report-why",
                        Args::new()
                            .text("question", w.t(&format!("q-{}", r.question)))
                            .text("area", area)
                            .text("points", w.num(r.area_gain)),
                    )
                })
                .collect();
            let why = why.join(" ");
            let effort = action
                .map(|a| w.t(&format!("effort-{}", a.effort.as_str())))
                .unwrap_or_default();
            let cost = action
                .map(|a| {
                    format!(
                        "{}\u{2029}{}",
                        w.t(&format!("cost-{}", a.cost.as_str())),
                        w.t(&format!("cost-{}.description", a.cost.as_str()))
                    )
                })
                .unwrap_or_default();
            blocks.push(Block::Row {
                cells: vec![
                    RowCell {
                        parts: vec![
                            (title, Weight::Bold),
                            (step, Weight::Regular),
                            (why, Weight::Regular),
                        ],
                        share: shares[0],
                    },
                    RowCell {
                        parts: vec![(effort, Weight::Regular)],
                        share: shares[1],
                    },
                    RowCell {
                        parts: vec![(cost, Weight::Regular)],
                        share: shares[2],
                    },
                ],
                size: 9.0,
            });
        }
    }
    blocks.push(Block::TableHeader(None));

    // Method and sources.
    blocks.push(Block::NewPage);
    blocks.push(paragraph(w.t("report-appendix"), Weight::Bold, 16.0));
    blocks.push(Block::Skip(4.0));
    for id in [
        "report-method-scores",
        "report-method-levels",
        "report-method-benchmarks",
        "report-method-plan",
    ] {
        blocks.push(paragraph(w.t(id), Weight::Regular, 9.5));
        blocks.push(Block::Skip(4.0));
    }
    blocks.push(Block::Skip(6.0));
    blocks.push(paragraph(w.t("report-sources"), Weight::Bold, 12.0));
    let mut seen = Vec::new();
    let provenances = input
        .comparison
        .areas
        .iter()
        .map(|c| &c.provenance)
        .chain(input.comparison.practices.iter().map(|c| &c.provenance))
        .chain(input.comparison.indicators.iter().map(|c| &c.provenance));
    for p in provenances {
        let key = (p.kind, p.source.clone(), p.method.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let text = format!(
            "• {} ({}). {} {}",
            provenance_text(catalog, locale, p),
            p.year,
            p.population,
            p.method
        );
        blocks.push(paragraph(text, Weight::Regular, 8.0));
        blocks.push(Block::Skip(3.0));
    }

    ReportContent {
        title: w.t("report-title"),
        header: format!("DigiReady — {}", input.enterprise),
        blocks,
    }
}
