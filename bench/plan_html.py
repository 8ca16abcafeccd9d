"""The improvement plan report as one self-contained HTML page, for a browser to print.

The input is the report's content as `cargo bench --bench report -- --out DIR` writes it
(`DIR/<fixture>.<lang>.content.json`): the same blocks, in the same order, with the same
texts in the same language as the PDF that `digiready report` makes (`report::content` in
crates/report/src/lib.rs). The page reproduces the PDF's layout closely enough for a fair print:

- A4 pages with the PDF's margins (18 mm, plus room for the running header and the page
  number, which are CSS page-margin boxes: `counter(page)` of `counter(pages)`; Chromium
  leaves out a margin box whose font is a web font, so these two lines use the system's copy
  of Noto Sans / Noto Sans Lao, Debian's fonts-noto-core);
- the same fonts, Noto Sans and Noto Sans Lao (regular and bold), loaded with @font-face from
  file URLs into assets/fonts/ (Lao text in Noto Sans Lao, everything else in Noto Sans, as the
  PDF does);
- the same type sizes and line spacing (1.35), page breaks where the PDF starts a page, the
  summary's bar chart (score bars and sector-median ticks) as boxes, table rows kept whole
  on a page and the plan table's header row repeated on a new page.

Standard library only (Python 3.11). Usage:

    python3 bench/plan_html.py CONTENT.json OUT.html [--fonts DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

MM = 72.0 / 25.4
A4_WIDTH = 210.0 * MM
MARGIN = 18.0 * MM  # PageStyle::default().margin
BODY_SIZE = 10.5  # PageStyle::default().body_size
LINE_GAP = 1.35  # PageStyle::default().line_gap
TEXT_WIDTH = A4_WIDTH - 2 * MARGIN
# The text column starts 10 pt under the top margin and ends 14 pt above the bottom one
# (Flow::top / Flow::bottom); the header and the page number sit in that space.
TOP = MARGIN + 10.0
BOTTOM = MARGIN + 14.0
# The summary chart (report::bar).
LABEL_WIDTH = 150.0
BAR_WIDTH = TEXT_WIDTH - LABEL_WIDTH - 40.0


def css_string(text: str) -> str:
    """A CSS string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ") + '"'


def footer_content(template: str) -> str:
    """`Page {page} of {total}` as a CSS `content` value with page counters."""
    out = []
    rest = template
    while rest:
        positions = [(rest.find(k), k) for k in ("{page}", "{total}") if k in rest]
        if not positions:
            out.append(css_string(rest))
            break
        at, key = min(positions)
        if at:
            out.append(css_string(rest[:at]))
        out.append("counter(page)" if key == "{page}" else "counter(pages)")
        rest = rest[at + len(key):]
    return " ".join(out)


def text_html(text: str) -> str:
    """Escaped text; a paragraph separator (U+2029) starts a new line, as in the PDF."""
    return "<br>".join(html.escape(part) for part in text.split("\u2029"))


def pt(x: float) -> str:
    return f"{x:.2f}pt"


def stylesheet(content: dict, fonts: pathlib.Path) -> str:
    faces = []
    for file, weight, lao in [
        ("NotoSans-Regular.ttf", 400, False),
        ("NotoSans-Bold.ttf", 700, False),
        # Declared last, so checked first: Lao letters in Noto Sans Lao (it has no Latin).
        ("NotoSansLao-Regular.ttf", 400, True),
        ("NotoSansLao-Bold.ttf", 700, True),
    ]:
        url = (fonts / file).resolve().as_uri()
        faces.append(
            "@font-face { font-family: Report; font-style: normal; "
            f"font-weight: {weight}; src: url({css_string(url)}) format('truetype');"
            + (" unicode-range: U+0E80-0EFF;" if lao else "")
            + " }"
        )
    # Chromium draws no page-margin box whose font is a web font (@font-face): the header and
    # the page number use the system's copy of the same fonts (Debian: fonts-noto-core).
    margin_box = (
        'font-family: "Noto Sans", "Noto Sans Lao"; font-size: 8pt; font-weight: 400; color: #000;'
    )
    return "\n".join(
        faces
        + [
            f"@page {{ size: A4; margin: {pt(TOP)} {pt(MARGIN)} {pt(BOTTOM)} {pt(MARGIN)};",
            f"  @top-left {{ content: {css_string(content['header'])}; {margin_box}"
            " vertical-align: bottom; padding-bottom: 6pt; }",
            f"  @bottom-left {{ content: {footer_content(content['footer'])}; {margin_box}"
            " vertical-align: top; padding-top: 6pt; }",
            "}",
            "html { font-family: Report; font-size: "
            f"{BODY_SIZE}pt; line-height: {LINE_GAP}; color: #000; }}",
            "body { margin: 0; }",
            "p { margin: 0; }",
            "b, .b { font-weight: 700; }",
            "section + section { break-before: page; }",
            ".keep { break-after: avoid; }",
            f".bar {{ position: relative; break-inside: avoid; min-height: 22pt; }}",
            f".bar .label {{ width: {pt(LABEL_WIDTH - 8)}; padding: 4pt 0; }}",
            f".bar .track {{ position: absolute; left: {pt(LABEL_WIDTH)}; top: 6pt; "
            f"width: {pt(BAR_WIDTH)}; height: 10pt; background: rgb(235,235,235); }}",
            ".bar .fill { position: absolute; left: 0; top: 0; height: 10pt; "
            "background: rgb(41,107,179); }",
            ".bar .median { position: absolute; top: -3pt; width: 1.8pt; margin-left: -0.9pt; "
            "height: 16pt; background: rgb(217,84,26); }",
            f".bar .score {{ position: absolute; left: {pt(LABEL_WIDTH + BAR_WIDTH + 6)}; "
            "top: 4pt; font-weight: 700; }",
            "table { width: 100%; border-collapse: collapse; table-layout: fixed; }",
            "tr { break-inside: avoid; }",
            "td, th { padding: 0 4pt 4pt 0; vertical-align: top; text-align: left; "
            "border-bottom: 0.5pt solid rgb(217,217,217); }",
            "th { font-weight: 700; }",
        ]
    )


