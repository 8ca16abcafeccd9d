//! The PDF improvement plan: cover, score summary with a chart against the sector median, a
//! page per area with its findings, the plan as a table by horizon, and the method and
//! sources. Pure: everything it shows is passed in; it returns the PDF's bytes.

use crate::answers::{AnswerValue, Answers};
use crate::benchmark::describe::{group_text, provenance_text};
use crate::benchmark::Comparison;
use crate::i18n::format::{date, decimal, CivilDate};
use crate::i18n::{Args, Catalog};
use crate::instrument::{Instrument, QuestionKind};
use crate::locale::Locale;
use crate::plan::Plan;
use crate::scoring::{shown_questions, Scores};
use crate::typeset::layout::{rect, Cell, Flow, PageStyle};
use crate::typeset::pdf::{PdfBuilder, PdfError};
use crate::typeset::{Fonts, Weight};

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

/// The report in `locale` (independent of the language the program is used in).
pub fn render(
    fonts: &Fonts,
    catalog: &Catalog,
    locale: Locale,
    input: &ReportInput<'_>,
) -> Result<Vec<u8>, PdfError> {
    let w = Words { catalog, locale };
    let style = PageStyle::default();
    let mut flow = Flow::new(fonts, PdfBuilder::new(&w.t("report-title"))?, style);
    let body = style.body_size;
    let i = input.instrument;

    // Cover.
    flow.skip(140.0);
    flow.paragraph(&w.t("report-title"), Weight::Bold, 24.0, 0.0);
    flow.skip(18.0);
    flow.paragraph(input.enterprise, Weight::Bold, 16.0, 0.0);
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
    flow.paragraph(&about, Weight::Regular, 12.0, 0.0);
    flow.skip(24.0);
    for (id, value) in [
        ("report-date", date(locale, input.date)),
        ("report-assessor", input.assessor.to_string()),
        (
            "report-language",
            w.t(&format!("language-{}", locale.tag())),
        ),
        ("report-questionnaire", i.version.clone()),
    ] {
        flow.paragraph(
            &w.f(id, Args::new().text("value", value)),
            Weight::Regular,
            11.0,
            0.0,
        );
    }

    // Summary with the chart.
    flow.new_page();
    flow.paragraph(&w.t("report-summary"), Weight::Bold, 16.0, 0.0);
    flow.skip(6.0);
    if let Some(o) = input.scores.overall {
        let text = w.f(
            "report-overall",
            Args::new()
                .text("score", w.num(o.score))
                .count("level", o.level.into())
                .text("level-name", w.t(&format!("level-{}", o.level))),
        );
        flow.paragraph(&text, Weight::Bold, 12.0, 0.0);
    }
    flow.skip(10.0);
    let label_width = 150.0;
    let bar_width = flow.width() - label_width - 40.0;
    for a in &input.scores.areas {
        let name = i
            .area(&a.area)
            .map(|x| w.t(&x.message_id()))
            .unwrap_or_default();
        // A long area name wraps within its column (never under the bar).
        let label_lines = flow.lines(&name, Weight::Regular, body, label_width - 8.0);
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
        if let Some(r) = a.rated {
            ops.extend(rect(
                x0,
                y,
                bar_width * r.score / 100.0,
                10.0,
                (0.16, 0.42, 0.70),
            ));
            ops.extend(flow.text_ops(
                &w.num(r.score),
                Weight::Bold,
                body,
                x0 + bar_width + 6.0,
                y + 2.0,
            ));
        }
        if let Some(c) = input.comparison.area(&a.area) {
            let mx = x0 + bar_width * c.median / 100.0;
            ops.extend(rect(mx - 0.9, y - 3.0, 1.8, 16.0, (0.85, 0.33, 0.10)));
        }
        flow.draw(ops);
        flow.skip(height);
    }
    flow.skip(4.0);
    flow.paragraph(&w.t("report-chart-legend"), Weight::Regular, 8.5, 0.0);
    flow.skip(10.0);
    for level in 1..=5u8 {
        let text = format!(
            "{} {}: {}",
            level,
            w.t(&format!("level-{level}")),
            w.t(&format!("level-{level}.description"))
        );
        flow.paragraph(&text, Weight::Regular, 9.5, 0.0);
    }

    // A page per area: score, comparison, answers.
    let shown = shown_questions(i, input.sector, input.answers);
    for a in &input.scores.areas {
        let Some(area) = i.area(&a.area) else {
            continue;
        };
        flow.new_page();
        flow.paragraph(&w.t(&area.message_id()), Weight::Bold, 16.0, 0.0);
        flow.paragraph(
            &w.t(&format!("{}.description", area.message_id())),
            Weight::Regular,
            9.5,
            0.0,
        );
        flow.skip(6.0);
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
        flow.paragraph(&line, Weight::Bold, 11.0, 0.0);
        if let Some(c) = input.comparison.area(&a.area) {
            let text = w.f(
                "report-area-compare",
                Args::new()
                    .text("median", w.num(c.median))
                    .text("percentile", w.num(c.percentile))
                    .text("group", group_text(catalog, locale, &c.group)),
            );
            flow.paragraph(&text, Weight::Regular, body, 0.0);
            flow.paragraph(
                &format!("({})", provenance_text(catalog, locale, &c.provenance)),
                Weight::Regular,
                8.0,
                0.0,
            );
        }
        flow.skip(8.0);
        let width = flow.width();
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
            let question = w.t(&q.message_id());
            flow.row(
                &[
                    Cell {
                        parts: vec![(&question, Weight::Regular)],
                        width: width * 0.55,
                    },
                    Cell {
                        parts: vec![(&answer, Weight::Bold)],
                        width: width * 0.45,
                    },
                ],
                9.5,
            );
        }
    }

    // The plan as a table by horizon.
    flow.new_page();
    flow.paragraph(&w.t("report-plan"), Weight::Bold, 16.0, 0.0);
    flow.paragraph(&w.t("report-plan-intro"), Weight::Regular, 9.5, 0.0);
    let width = flow.width();
    let cols = [width * 0.64, width * 0.18, width * 0.18];
    let mut n = 0;
    let groups: Vec<(String, &Vec<crate::plan::PlanItem>)> = input
        .plan
        .horizons
        .iter()
        .map(|(days, items)| (w.t(&format!("horizon-{days}")), items))
        .chain(std::iter::once((w.t("report-later"), &input.plan.later)))
        .filter(|(_, items)| !items.is_empty())
        .collect();
    for (title, items) in groups {
        flow.skip(10.0);
        flow.ensure(60.0);
        flow.paragraph(&title, Weight::Bold, 13.0, 0.0);
        let header: Vec<(String, f64)> =
            ["report-col-action", "report-col-effort", "report-col-cost"]
                .iter()
                .zip(cols)
                .map(|(id, width)| (w.t(id), width))
                .collect();
        let header_cells: Vec<Cell<'_>> = header
            .iter()
            .map(|(text, width)| Cell {
                parts: vec![(text.as_str(), Weight::Bold)],
                width: *width,
            })
            .collect();
        flow.row(&header_cells, 9.0);
        flow.set_table_header(Some((header.clone(), 9.0)));
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
            flow.row(
                &[
                    Cell {
                        parts: vec![
                            (&title, Weight::Bold),
                            (&step, Weight::Regular),
                            (&why, Weight::Regular),
                        ],
                        width: cols[0],
                    },
                    Cell {
                        parts: vec![(&effort, Weight::Regular)],
                        width: cols[1],
                    },
                    Cell {
                        parts: vec![(&cost, Weight::Regular)],
                        width: cols[2],
                    },
                ],
                9.0,
            );
        }
    }

    flow.set_table_header(None);

    // Method and sources.
    flow.new_page();
    flow.paragraph(&w.t("report-appendix"), Weight::Bold, 16.0, 0.0);
    flow.skip(4.0);
    for id in [
        "report-method-scores",
        "report-method-levels",
        "report-method-benchmarks",
        "report-method-plan",
    ] {
        flow.paragraph(&w.t(id), Weight::Regular, 9.5, 0.0);
        flow.skip(4.0);
    }
    flow.skip(6.0);
    flow.paragraph(&w.t("report-sources"), Weight::Bold, 12.0, 0.0);
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
        flow.paragraph(&text, Weight::Regular, 8.0, 0.0);
        flow.skip(3.0);
    }

    let header = format!("DigiReady — {}", input.enterprise);
    Ok(flow.finish(&header, |page, total| {
        w.f(
            "report-page",
            Args::new().count("page", page).count("total", total),
        )
    }))
}
