//! The PDF report of a stored assessment, in each language, read back with poppler's tools.

use crate::util::{self, digiready, ok, stderr, tool};

#[test]
fn the_report_is_written_in_each_language_and_reads_back_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("r.sqlite3");
    let (_, aid) = util::start_can_tho_retailer(&db, "Tạp hóa Minh Anh");
    for (q, v) in [
        ("ec-online-orders", "chat"),
        ("ep-accept-methods", "cash-only"),
        ("se-personal-data", "no"),
        ("cl-backup", "none"),
    ] {
        ok(&digiready(&db, &["assessment", "answer", &aid, q, v]));
    }
    let (catalog, _) = util::embedded();
    for locale in digiready::locale::Locale::ALL {
        let out = dir.path().join(format!("plan-{locale}.pdf"));
        let printed = ok(&digiready(
            &db,
            &[
                "--locale",
                locale.tag(),
                "report",
                "--assessment",
                &aid,
                "--out",
                &out.to_string_lossy(),
            ],
        ));
        assert!(
            printed.contains(&*out.to_string_lossy()),
            "the saved file's location is shown: {printed}"
        );
        let p = out.to_string_lossy().into_owned();
        // Lines are wrapped on the page; compare the characters in order, without whitespace,
        // in the order the page draws them (-raw: a table cell whole, then the next cell).
        let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let text = squeeze(&tool("pdftotext", &["-raw", &p, "-"]));
        let expect = |id: &str| catalog.text(locale, id);
        for needle in [
            "Tạp hóa Minh Anh".to_string(),
            expect("report-title"),
            expect("horizon-30"),
            expect("area-epayments"),
            // An action of the plan, in the report's language, exactly.
            expect("act-se-data-rules"),
            catalog
                .format(
                    locale,
                    "report-page",
                    &digiready::i18n::Args::new()
                        .count("page", 1)
                        .count("total", 0),
                )
                .replace(" 0", ""),
        ] {
            let needle =
                squeeze(needle.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')'));
            assert!(
                text.contains(&needle),
                "{locale}: {needle:?} not in the PDF text"
            );
        }
        let info = tool("pdfinfo", &[&p]);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("page count");
        assert!(pages >= 5, "{locale}: {pages} pages");
        let fonts = tool("pdffonts", &[&p]);
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")),
            "{locale}: embedded, subset, with ToUnicode:\n{fonts}"
        );
        if locale == digiready::locale::Locale::Lo {
            assert!(fonts.contains("NotoSansLao"), "{fonts}");
        }
    }
    // An unwritable place: a clear error and nothing left under the requested name.
    let bad = dir.path().join("no-such-folder").join("plan.pdf");
    let out = digiready(
        &db,
        &[
            "report",
            "--assessment",
            &aid,
            "--out",
            &bad.to_string_lossy(),
        ],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Cannot write"), "{}", stderr(&out));
    assert!(!bad.exists());
}
