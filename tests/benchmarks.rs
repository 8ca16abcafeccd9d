//! Benchmark packs: the seeds, import rules, and refusals that change nothing.

use digiready::benchmark::{
    pack::RowProblem, seed_packs, BenchmarkPack, Metric, PackError, ProvenanceKind,
};
use digiready::clock::Timestamp;
use digiready::store::{InstallOutcome, Store, StoreError};

use crate::util::{self, digiready, ok, stderr};

fn seed(id: &str) -> BenchmarkPack {
    seed_packs()
        .into_iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("seed {id}"))
}

#[test]
fn seed_packs_carry_provenance_and_label_what_is_modelled() {
    let vn = seed("vn-seed");
    assert!(vn.rows.len() >= 100);
    for row in &vn.rows {
        assert!(!row.provenance.source.is_empty() && !row.provenance.method.is_empty());
        if let Metric::Area(_) = row.metric {
            // No area-score distribution has been published: every one is modelled and says so.
            assert_eq!(row.provenance.kind, ProvenanceKind::Modelled, "{row:?}");
            assert!(
                row.provenance.method.starts_with("Modelled, not measured"),
                "{row:?}"
            );
        }
    }
    // Published figures are as published: firms with their own website, WBES 2023.
    let web = vn
        .rows
        .iter()
        .find(|r| {
            r.metric == Metric::Practice("own-website".into())
                && (r.sector.is_none() && r.size.is_none() && r.region.is_none())
        })
        .expect("all-firms website row");
    assert_eq!(web.value, Some(0.4413));
    assert_eq!(web.provenance.kind, ProvenanceKind::Published);
    // A stand-in is labelled as such: retail stands in for retail and wholesale.
    let retail = vn
        .rows
        .iter()
        .find(|r| {
            r.metric == Metric::Practice("own-website".into())
                && r.sector.as_deref() == Some("retail_wholesale")
        })
        .expect("retail row");
    assert_eq!(
        (retail.value, retail.provenance.kind),
        (Some(0.4105), ProvenanceKind::Modelled)
    );
    let la = seed("la-seed");
    assert!(
        la.rows.iter().all(|r| r.provenance.provisional),
        "every Lao row is provisional"
    );
}

#[test]
fn packs_round_trip_through_a_file() {
    let vn = seed("vn-seed");
    let again = BenchmarkPack::from_json(&vn.to_json()).expect("re-read");
    assert_eq!(again, vn);
}

#[test]
fn damaged_unprovenanced_or_newer_format_packs_are_refused() {
    let text = seed("vn-seed").to_json();
    let changed = text.replacen("0.4105", "0.5105", 1);
    assert_eq!(
        BenchmarkPack::from_json(&changed),
        Err(PackError::BadChecksum)
    );
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["rows"][3]
        .as_object_mut()
        .expect("row")
        .remove("provenance");
    assert!(matches!(
        BenchmarkPack::from_json(&v.to_string()),
        Err(PackError::BadRow {
            row: 4,
            problem: RowProblem::NoProvenance
        })
    ));
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["format"] = 2.into();
    assert!(matches!(
        BenchmarkPack::from_json(&v.to_string()),
        Err(PackError::NewerFormat { found: 2, .. })
    ));
    assert!(matches!(
        BenchmarkPack::from_json("{\"format\": 1}"),
        Err(PackError::Malformed { .. })
    ));
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v.as_object_mut().expect("pack").remove("sha256");
    assert_eq!(
        BenchmarkPack::from_json(&v.to_string()),
        Err(PackError::MissingChecksum)
    );
}

/// A pack with a new version and some content changed, sealed.
fn version(pack: &BenchmarkPack, version: &str, value: f64) -> BenchmarkPack {
    let mut v: serde_json::Value = serde_json::from_str(&pack.to_json()).expect("json");
    v["version"] = version.into();
    v["rows"][0]["value"] = value.into();
    BenchmarkPack::seal(&v.to_string()).expect("seal")
}

#[test]
fn an_older_or_altered_pack_changes_nothing_and_a_newer_one_replaces() {
    let mut store = Store::open_in_memory().expect("store");
    let vn = seed("vn-seed");
    store
        .ensure_seed_benchmarks(&seed_packs(), Timestamp(1))
        .expect("seeds");
    store
        .ensure_seed_benchmarks(&seed_packs(), Timestamp(2))
        .expect("seeds again");
    assert_eq!(store.installed_packs().expect("list").len(), 2);
    let before = store.benchmark_rows("VN").expect("rows");
    assert_eq!(
        store
            .install_benchmark_pack(&vn, Timestamp(3))
            .expect("same"),
        InstallOutcome::Unchanged
    );
    for pack in [version(&vn, "2025.9", 0.1), version(&vn, &vn.version, 0.2)] {
        match store.install_benchmark_pack(&pack, Timestamp(4)) {
            Err(StoreError::Pack(PackError::Older { .. })) => {}
            other => panic!("{other:?}"),
        }
        assert_eq!(
            store.benchmark_rows("VN").expect("rows"),
            before,
            "nothing changed"
        );
    }
    let newer = version(&vn, "2026.2", 0.3);
    assert_eq!(
        store
            .install_benchmark_pack(&newer, Timestamp(5))
            .expect("newer"),
        InstallOutcome::Replaced
    );
    assert_eq!(
        store.benchmark_rows("VN").expect("rows")[0].value,
        Some(0.3)
    );
    // The seeds do not downgrade a newer pack the agency published.
    store
        .ensure_seed_benchmarks(&seed_packs(), Timestamp(6))
        .expect("seeds");
    assert_eq!(
        store
            .installed_pack("vn-seed")
            .expect("pack")
            .expect("installed")
            .version,
        "2026.2"
    );
}

