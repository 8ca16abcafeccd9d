//! Text in the PDF: shaped, embedded and subset, and read back exactly with poppler's tools.

use digiready::typeset::pdf::PdfBuilder;
use digiready::typeset::{Fonts, Weight};

use crate::util::tool;

/// Lines in the three languages, with Lao stacked marks (ທີ່, ນີ້, ເບິ່ງ, ຂໍ້) and Vietnamese
/// typed decomposed (NFD), which must come back composed.
const LINES: [&str; 4] = [
    "Improvement plan: accept QR payments (VietQR, Lao QR)",
    "Kế hoạch cải thiện: Hòa Bình, Tạp hóa Minh Anh — 72,5 điểm",
    "ແຜນປັບປຸງ: ທີ່ນີ້ ເບິ່ງ ຂໍ້ມູນ ລູກຄ້າ 100%",
    "Ho\u{0300}a Bi\u{0300}nh",
];

#[test]
fn text_comes_back_exactly_and_fonts_are_embedded_and_subset() {
    let fonts = Fonts::embedded();
    let mut pdf = PdfBuilder::new("DigiReady test").expect("fonts");
    let mut ops = Vec::new();
    for (i, line) in LINES.iter().enumerate() {
        let weight = if i == 0 {
            Weight::Bold
        } else {
            Weight::Regular
        };
        ops.extend(pdf.line(&fonts, line, weight, 12.0, 56.0, 780.0 - 24.0 * i as f64));
    }
    pdf.page(ops);
    let bytes = pdf.finish();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.pdf");
    std::fs::write(&path, &bytes).expect("write");
    let p = path.to_string_lossy();
    let text = tool("pdftotext", &["-layout", &p, "-"]);
    for line in [
        "Improvement plan: accept QR payments (VietQR, Lao QR)",
        "Kế hoạch cải thiện: Hòa Bình, Tạp hóa Minh Anh — 72,5 điểm",
        "ແຜນປັບປຸງ: ທີ່ນີ້ ເບິ່ງ ຂໍ້ມູນ ລູກຄ້າ 100%",
        "Hòa Bình",
    ] {
        assert!(
            text.lines().any(|l| l.trim() == line),
            "{line:?} not in:\n{text}"
        );
    }
    let fonts_list = tool("pdffonts", &[&p]);
    for name in ["NotoSans-Bold", "NotoSans-Regular", "NotoSansLao-Regular"] {
        let row = fonts_list
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} in:\n{fonts_list}"));
        assert!(
            row.split_whitespace()
                .next()
                .is_some_and(|n| n.contains('+')),
            "subset (ABCDEF+ prefix): {row}"
        );
        assert!(row.contains(" yes "), "embedded: {row}");
    }
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
    if let Some(out) = std::env::var_os("DIGIREADY_KEEP_PDF") {
        std::fs::write(out, &bytes).expect("keep");
    }
}