def cells_html(row: dict, tag: str) -> str:
    out = []
    for cell in row["cells"]:
        parts = "".join(
            f'<p{" class=b" if part["bold"] else ""}>{text_html(part["text"])}</p>'
            for part in cell["parts"]
        )
        out.append(f"<{tag}>{parts}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def body_html(blocks: list[dict]) -> str:
    out = ["<section>"]
    table_open = False
    keep_next = False

    def close_table():
        nonlocal table_open
        if table_open:
            out.append("</tbody></table>")
            table_open = False

    for i, block in enumerate(blocks):
        kind = block["type"]
        if kind == "row":
            is_header = i + 1 < len(blocks) and (
                blocks[i + 1]["type"] == "table_header" and blocks[i + 1]["cells"]
            )
            size = f'style="font-size: {pt(block["size"])}"'
            if is_header or not table_open:
                close_table()
                cols = "".join(
                    f'<col style="width: {cell["share"] * 100:.3f}%">' for cell in block["cells"]
                )
                out.append(f"<table {size}><colgroup>{cols}</colgroup>")
                if is_header:
                    out.append("<thead>" + cells_html(block, "th") + "</thead>")
                out.append("<tbody>")
                table_open = True
                if is_header:
                    continue
            out.append(cells_html(block, "td"))
            continue
        if kind == "table_header":
            continue
        close_table()
        if kind == "new_page":
            out.append("</section><section>")
        elif kind == "skip":
            out.append(f'<div style="height: {pt(block["points"])}"></div>')
        elif kind == "keep_space":
            keep_next = True
        elif kind == "paragraph":
            classes = [c for c, on in (("b", block["bold"]), ("keep", keep_next)) if on]
            keep_next = False
            attr = f' class="{" ".join(classes)}"' if classes else ""
            out.append(
                f'<p{attr} style="font-size: {pt(block["size"])}">{text_html(block["text"])}</p>'
            )
        elif kind == "bar":
            parts = [f'<div class="label">{text_html(block["label"])}</div><div class="track">']
            if block["score"] is not None:
                parts.append(f'<div class="fill" style="width: {block["score"]:.2f}%"></div>')
            if block["median"] is not None:
                parts.append(f'<div class="median" style="left: {block["median"]:.2f}%"></div>')
            parts.append("</div>")
            if block["score"] is not None:
                parts.append(f'<div class="score">{html.escape(block["score_text"])}</div>')
            out.append('<div class="bar">' + "".join(parts) + "</div>")
        else:
            raise ValueError(f"unknown block type {kind!r}")
    close_table()
    out.append("</section>")
    return "\n".join(out)


def page(content: dict, fonts: pathlib.Path = ROOT / "assets" / "fonts") -> str:
    """The whole HTML page for one report content."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(content["lang"])}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(content['title'])}</title>\n"
        f"<style>\n{stylesheet(content, fonts)}\n</style>\n</head>\n<body>\n"
        f"{body_html(content['blocks'])}\n</body>\n</html>\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", type=pathlib.Path, help="<fixture>.<lang>.content.json")
    parser.add_argument("out", type=pathlib.Path, help="the HTML file to write")
    parser.add_argument(
        "--fonts", type=pathlib.Path, default=ROOT / "assets" / "fonts", help="font folder"
    )
    args = parser.parse_args()
    content = json.loads(args.content.read_text(encoding="utf-8"))
    args.out.write_text(page(content, args.fonts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