#[test]
fn the_cli_lists_exports_and_refuses_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("b.sqlite3");
    let list = ok(&digiready(&db, &["benchmarks", "list"]));
    assert!(
        list.contains("vn-seed 2026.1") && list.contains("la-seed 2026.1"),
        "{list}"
    );
    let file = dir.path().join("vn.json");
    ok(&digiready(
        &db,
        &[
            "benchmarks",
            "export",
            "vn-seed",
            "--out",
            &file.to_string_lossy(),
        ],
    ));
    let text = std::fs::read_to_string(&file).expect("exported");
    assert_eq!(
        BenchmarkPack::from_json(&text).expect("valid"),
        seed("vn-seed")
    );
    std::fs::write(&file, text.replacen("0.4105", "0.9", 1)).expect("tamper");
    let out = digiready(&db, &["benchmarks", "import", &file.to_string_lossy()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("checksum does not match")
            && stderr(&out).contains("Nothing was installed"),
        "{}",
        stderr(&out)
    );
    let unwritable = digiready(
        &db,
        &[
            "benchmarks",
            "export",
            "vn-seed",
            "--out",
            "/nonexistent/dir/vn.json",
        ],
    );
    assert!(!unwritable.status.success() && stderr(&unwritable).contains("Cannot write"));
}

/// A pack with rows for the firm's province is used before the sector-wide rows, and the group
/// says so.
#[test]
fn province_rows_are_used_where_a_pack_has_them() {
    use digiready::answers::{AnswerValue, Answers};
    use digiready::benchmark::compare::{compare, Firm};
    let (_, instrument) = util::embedded();
    let mut rows = seed("vn-seed").rows;
    let mut local = rows
        .iter()
        .find(|r| {
            r.metric == Metric::Area("epayments".into())
                && r.sector.as_deref() == Some("retail_wholesale")
        })
        .expect("row")
        .clone();
    local.size = Some("micro".into());
    local.region = Some("Cần Thơ".into());
    local.quantiles = Some([10.0, 20.0, 30.0, 40.0, 50.0]);
    local.provenance.kind = ProvenanceKind::Aggregated;
    rows.push(local);
    let mut answers = Answers::new();
    answers.insert(
        "ep-pay-out".into(),
        AnswerValue::Choice("mostly-transfers".into()),
    );
    let scores = digiready::scoring::score(instrument, "retail_wholesale", &answers);
    let firm = |province| Firm {
        sector: "retail_wholesale",
        size: "micro",
        province,
        region: None,
    };
    let here = compare(instrument, &rows, &firm(Some("Cần Thơ")), &answers, &scores);
    let ep = here.area("epayments").expect("epayments");
    assert_eq!(
        (ep.group.region.as_deref(), ep.median, ep.percentile),
        (Some("Cần Thơ"), 30.0, 90.0)
    );
    let elsewhere = compare(instrument, &rows, &firm(Some("Hà Nội")), &answers, &scores);
    let ep = elsewhere.area("epayments").expect("epayments");
    assert_eq!(
        (
            ep.group.sector.as_deref(),
            ep.group.size.as_deref(),
            ep.group.region.as_deref()
        ),
        (Some("retail_wholesale"), None, None)
    );
}

#[test]
fn pack_headers_countries_and_ids_are_checked() {
    let text = seed("vn-seed").to_json();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
        f(&mut v);
        BenchmarkPack::seal(&v.to_string())
    };
    assert_eq!(
        edit(&|v| v["country"] = "vn".into()),
        Err(PackError::BadHeader { field: "country" })
    );
    assert_eq!(
        edit(&|v| v["published"] = "soon".into()),
        Err(PackError::BadHeader {
            field: "published date"
        })
    );
    assert_eq!(
        edit(&|v| v["id"] = "".into()),
        Err(PackError::BadHeader { field: "id" })
    );
    // -0.0 and 0.0 are one number, so an exported copy keeps its checksum.
    let zero = edit(&|v| v["rows"][0]["value"] = serde_json::json!(-0.0)).expect("seal");
    let mut store = Store::open_in_memory().expect("store");
    store
        .install_benchmark_pack(&zero, Timestamp(1))
        .expect("install");
    let back = store.benchmark_pack("vn-seed").expect("export");
    assert_eq!(
        BenchmarkPack::from_json(&back.to_json())
            .expect("re-read")
            .sha256,
        zero.sha256
    );
    // The same pack id for another country is refused; unknown ids are named.
    let lao = edit(&|v| {
        v["country"] = "LA".into();
        v["version"] = "2027.1".into();
    })
    .expect("seal");
    assert!(matches!(
        store.install_benchmark_pack(&lao, Timestamp(2)),
        Err(StoreError::Pack(PackError::OtherCountry { .. }))
    ));
    let (_, instrument) = util::embedded();
    let odd = edit(&|v| v["rows"][0]["sector"] = "mining".into()).expect("seal");
    assert!(
        matches!(odd.check_ids(instrument), Err(PackError::UnknownIds(ids)) if ids.contains("sector mining"))
    );
    seed("vn-seed")
        .check_ids(instrument)
        .expect("the seed's ids are known");
    seed("la-seed")
        .check_ids(instrument)
        .expect("the seed's ids are known");
}
