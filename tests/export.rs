//! Anonymized exports and the agency side, on real files: the officer's database, the zip the
//! CLI writes, the agency's database it is merged into, the workbook, the pack sent back, and
//! DuckDB reading the same CSV files.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use digiready::answers::check_answer;
use digiready::clock::Timestamp;
use digiready::export::manifest::{ANSWERS, ASSESSMENTS, MANIFEST};
use digiready::export::privacy::Rules;
use digiready::export::read::{read_export, ExportFile, ImportError, Limits};
use digiready::export::verify::{answers_of, check_records, Disallowed};
use digiready::export::write::{build_export, content_of, package, ExportOptions};
use digiready::i18n::format::CivilDate;
use digiready::locale::Locale;
use digiready::place::Places;
use digiready::store::{Contact, NewEnterprise, RecordId, Store};
use serde_json::{json, Value};

use crate::util::{self, digiready, embedded_all, ok, ok_json, stderr};

/// Distinctive personal data given to every firm of a population: none of it may leave.
const SECRETS: [&str; 7] = [
    "Bí Mật Nguyễn Thị Xuân",
    "ຄວາມລັບ ສົມພອນ",
    "0987 654 321",
    "bimat@example.vn",
    "Phường Xuân Khánh Bí Mật",
    "Officer Trần Văn Kín",
    "0312345678",
];

fn noon_ict(iso: &str) -> Timestamp {
    let date = CivilDate::parse_iso(iso).expect("ISO date");
    Timestamp((date.to_unix_days() * 86_400 + 5 * 3_600) * 1_000)
}

/// Builds an officer's database from `<name>.firms.json`: every firm registered with the
/// secrets above, assessed and finalized on its date. Returns the fixture and the
/// finalized-date strings (which must not appear in an export either).
///
/// A group's `answers` (`highest` or `lowest`) sets every answer, except that, unless the group
/// says otherwise:
/// - the questions of the observable traits (`assets/privacy/rules.toml`) get their highest
///   answer in every group (`"observable": "answers"` keeps the group's own), so that the
///   place-and-period ladder of the older fixtures is what decides their groups;
/// - the questions of the sensitive traits get the opposite extreme in every other firm
///   (by the firm's number in the file; `"sensitive": "answers"` keeps the group's own), so
///   that a group of two or more consecutive firms is diverse;
/// - `"set": {"question": "option" or ["options"]}` sets answers last.
pub(crate) fn population(fixture: &Path, db: &Path) -> (Value, Vec<String>) {
    let (_, instruments) = embedded_all();
    let instrument = instruments.current();
    let rules = Rules::embedded();
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).expect("fixture")).expect("json");
    let mut store = Store::open(db).expect("open");
    let mut n: u8 = 0;
    let mut dates = Vec::new();
    // Record ids unique across fixtures: the first byte is the fixture's initial.
    let initial = fixture.file_name().expect("name").as_encoded_bytes()[0];
    for group in spec["groups"].as_array().expect("groups") {
        let s = |k: &str| group[k].as_str().expect(k).to_string();
        let fixed_observables = group["observable"].as_str() != Some("answers");
        let alternate_sensitive = group["sensitive"].as_str() != Some("answers");
        for _ in 0..group["count"].as_u64().expect("count") {
            n += 1;
            let firm = NewEnterprise {
                name: format!("{} {n}", SECRETS[0]),
                sector: s("sector"),
                size_band: s("size"),
                country: s("country"),
                province: s("province"),
                district: Some(SECRETS[4].to_string()),
                contact: Contact {
                    person: Some(SECRETS[1].to_string()),
                    phone: Some(SECRETS[2].to_string()),
                    email: Some(SECRETS[3].to_string()),
                },
            };
            let e_id = if Places::embedded()
                .resolve(&firm.country, &firm.province)
                .is_some()
            {
                store
                    .add_enterprise(instrument, &firm, Timestamp(1_000))
                    .expect("add")
                    .id
            } else {
                // A place that names no province (an address typed into the field) is refused
                // today, but databases from before hold such names: written as they were.
                let c = rusqlite::Connection::open(db).expect("sqlite");
                c.execute(
                    "INSERT INTO enterprise (name, sector, size_band, country, province,
                        district, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1000, 1000)",
                    rusqlite::params![
                        firm.name,
                        firm.sector,
                        firm.size_band,
                        firm.country,
                        firm.province,
                        firm.district
                    ],
                )
                .expect("an enterprise as older versions stored it");
                c.last_insert_rowid()
            };
            let a = store
                .start_assessment(
                    instrument,
                    e_id,
                    SECRETS[5],
                    Locale::Vi,
                    &RecordId::from_random_bytes({
                        let mut id = [n; 16];
                        id[0] = initial;
                        id
                    }),
                    Timestamp(2_000),
                )
                .expect("start");
            let sector = s("sector");
            let high = s("answers") == "highest";
            let answers = util::answer_all(instrument, &sector, |q| {
                if let Some(set) = group["set"].get(&q.id) {
                    return serde_json::from_value(set.clone()).expect("an answer value");
                }
                let observable = rules.observable.iter().any(|r| r.question == q.id);
                let sensitive = rules.sensitive.iter().any(|r| r.question == q.id);
                let take_high = if observable && fixed_observables {
                    true
                } else if sensitive && alternate_sensitive && n.is_multiple_of(2) {
                    !high
                } else {
                    high
                };
                if take_high {
                    util::highest(q, &sector)
                } else {
                    util::lowest(q, &sector)
                }
            });
            for (q, v) in &answers {
                store
                    .record_answer(instrument, a.id, q, v, Timestamp(3_000))
                    .expect("answer");
            }
            store
                .finalize_assessment(instrument, a.id, noon_ict(&s("finalized")))
                .expect("finalize");
            dates.push(s("finalized"));
        }
    }
    // A draft of another firm: drafts never leave.
    let draft = store
        .add_enterprise(
            instrument,
            &NewEnterprise {
                name: SECRETS[6].into(),
                sector: "retail_wholesale".into(),
                size_band: "micro".into(),
                country: "VN".into(),
                province: "Cần Thơ".into(),
                district: None,
                contact: Contact::default(),
            },
            Timestamp(1_000),
        )
        .expect("draft firm");
    store
        .start_assessment(
            instrument,
            draft.id,
            SECRETS[5],
            Locale::Vi,
            &RecordId::from_random_bytes([0xee; 16]),
            Timestamp(2_000),
        )
        .expect("draft");
    (spec, dates)
}

fn options(k: usize) -> ExportOptions<'static> {
    ExportOptions {
        k,
        rules: Rules::embedded(),
        export_id: "0123456789abcdef0123456789abcdef".into(),
        today: CivilDate {
            year: 2026,
            month: 11,
            day: 23,
        },
        app_version: "test",
    }
}

/// Every member of a zip, inflated.
fn members(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("member");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("inflate");
            (f.name().expect("name").to_string(), data)
        })
        .collect()
}

/// What an export says, for the fixtures: the anonymity counts and each released row.
fn summary(file: &ExportFile) -> Value {
    let a = &file.manifest.anonymity;
    json!({
        "anonymity": {
            "k": a.k,
            "considered": a.considered,
            "as_recorded": a.as_recorded,
            "generalised_to_region": a.generalised_to_region,
            "generalised_to_country": a.generalised_to_country,
            "generalised_to_year": a.generalised_to_year,
            "withheld": a.withheld,
            "withheld_homogeneous": a.withheld_homogeneous,
            "sent_before": a.sent_before,
        },
        "period": file.manifest.period.as_ref().map(|p| format!("{} .. {}", p.from, p.to)),
        "records": file.records.iter().map(|r| json!([
            &r.record_id[2..4],
            r.province,
            r.region,
            r.sector,
            r.size_band,
            r.year,
            r.quarter,
            r.generalisation.as_str(),
        ])).collect::<Vec<_>>(),
    })
}

fn export_of(fixture: &Path, dir: &Path) -> (PathBuf, Value, Vec<String>) {
    let db = dir.join("officer.sqlite3");
    let (spec, dates) = population(fixture, &db);
    (db, spec, dates)
}

#[test]
fn exports_match_their_fixtures() {
    let (_, instruments) = embedded_all();
    for fixture in util::fixture_files("exports", ".firms.json") {
        let dir = tempfile::tempdir().expect("tempdir");
        let (db, spec, _) = export_of(&fixture, dir.path());
        let store = Store::open(&db).expect("open");
        let k = spec["k"].as_u64().expect("k") as usize;
        let export = build_export(
            instruments,
            &store.finalized_assessments().expect("read"),
            0,
            &options(k),
        )
        .expect("export");
        // What was written reads back as it was made.
        let file = read_export(&export.bytes, &Limits::default()).expect("reads back");
        assert_eq!(file.manifest, export.manifest);
        let actual = summary(&file);
        let expected_path = PathBuf::from(
            fixture
                .to_string_lossy()
                .replace(".firms.json", ".expected.json"),
        );
        if std::env::var_os("DIGIREADY_BLESS").is_some() {
            std::fs::write(
                &expected_path,
                serde_json::to_string_pretty(&actual).expect("json") + "\n",
            )
            .expect("write");
            continue;
        }
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display())),
        )
        .expect("json");
        assert_eq!(actual, expected, "{}", fixture.display());
        // Whatever the fixture: every released key is shared by at least k records.
        let mut keys: BTreeMap<String, usize> = BTreeMap::new();
        for r in &file.records {
            let key = format!(
                "{:?}",
                (
                    &r.country,
                    &r.province,
                    &r.region,
                    &r.sector,
                    &r.size_band,
                    r.year,
                    r.quarter
                )
            );
            *keys.entry(key).or_default() += 1;
        }
        assert!(keys.values().all(|&n| n >= k), "{keys:?}");
    }
}

#[test]
fn no_personal_data_or_exact_date_leaves_the_machine() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _, dates) = export_of(
        &util::fixtures("exports").join("mekong.firms.json"),
        dir.path(),
    );
    let out = dir.path().join("export.zip");
    let report = ok_json(&digiready(
        &db,
        &[
            "export",
            "--anonymized",
            "--out",
            out.to_str().expect("path"),
            "--json",
        ],
    ));
    assert_eq!(report["records"], 22);
    assert_eq!(report["withheld"], 1);
    let bytes = std::fs::read(&out).expect("export file");
    let inflated = members(&bytes);
    assert_eq!(
        inflated.keys().cloned().collect::<Vec<_>>(),
        [
            "SCHEMA.md",
            "answers.csv",
            "assessments.csv",
            "manifest.json"
        ]
    );
    let mut haystacks: Vec<(&str, &[u8])> = vec![("the zip file", &bytes)];
    haystacks.extend(inflated.iter().map(|(n, d)| (n.as_str(), d.as_slice())));
    let mut needles: Vec<String> = SECRETS.iter().map(|s| s.to_string()).collect();
    // Parts of them too, and the exact dates in the forms a program might write them.
    needles.extend(["Bí Mật", "Xuân Khánh", "654 321", "example.vn", "Trần Văn"].map(String::from));
    for d in &dates {
        needles.push(d.clone());
        needles.push(d.replace('-', ""));
        needles.push(noon_ict(d).0.to_string());
        needles.push((noon_ict(d).0 / 1000).to_string());
    }
    for (name, hay) in &haystacks {
        for needle in &needles {
            assert!(
                !hay.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle:?} found in {name}"
            );
        }
    }
    // The draft's record id is not in it either.
    let assessments = String::from_utf8(inflated[ASSESSMENTS].clone()).expect("utf8");
    assert!(!assessments.contains(&"ee".repeat(16)));
    assert!(assessments.starts_with('\u{feff}'));
    // k below 5 is refused, and nothing is written.
    let refused = digiready(
        &db,
        &[
            "export",
            "--anonymized",
            "--k",
            "3",
            "--out",
            dir.path().join("k3.zip").to_str().expect("p"),
        ],
    );
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("k must be at least 5"),
        "{}",
        stderr(&refused)
    );
    assert!(!dir.path().join("k3.zip").exists());
}

#[test]
fn imports_are_idempotent_refine_and_report_conflicts() {
    let (_, instruments) = embedded_all();
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _, _) = export_of(
        &util::fixtures("exports").join("mekong.firms.json"),
        dir.path(),
    );
    let first = dir.path().join("first.zip");
    ok(&digiready(
        &db,
        &[
            "export",
            "--anonymized",
            "--out",
            first.to_str().expect("p"),
        ],
    ));
    let agency = dir.path().join("agency.sqlite3");
    let merged = ok_json(&digiready(
        &agency,
        &["import", first.to_str().expect("p"), "--json"],
    ));
    assert_eq!(merged[0]["added"], 22);
    // The same file again changes nothing.
    let again = ok_json(&digiready(
        &agency,
        &["import", first.to_str().expect("p"), "--json"],
    ));
    assert_eq!(again[0]["already_imported"], true);

    // A second export from the same officer (another export id, so another file) holds the
    // same records: unchanged. With k = 10 they are generalised further: still unchanged.
    let store = Store::open(&db).expect("open");
    let assessments = store.finalized_assessments().expect("read");
    let mut o = options(10);
    o.export_id = "1".repeat(32);
    let coarser = build_export(instruments, &assessments, 0, &o).expect("export");
    let coarser_path = dir.path().join("coarser.zip");
    std::fs::write(&coarser_path, &coarser.bytes).expect("write");
    let r = ok_json(&digiready(
        &agency,
        &["import", coarser_path.to_str().expect("p"), "--json"],
    ));
    assert_eq!(
        (
            r[0]["added"].as_u64(),
            r[0]["unchanged"].as_u64(),
            r[0]["refined"].as_u64()
        ),
        (Some(0), Some(coarser.manifest.records as u64), Some(0))
    );

    // A file whose record says something else under a known id: a conflict, not merged; the
    // other records of the file are.
    let mut file =
        read_export(&std::fs::read(&first).expect("read"), &Limits::default()).expect("ok");
    let changed_id = file.records[0].record_id.clone();
    // Another sector, with the answers that sector is asked and what they give: a record the
    // questionnaire allows, but not the one merged before under its id.
    let instrument = instruments.current();
    let mut answers = answers_of(&file.records[0], instrument).expect("its answers");
    answers.retain(|q, v| check_answer(instrument, "logistics", q, v).is_ok());
    let content = content_of(instrument, "logistics", &answers);
    let r = &mut file.records[0];
    r.sector = "logistics".into();
    (r.overall, r.areas, r.practices, r.answers) = (
        content.overall,
        content.areas,
        content.practices,
        content.answers,
    );
    let mut fresh = file.records[1].clone();
    fresh.record_id = "f".repeat(32);
    file.records.push(fresh);
    let mut o = options(5);
    o.export_id = "2".repeat(32);
    let tampered = package(
        file.records.clone(),
        file.manifest.anonymity.clone(),
        instruments,
        &o,
    )
    .expect("pack");
    let tampered_path = dir.path().join("tampered.zip");
    std::fs::write(&tampered_path, &tampered.bytes).expect("write");
    let before = Store::open(&agency)
        .expect("agency")
        .pool_records()
        .expect("records");
    // Its changed record is alone in its group: the re-check refuses the file, naming the
    // group, and nothing changes; merged anyway, the breach is kept with the import.
    let refused = digiready(&agency, &["import", tampered_path.to_str().expect("p")]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("VN can_tho logistics micro 2026-Q1"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(
        Store::open(&agency)
            .expect("agency")
            .pool_records()
            .expect("records"),
        before
    );
    let r = ok_json(&digiready(
        &agency,
        &[
            "import",
            tampered_path.to_str().expect("p"),
            "--accept-breach",
            "--json",
        ],
    ));
    assert_eq!(r[0]["conflicts"], json!([changed_id]));
    assert_eq!(r[0]["added"], 1);
    let after = Store::open(&agency)
        .expect("agency")
        .pool_records()
        .expect("records");
    assert_eq!(after.len(), before.len() + 1);
    let kept = after
        .iter()
        .find(|r| r.record_id == changed_id)
        .expect("kept");
    assert_eq!(kept.sector, "retail_wholesale");
    let text = ok(&digiready(
        &agency,
        &[
            "import",
            tampered_path.to_str().expect("p"),
            "--accept-breach",
        ],
    ));
    assert!(text.contains("imported before"), "{text}");
}

/// Rewrites the members of a valid export file with `edit` and zips them again (stored, as
/// given), without touching the manifest unless `edit` does.
fn rezip(valid: &[u8], edit: impl Fn(&mut Vec<(String, Vec<u8>)>)) -> Vec<u8> {
    let mut list: Vec<(String, Vec<u8>)> = members(valid).into_iter().collect();
    edit(&mut list);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in &list {
        zip.start_file(name.as_str(), o).expect("start");
        zip.write_all(data).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

/// Replaces a member and updates the manifest's checksum for it, so the content checks are
/// reached.
fn resealed(valid: &[u8], member: &str, data: Vec<u8>) -> Vec<u8> {
    rezip(valid, |list| {
        let hash = digiready::digest::sha256_hex(&data);
        let len = data.len();
        for (name, d) in list.iter_mut() {
            if name == member {
                *d = data.clone();
            }
        }
        for (name, d) in list.iter_mut() {
            if name == MANIFEST {
                let mut m: Value = serde_json::from_slice(d).expect("manifest");
                for entry in m["members"].as_array_mut().expect("members") {
                    if entry["name"] == member {
                        entry["sha256"] = json!(hash);
                        entry["bytes"] = json!(len);
                    }
                }
                *d = serde_json::to_vec(&m).expect("json");
            }
        }
    })
}

fn with_csv(valid: &[u8], member: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    let text = String::from_utf8(members(valid)[member].clone()).expect("utf8");
    resealed(valid, member, edit(text).into_bytes())
}

/// The valid export with one cell of the first record in assessments.csv set by `edit` (given
/// its value), the checksum made anew.
fn with_first_row_cell(valid: &[u8], column: usize, edit: impl Fn(&str) -> &str) -> Vec<u8> {
    with_csv(valid, ASSESSMENTS, |t| {
        let mut lines: Vec<String> = t.split("\r\n").map(str::to_string).collect();
        let mut cells: Vec<String> = lines[1].split(',').map(str::to_string).collect();
        cells[column] = edit(&cells[column]).to_string();
        lines[1] = cells.join(",");
        lines.join("\r\n")
    })
}

fn manifest_edit(valid: &[u8], edit: impl Fn(&mut Value)) -> Vec<u8> {
    rezip(valid, |list| {
        for (name, d) in list.iter_mut() {
            if name == MANIFEST {
                let mut m: Value = serde_json::from_slice(d).expect("manifest");
                edit(&mut m);
                *d = serde_json::to_vec(&m).expect("json");
            }
        }
    })
}

/// A zip holding `assessments.csv` twice (zip writers refuse that, so the second name is
/// patched in afterwards; names are outside the checksums).
fn duplicate_member(valid: &[u8]) -> Vec<u8> {
    let placeholder = "zzzzzzzzzzz.csv";
    assert_eq!(placeholder.len(), ASSESSMENTS.len());
    let mut bytes = rezip(valid, |l| {
        let copy = l
            .iter()
            .find(|(n, _)| n == ASSESSMENTS)
            .expect("member")
            .1
            .clone();
        l.push((placeholder.into(), copy));
    });
    let mut i = 0;
    while let Some(at) = bytes[i..]
        .windows(placeholder.len())
        .position(|w| w == placeholder.as_bytes())
    {
        bytes[i + at..i + at + placeholder.len()].copy_from_slice(ASSESSMENTS.as_bytes());
        i += at + placeholder.len();
    }
    bytes
}

/// A zip whose only member inflates far beyond its compressed size.
fn bomb(valid: &[u8]) -> Vec<u8> {
    // A whole export whose assessments.csv is 64 MiB of one byte: the manifest and the other
    // members are as made, so the bomb is met while inflating, not by a missing member.
    rezip(valid, |l| {
        for (name, data) in l.iter_mut() {
            if name == ASSESSMENTS {
                *data = vec![b'0'; 64 << 20];
            }
        }
    })
}

/// One hostile export: its file name in the corpus, what it is, its bytes, and the
/// `ImportError` variant it must be refused with ("" for the valid control file).
type Hostile = (&'static str, &'static str, Vec<u8>, &'static str);

/// The hostile exports, made from a valid export of the Mekong fixture.
fn hostile_exports(valid: &[u8]) -> Vec<Hostile> {
    let first_row_start = |t: &str| t.find("\r\n").expect("header") + 2;
    let manifest_bytes = |data: Vec<u8>| {
        rezip(valid, move |l| {
            for (n, d) in l.iter_mut() {
                if n == MANIFEST {
                    *d = data.clone()
                }
            }
        })
    };
    vec![
        ("valid", "a valid export (the control)", valid.to_vec(), ""),
        ("empty", "an empty file", Vec::new(), "NotAZip"),
        (
            "truncated",
            "the first half of a valid export",
            valid[..valid.len() / 2].to_vec(),
            "NotAZip",
        ),
        (
            "csv-not-zip",
            "a CSV file given instead of the zip",
            b"record_id,country\r\n".to_vec(),
            "NotAZip",
        ),
        (
            "zip-slip",
            "a member named ../../etc/evil",
            rezip(valid, |l| l.push(("../../etc/evil".into(), b"x".to_vec()))),
            "UnexpectedMember",
        ),
        (
            "absolute-path",
            "a member named /tmp/evil",
            rezip(valid, |l| l.push(("/tmp/evil".into(), b"x".to_vec()))),
            "UnexpectedMember",
        ),
        (
            "member-in-folder",
            "a member inside a folder",
            rezip(valid, |l| l[0].0 = format!("sub/{}", l[0].0)),
            "UnexpectedMember",
        ),
        (
            "missing-answers",
            "answers.csv left out",
            rezip(valid, |l| l.retain(|(n, _)| n != ANSWERS)),
            "MissingMember",
        ),
        (
            "duplicate-member",
            "assessments.csv twice (a zip reader would keep one of them)",
            duplicate_member(valid),
            "DuplicateMember",
        ),
        (
            "compression-bomb",
            "an assessments.csv of 64 MiB of zeros in about 64 KB",
            bomb(valid),
            "CompressionBomb",
        ),
        (
            "newer-format",
            "a format newer than this DigiReady reads",
            manifest_edit(valid, |m| {
                m["format"] = json!(digiready::export::manifest::FORMAT + 1)
            }),
            "NewerFormat",
        ),
        (
            "not-an-export",
            "a zip of the same shape but another kind",
            manifest_edit(valid, |m| m["kind"] = json!("something-else")),
            "NotAnExport",
        ),
        (
            "manifest-not-json",
            "a manifest that is not JSON",
            manifest_bytes(b"{not json".to_vec()),
            "BadManifest",
        ),
        (
            "manifest-deeply-nested",
            "a manifest of 100,000 nested arrays",
            manifest_bytes(
                "[".repeat(100_000)
                    .into_bytes()
                    .into_iter()
                    .chain("]".repeat(100_000).into_bytes())
                    .collect(),
            ),
            "BadManifest",
        ),
        (
            "manifest-utf16",
            "a manifest in UTF-16",
            manifest_bytes({
                let text = String::from_utf8(members(valid)[MANIFEST].clone()).expect("utf8");
                let mut b = vec![0xff, 0xfe];
                b.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
                b
            }),
            "BadManifest",
        ),
        (
            "manifest-negative-count",
            "a record count of -1",
            manifest_edit(valid, |m| m["records"] = json!(-1)),
            "BadManifest",
        ),
        (
            "changed-csv-old-checksum",
            "a byte added to assessments.csv, the checksum left as it was",
            rezip(valid, |l| {
                for (n, d) in l.iter_mut() {
                    if n == ASSESSMENTS {
                        d.extend_from_slice(b"x")
                    }
                }
            }),
            "Checksum",
        ),
        (
            "record-count",
            "a manifest that lists 99 records",
            manifest_edit(valid, |m| m["records"] = json!(99)),
            "RecordCount",
        ),
        (
            "bad-utf8",
            "assessments.csv that is not UTF-8",
            resealed(valid, ASSESSMENTS, vec![0xef, 0xbb, 0xbf, 0xff, 0xfe]),
            "BadUtf8",
        ),
        (
            "csv-utf16",
            "assessments.csv in UTF-16 with its byte order mark",
            {
                let text = String::from_utf8(members(valid)[ASSESSMENTS].clone()).expect("utf8");
                let mut b = vec![0xff, 0xfe];
                b.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
                resealed(valid, ASSESSMENTS, b)
            },
            "BadUtf8",
        ),
        (
            "formula-in-id",
            "=cmd|' /C calc'!A0 as a record id",
            with_csv(valid, ASSESSMENTS, |t| {
                let i = first_row_start(&t);
                format!("{}=cmd|' /C calc'!A0{}", &t[..i], &t[i + 32..])
            }),
            "BadValue",
        ),
        (
            "formula-in-sector",
            "@SUM(A1) as a sector",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",retail_wholesale,", ",@SUM(A1),", 1)
            }),
            "BadValue",
        ),
        (
            "escape-in-member-name",
            "a member named with an ESC sequence, a CR and a fake success line",
            rezip(valid, |l| {
                l.push((
                    "\u{1b}[2K\rDONE: imported, 0 errors\u{1b}[0m.csv".into(),
                    b"x".to_vec(),
                ))
            }),
            "UnexpectedMember",
        ),
        (
            "escape-in-sector",
            "a sector holding ESC sequences and a backspace",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",retail_wholesale,", ",\u{1b}[31mretail\u{8}\u{1b}[0m,", 1)
            }),
            "BadValue",
        ),
        (
            "bidi-in-size",
            "a size band with a right-to-left override (U+202E) and a NUL",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",micro,", ",\u{202e}orcim\u{0},", 1)
            }),
            "BadValue",
        ),
        (
            "escape-in-manifest",
            "a manifest whose export id holds an ESC sequence",
            manifest_edit(valid, |m| m["export_id"] = json!("\u{1b}]0;owned\u{7}")),
            "BadManifest",
        ),
        (
            "precise-score",
            "an overall score of 99.96 (the app writes one decimal; compared at one decimal it \
             would pass for another record's 100.0)",
            with_first_row_cell(valid, 10, |_| "99.96"),
            "BadValue",
        ),
        (
            "long-created",
            "a manifest whose created day is 5,000 characters with escape sequences",
            manifest_edit(valid, |m| m["created"] = json!("\u{1b}[31m".repeat(1000))),
            "BadManifest",
        ),
        (
            "huge-app-version",
            "a manifest whose app_version is 100 KB",
            manifest_edit(valid, |m| m["app_version"] = json!("9".repeat(100_000))),
            "BadManifest",
        ),
        (
            "period-1899-2999",
            "a manifest whose period runs from 1899 to 2999",
            manifest_edit(valid, |m| {
                m["period"] = json!({"from": "1899-Q1", "to": "2999-Q4"})
            }),
            "BadManifest",
        ),
        (
            "created-not-a-day",
            "a manifest whose created day is 2026-13-45",
            manifest_edit(valid, |m| m["created"] = json!("2026-13-45")),
            "BadManifest",
        ),
        (
            "unknown-version",
            "a record of questionnaire version 1999.9, which no app has",
            manifest_edit(
                &with_csv(valid, ASSESSMENTS, |t| {
                    t.replacen(",2026.2,", ",1999.9,", 1)
                }),
                |m| m["instrument_versions"] = json!(["1999.9", "2026.2"]),
            ),
            "NotAllowed.Version",
        ),
        (
            "unknown-sector",
            "a record of the sector space_mining",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",retail_wholesale,", ",space_mining,", 1)
            }),
            "NotAllowed.Sector",
        ),
        (
            "unknown-size",
            "a record of the size band gigantic",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",micro,", ",gigantic,", 1)
            }),
            "NotAllowed.Size",
        ),
        (
            "unknown-question",
            "an answer to a question the questionnaire does not have",
            with_csv(valid, ANSWERS, |t| {
                t.replacen(",cl-backup,", ",cl-time-travel,", 1)
            }),
            "NotAllowed.Question",
        ),
        (
            "unknown-option",
            "an option the question does not offer",
            with_csv(valid, ANSWERS, |t| {
                t.replacen(",automatic-tested,", ",carved-in-stone,", 1)
            }),
            "NotAllowed.Answer",
        ),
        (
            "number-for-choice",
            "a number given to a choice question",
            with_csv(valid, ANSWERS, |t| {
                t.replacen(",cl-backup,automatic-tested,", ",cl-backup,,42", 1)
            }),
            "NotAllowed.Answer",
        ),
        (
            "score-without-its-answers",
            "an overall score of 100 that the record's answers do not give",
            with_first_row_cell(valid, 10, |v| if v == "12.5" { "37.5" } else { "12.5" }),
            "NotAllowed.Score",
        ),
        (
            "level-disagrees",
            "an overall level that its score does not have",
            with_first_row_cell(valid, 11, |v| if v == "1" { "2" } else { "1" }),
            "NotAllowed.Score",
        ),
        (
            "formula-plus",
            "+1+cmd as a size band",
            with_csv(valid, ASSESSMENTS, |t| t.replacen(",micro,", ",+1+cmd,", 1)),
            "BadValue",
        ),
        (
            "path-as-id",
            "../../etc/passwd as a record id",
            with_csv(valid, ASSESSMENTS, |t| {
                let i = first_row_start(&t);
                format!("{}../../etc/passwd{}", &t[..i], &t[i + 32..])
            }),
            "BadValue",
        ),
        (
            "unknown-province",
            "a province no one knows",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",can_tho,", ",atlantis,", 1)
            }),
            "BadValue",
        ),
        (
            "legacy-lao-font",
            "a province typed with a pre-Unicode Lao font (Latin-1 letters)",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",can_tho,", ",\u{e0}\u{a7}\u{f2}\u{a1}\u{c7}\u{bd},", 1)
            }),
            "BadValue",
        ),
        (
            "decomposed-vietnamese",
            "a province id with a decomposed (NFD) tone mark",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",can_tho,", ",ca\u{300}n_tho,", 1)
            }),
            "BadValue",
        ),
        (
            "control-character",
            "a NUL byte in a sector",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",retail_wholesale,", ",retail\0wholesale,", 1)
            }),
            "BadValue",
        ),
        (
            "score-above-100",
            "a score of 100.5",
            with_csv(valid, ASSESSMENTS, |t| t.replacen(",100,", ",100.5,", 1)),
            "BadValue",
        ),
        (
            "score-negative",
            "a score of -5",
            with_csv(valid, ASSESSMENTS, |t| t.replacen(",100,", ",-5,", 1)),
            "BadValue",
        ),
        (
            "score-nan",
            "a score of NaN",
            with_csv(valid, ASSESSMENTS, |t| t.replacen(",100,", ",NaN,", 1)),
            "BadValue",
        ),
        (
            "score-overflow",
            "a score of 1e999 (infinity)",
            with_csv(valid, ASSESSMENTS, |t| t.replacen(",100,", ",1e999,", 1)),
            "BadValue",
        ),
        (
            "unclosed-quote",
            "a quote opened and never closed",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",retail_wholesale,", ",\"retail_wholesale,", 1)
            }),
            "Csv",
        ),
        (
            "missing-column",
            "the record_id column left out",
            with_csv(valid, ASSESSMENTS, |t| t.replacen("record_id,", "", 1)),
            "BadHeader",
        ),
        (
            "short-row",
            "a row cut short",
            with_csv(valid, ASSESSMENTS, |t| {
                let i = first_row_start(&t);
                let j = i + t[i..].find("\r\n").expect("row");
                format!("{}{}", &t[..j - 4], &t[j..])
            }),
            "FieldCount",
        ),
        (
            "duplicate-record",
            "the first record twice",
            with_csv(valid, ASSESSMENTS, |t| {
                let i = first_row_start(&t);
                let j = i + t[i..].find("\r\n").expect("row") + 2;
                format!("{}{}", &t[..j], &t[i..])
            }),
            "DuplicateRecord",
        ),
        (
            "duplicate-answer",
            "the first answer twice",
            with_csv(valid, ANSWERS, |t| {
                let i = first_row_start(&t);
                let j = i + t[i..].find("\r\n").expect("row") + 2;
                format!("{}{}", &t[..j], &t[i..])
            }),
            "DuplicateAnswer",
        ),
        (
            "generalisation-mismatch",
            "a record said to be generalised to country that names its province",
            with_csv(valid, ASSESSMENTS, |t| {
                t.replacen(",as-recorded,", ",country,", 1)
            }),
            "BadValue",
        ),
        (
            "orphan-answer",
            "an answer of a record the file does not hold",
            with_csv(valid, ANSWERS, |t| {
                format!("{t}{},q,a,\r\n", "d".repeat(32))
            }),
            "OrphanAnswer",
        ),
        (
            "answer-option-and-number",
            "an answer with both an option and a number",
            with_csv(valid, ANSWERS, |t| {
                let i = first_row_start(&t);
                let j = i + t[i..].find("\r\n").expect("row");
                format!("{}1{}", &t[..j], &t[j..])
            }),
            "BadValue",
        ),
        (
            "oversized-field",
            "a question id of 5,000 characters",
            with_csv(valid, ANSWERS, |t| {
                format!("{t}{},{},a,\r\n", "0".repeat(32), "q".repeat(5000))
            }),
            "Csv",
        ),
        (
            "bare-carriage-return",
            "rows ended by a bare CR",
            with_csv(valid, ANSWERS, |t| t.replacen("\r\n", "\r", 2)),
            "Csv",
        ),
    ]
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct HostileCase {
    file: String,
    what: String,
    /// The `ImportError` variant, or "" for a file that must be accepted.
    error: String,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct HostileCorpus {
    case: Vec<HostileCase>,
}

/// The variant name of an error, from its `Debug` form.
fn variant_of(e: &Disallowed) -> String {
    format!("{e:?}")
        .split('(')
        .next()
        .unwrap_or_default()
        .to_string()
}

fn variant(e: &ImportError) -> String {
    format!("{e:?}")
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Writes the corpus again from the generators (DIGIREADY_BLESS=1).
fn write_hostile_corpus(corpus: &Path) {
    let (_, instruments) = embedded_all();
    let dir = tempfile::tempdir().expect("tempdir");
    let (db, _, _) = export_of(
        &util::fixtures("exports").join("mekong.firms.json"),
        dir.path(),
    );
    let store = Store::open(&db).expect("open");
    let valid = build_export(
        instruments,
        &store.finalized_assessments().expect("read"),
        0,
        &options(5),
    )
    .expect("export")
    .bytes;
    for entry in std::fs::read_dir(corpus).expect("corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "zip") {
            std::fs::remove_file(path).expect("remove");
        }
    }
    let mut list = HostileCorpus { case: Vec::new() };
    for (i, (name, what, bytes, error)) in hostile_exports(&valid).into_iter().enumerate() {
        let file = format!("{i:02}-{name}.zip");
        std::fs::write(corpus.join(&file), bytes).expect("write");
        list.case.push(HostileCase {
            file,
            what: what.into(),
            error: error.into(),
        });
    }
    let text = format!(
        "# The hostile export corpus: each file, what it is, and the ImportError it must be\n\
         # refused with (\"\" = accepted). Written by `DIGIREADY_BLESS=1 cargo nextest run\n\
         # --test tests -E 'test(hostile_export_files)'` from the generators in tests/export.rs.\n\n{}",
        toml::to_string(&list).expect("toml")
    );
    std::fs::write(corpus.join("cases.toml"), text).expect("write");
}

/// A character that must not reach a terminal from a file: a control character other than a
/// line end or tab, or a mark that reorders or hides text (bidirectional overrides and
/// isolates, zero-width marks).
fn unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn hostile_export_files_are_refused_and_change_nothing() {
    let corpus = util::fixtures("hostile/exports");
    if std::env::var_os("DIGIREADY_BLESS").is_some() {
        write_hostile_corpus(&corpus);
    }
    let list: HostileCorpus =
        toml::from_str(&std::fs::read_to_string(corpus.join("cases.toml")).expect("cases.toml"))
            .expect("cases.toml parses");
    // Every file is a listed case and every case a file.
    let mut on_disk: Vec<String> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".zip"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = list.case.iter().map(|c| c.file.clone()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "the corpus and cases.toml differ");
    let refused = list.case.iter().filter(|c| !c.error.is_empty()).count();
    assert!(refused >= 30, "{refused} hostile cases");

    let (catalog, instruments) = embedded_all();
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = dir.path().join("agency.sqlite3");
    ok(&digiready(&agency, &["benchmarks", "list"]));
    let before = std::fs::read(&agency).expect("db");
    let mut valid = None;
    for case in &list.case {
        let path = corpus.join(&case.file);
        let bytes = std::fs::read(&path).expect("corpus file");
        if case.error.is_empty() {
            read_export(&bytes, &Limits::default()).expect("the control file is valid");
            valid = Some(path);
            continue;
        }
        let what = format!("{} ({})", case.file, case.what);
        // Refused by the reader, or by the check against the questionnaire after it.
        let (found, message) = match read_export(&bytes, &Limits::default()) {
            Err(e) => (variant(&e), e.localize(catalog, Locale::En)),
            Ok(file) => match check_records(&file.records, instruments) {
                Err(e) => (
                    format!("NotAllowed.{}", variant_of(&e.what)),
                    e.localize(catalog, Locale::En),
                ),
                Ok(()) => panic!("{what}: accepted"),
            },
        };
        assert_eq!(found, case.error, "{what}: {message}");
        // The CLI refuses it with the same reason in words, exits 1, and changes nothing.
        let o = digiready(&agency, &["import", path.to_str().expect("p")]);
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("was refused") && stderr(&o).contains(&message),
            "{what}: {}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"), "{what}");
        // Nothing from the file reaches the terminal raw: no control character but the line
        // ends, no mark that reorders text.
        for (stream, text) in [("stderr", stderr(&o)), ("stdout", util::stdout(&o))] {
            assert!(
                !text.chars().any(unsafe_for_terminal),
                "{what}: {stream} carries {text:?}"
            );
        }
    }
    // Nothing was written to the agency's database by any of them: the file is byte for byte
    // what it was.
    assert_eq!(
        before,
        std::fs::read(&agency).expect("db"),
        "the database changed"
    );
    // The valid file is still accepted after all that.
    let valid = valid.expect("the corpus has its valid control file");
    ok(&digiready(&agency, &["import", valid.to_str().expect("p")]));
    let store = Store::open(&agency).expect("db");
    assert_eq!(store.pool_imports().expect("imports").len(), 1);
}

/// An assessment finalized on a laptop whose clock said 1980 is withheld with a message, never
/// written into a file the agency's importer (which reads years 2000–2100) would refuse whole.
#[test]
fn a_record_dated_by_a_wrong_clock_is_withheld_and_the_file_still_imports() {
    let (_, instruments) = embedded_all();
    let instrument = instruments.current();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("officer.sqlite3");
    population(&util::fixtures("exports").join("mekong.firms.json"), &db);
    {
        let mut store = Store::open(&db).expect("open");
        let firm = store
            .add_enterprise(
                instrument,
                &NewEnterprise {
                    name: "Tiệm đồng hồ sai".into(),
                    sector: "retail_wholesale".into(),
                    size_band: "micro".into(),
                    country: "VN".into(),
                    province: "Cần Thơ".into(),
                    district: None,
                    contact: Contact::default(),
                },
                Timestamp(1_000),
            )
            .expect("add");
        let a = store
            .start_assessment(
                instrument,
                firm.id,
                "An",
                Locale::Vi,
                &RecordId::from_random_bytes([0x19; 16]),
                Timestamp(2_000),
            )
            .expect("start");
        let answers = util::answer_all(instrument, "retail_wholesale", |q| {
            util::highest(q, "retail_wholesale")
        });
        for (q, v) in &answers {
            store
                .record_answer(instrument, a.id, q, v, Timestamp(3_000))
                .expect("answer");
        }
        // 1 January 1980, noon.
        store
            .finalize_assessment(instrument, a.id, Timestamp(315_576_000_000))
            .expect("finalize");
    }
    let out = dir.path().join("export.zip");
    let o = digiready(
        &db,
        &["export", "--anonymized", "--out", out.to_str().expect("p")],
    );
    let said = ok(&o);
    assert!(said.contains("1 finalized assessment"), "{said}");
    assert!(said.contains("2000 to 2100"), "{said}");
    let file = read_export(&std::fs::read(&out).expect("file"), &Limits::default())
        .expect("the file reads");
    assert_eq!(file.manifest.anonymity.withheld_wrong_date, 1);
    assert!(file.records.iter().all(|r| r.year >= 2000));
    let agency = dir.path().join("agency.sqlite3");
    ok(&digiready(&agency, &["import", out.to_str().expect("p")]));
}

/// Long work shows signs of life on standard error: plain lines when it is not a terminal, one
/// per file; nothing with --json, whose standard output stays a single JSON document.
#[test]
fn an_import_of_many_files_says_how_far_it_is() {
    let corpus = util::fixtures("hostile/exports");
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = dir.path().join("agency.sqlite3");
    let (a, b) = (dir.path().join("a.zip"), dir.path().join("b.zip"));
    std::fs::copy(corpus.join("00-valid.zip"), &a).expect("copy");
    std::fs::copy(corpus.join("00-valid.zip"), &b).expect("copy");
    let paths = [a.to_str().expect("p"), b.to_str().expect("p")];
    let o = digiready(&agency, &["import", paths[0], paths[1]]);
    ok(&o);
    let said = stderr(&o);
    assert!(said.contains("Importing 2 files"), "{said}");
    assert!(
        said.contains("1 of 2: a.zip") && said.contains("2 of 2: b.zip"),
        "{said}"
    );
    let o = digiready(&agency, &["import", paths[0], "--json"]);
    ok_json(&o);
    assert_eq!(stderr(&o), "", "nothing but JSON with --json");
}

/// A zip of more than 65,535 members (the end record cannot count them) is refused for what it
/// is, not as a name listed twice.
#[test]
fn a_zip_of_seventy_thousand_members_is_named_as_such() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..70_000 {
        zip.start_file(format!("{i}"), o).expect("start");
    }
    let bytes = zip.finish().expect("finish").into_inner();
    let e = read_export(&bytes, &Limits::default()).expect_err("refused");
    assert_eq!(e, ImportError::TooManyMembers(70_000));
    let (catalog, _) = embedded_all();
    assert!(
        e.localize(catalog, Locale::En).contains("70000 parts"),
        "{e}"
    );
}

/// A file whose own name holds an ESC sequence, a CR and a right-to-left override is named
/// with those escaped, whether it is merged or refused.
#[test]
fn a_file_name_with_control_characters_is_shown_escaped() {
    let corpus = util::fixtures("hostile/exports");
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = dir.path().join("agency.sqlite3");
    for (source, evil) in [
        ("00-valid.zip", "ok\u{1b}[2K\rDONE\u{202e}piz.zip"),
        ("01-empty.zip", "bad\u{1b}]0;title\u{7}\r.zip"),
    ] {
        let path = dir.path().join(evil);
        std::fs::copy(corpus.join(source), &path).expect("copy");
        let o = digiready(&agency, &["import", path.to_str().expect("p")]);
        for text in [stderr(&o), util::stdout(&o)] {
            assert!(!text.chars().any(unsafe_for_terminal), "{source}: {text:?}");
        }
        let said = stderr(&o) + &util::stdout(&o);
        assert!(
            said.contains("\\u{1b}"),
            "{source}: the escape is shown as text: {said}"
        );
    }
}

/// The agency's database after importing both fixtures' exports (twice, as officers resend).
fn agency_with_both(dir: &Path) -> PathBuf {
    let agency = dir.join("agency.sqlite3");
    for fixture in util::fixture_files("exports", ".firms.json") {
        let name = fixture
            .file_name()
            .expect("n")
            .to_string_lossy()
            .replace(".firms.json", "");
        let sub = dir.join(&name);
        std::fs::create_dir_all(&sub).expect("dir");
        let (db, _, _) = export_of(&fixture, &sub);
        let out = sub.join(format!("{name}.zip"));
        ok(&digiready(
            &db,
            &["export", "--anonymized", "--out", out.to_str().expect("p")],
        ));
        ok(&digiready(
            &agency,
            &["import", out.to_str().expect("p"), out.to_str().expect("p")],
        ));
    }
    agency
}

#[test]
fn aggregate_agrees_with_duckdb_over_the_exported_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = agency_with_both(dir.path());
    let csv_dir = dir.path().join("tables");
    let summary = ok_json(&digiready(
        &agency,
        &[
            "aggregate",
            "--by",
            "country,sector,size",
            "--csv",
            csv_dir.to_str().expect("p"),
            "--json",
        ],
    ));
    assert_eq!(summary["records"], 45);
    // The same figures from DuckDB, reading the CSV files as exported (each unzipped into its
    // own folder).
    let exports = dir.path().join("unzipped");
    for (i, zip_path) in [
        "mekong/mekong.zip",
        "laos/laos.zip",
        "observable/observable.zip",
    ]
    .iter()
    .enumerate()
    {
        let target = exports.join(i.to_string());
        std::fs::create_dir_all(&target).expect("dir");
        for (name, data) in members(&std::fs::read(dir.path().join(zip_path)).expect("zip")) {
            std::fs::write(target.join(name), data).expect("write");
        }
    }
    let script = util::root().join("tests/duckdb_aggregate.py");
    // scripts/test.sh sets DIGIREADY_PYTHON to a virtual environment with DuckDB.
    let python = std::env::var("DIGIREADY_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(python)
        .arg(&script)
        .arg(&exports)
        .arg(csv_dir.join("scores.csv"))
        .arg(csv_dir.join("practices.csv"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "DuckDB check failed (scripts/setup.sh installs duckdb):\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.starts_with("agree: "), "{said}");
    assert!(
        !said.contains(" 0 score rows") && !said.contains(" 0 practice rows"),
        "{said}"
    );
}

/// A grouping by the same dimension twice is refused in the reader's language, before
/// anything is written.
#[test]
fn aggregate_refuses_a_dimension_given_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = agency_with_both(dir.path());
    let xlsx = dir.path().join("bang.xlsx");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_digiready"))
        .args(["--db", agency.to_str().expect("p"), "--locale", "vi"])
        .args(["aggregate", "--by", "sector,size,sector", "--xlsx"])
        .arg(&xlsx)
        .env("RUST_LOG", "off")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let said = util::stderr(&o);
    assert!(
        said.contains("\"Ngành\" được chọn hai lần"),
        "in Vietnamese, naming the dimension: {said}"
    );
    assert!(!xlsx.exists(), "nothing written");
}

#[test]
fn the_workbook_is_localized_formatted_and_holds_no_formula() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = agency_with_both(dir.path());
    let xlsx = dir.path().join("bang.xlsx");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_digiready"))
        .args([
            "--db",
            agency.to_str().expect("p"),
            "--locale",
            "vi",
            "aggregate",
            "--by",
            "sector,size,province",
            "--xlsx",
            xlsx.to_str().expect("p"),
        ])
        .env("RUST_LOG", "off")
        .output()
        .expect("runs");
    let text = ok(&o);
    assert!(text.contains("hồ sơ"), "{text}");
    let parts = members(&std::fs::read(&xlsx).expect("xlsx"));
    let strings = String::from_utf8(parts["xl/sharedStrings.xml"].clone()).expect("utf8");
    for expected in [
        "Trung vị",
        "Bán lẻ và bán buôn",
        "Cần Thơ",
        "(không công bố)",
    ] {
        assert!(strings.contains(expected), "{expected} missing");
    }
    let workbook = String::from_utf8(parts["xl/workbook.xml"].clone()).expect("utf8");
    for sheet in ["Giới thiệu", "Điểm", "Thực hành"] {
        assert!(workbook.contains(sheet), "sheet {sheet}");
    }
    for (name, data) in &parts {
        if name.starts_with("xl/worksheets/") {
            let xml = String::from_utf8_lossy(data);
            assert!(
                !xml.contains("<f>") && !xml.contains("<f "),
                "a formula in {name}"
            );
        }
    }
    // Can Tho retail micro (7 firms, as recorded) is a cell; Hue (1 firm) is not.
    assert!(!strings.contains("Huế"));
}

/// Tables marked for publication: grouped by country too, a cell under 20 firms shows only
/// its count and the 10-point band of its median (the band holds the working table's median),
/// the cells are remembered with the packs', and the same tables made again publish nothing
/// new and come out byte for byte.
#[test]
fn tables_for_publication_band_small_cells_and_join_the_publication_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = agency_with_both(dir.path());
    let published = || -> i64 {
        rusqlite::Connection::open(&agency)
            .expect("sqlite")
            .query_row("SELECT count(*) FROM published_cell", [], |r| r.get(0))
            .expect("count")
    };
    let tables = |name: &str, publish: bool| {
        let out = dir.path().join(name);
        let mut args = vec![
            "aggregate",
            "--by",
            "sector,size,province",
            "--csv",
            out.to_str().expect("p"),
            "--json",
        ];
        if publish {
            args.push("--publish");
        }
        let summary = ok_json(&digiready(&agency, &args));
        let csv = std::fs::read_to_string(out.join("scores.csv")).expect("scores.csv");
        (summary, csv)
    };
    let (working, working_csv) = tables("working", false);
    assert!(working["disclosure"].is_null(), "{working}");
    assert_eq!(published(), 0, "working tables are not publications");
    let (first, csv) = tables("first", true);
    let d = &first["disclosure"];
    assert!(d["published"].as_u64().expect("n") > 0, "{first}");
    let cells = published();
    assert_eq!(
        cells,
        d["published"].as_i64().expect("n"),
        "every cell remembered"
    );
    let read = |text: &str| -> Vec<BTreeMap<String, String>> {
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<String> = lines
            .next()
            .expect("header")
            .split(',')
            .map(str::to_string)
            .collect();
        lines
            .map(|l| {
                header
                    .iter()
                    .cloned()
                    .zip(l.split(',').map(str::to_string))
                    .collect()
            })
            .collect()
    };
    let rows = read(&csv);
    assert_eq!(
        csv.trim_start_matches('\u{feff}').lines().next(),
        Some(
            "country,sector,size,province,firms,measure,n,mean,p10,p25,p50,p75,p90,median_from,median_to"
        )
    );
    let working_rows = read(&working_csv);
    let mut banded = 0;
    for row in &rows {
        let n: usize = row["n"].parse().expect("n");
        if n >= 20 {
            assert!(
                !row["p50"].is_empty() && row["median_from"].is_empty(),
                "{row:?}"
            );
            continue;
        }
        banded += 1;
        assert!(row["mean"].is_empty() && row["p10"].is_empty() && row["p50"].is_empty());
        let from: f64 = row["median_from"].parse().expect("from");
        let to: f64 = row["median_to"].parse().expect("to");
        assert_eq!((to - from, from % 10.0), (10.0, 0.0), "{row:?}");
        let same = working_rows
            .iter()
            .find(|w| {
                ["sector", "size", "province", "measure"]
                    .iter()
                    .all(|c| w[*c] == row[*c])
            })
            .expect("the working table has the cell");
        let median: f64 = same["p50"].parse().expect("p50");
        assert!(
            from <= median && (median < to || to == 100.0),
            "{median} in {row:?}"
        );
    }
    assert!(banded > 0, "the fixtures' cells are small");
    // Made again: the same cells, nothing new to remember, the same bytes.
    let (second, again) = tables("second", true);
    assert_eq!(second["disclosure"]["published"], d["published"]);
    assert_eq!(published(), cells);
    assert_eq!(again, csv);
    // The workbook says what it is, in the reader's language.
    for (publish, expected) in [(false, "working table"), (true, "Median band")] {
        let xlsx = dir.path().join(format!("{publish}.xlsx"));
        let mut args = vec!["aggregate", "--xlsx", xlsx.to_str().expect("p")];
        if publish {
            args.push("--publish");
        }
        ok(&digiready(&agency, &args));
        let parts = members(&std::fs::read(&xlsx).expect("xlsx"));
        let strings = String::from_utf8(parts["xl/sharedStrings.xml"].clone()).expect("utf8");
        assert!(strings.contains(expected), "{expected} missing");
    }
}

#[test]
fn a_pack_built_from_the_pool_goes_back_to_officers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = agency_with_both(dir.path());
    let pack = dir.path().join("vn-agency.json");
    let text = ok(&digiready(
        &agency,
        &[
            "benchmarks",
            "build",
            "--country",
            "VN",
            "--publisher",
            "Sở Công Thương Cần Thơ",
            "--version",
            "2026.11.23",
            "--out",
            pack.to_str().expect("p"),
        ],
    ));
    assert!(text.contains("from 33 records"), "{text}");
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(&pack).expect("pack")).expect("json");
    let rows = json["rows"].as_array().expect("rows");
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(row["provenance"]["kind"], "aggregated");
        assert!(row["sample_size"].as_u64().expect("n") >= 5);
        assert!(row["provenance"]["source"]
            .as_str()
            .expect("s")
            .contains("33 anonymized DigiReady assessments"));
    }
    // Can Tho retail micro: a province row of the 13 firms released as recorded: 7 of the
    // Mekong fixture (5 + 2 from Soc Trang, merged into Can Tho in 2025) and 6 of the
    // observable one.
    assert!(rows.iter().any(|r| r["region"] == "can_tho"
        && r["sector"] == "retail_wholesale"
        && r["sample_size"] == 13));
    // An officer imports it, and a Can Tho shop is compared with it.
    let officer = dir.path().join("officer2.sqlite3");
    ok(&digiready(
        &officer,
        &["benchmarks", "import", pack.to_str().expect("p")],
    ));
    let (_, aid) = util::start_can_tho_retailer(&officer, "Tạp hóa Mới");
    let plan = ok_json(&digiready(
        &officer,
        &["plan", "--assessment", &aid, "--json"],
    ));
    let text = plan.to_string();
    assert!(
        text.contains("can_tho"),
        "the comparison uses the Can Tho rows: {text}"
    );
    assert!(text.contains("aggregated"), "{text}");
}

#[test]
fn a_pack_is_not_built_from_too_few_records_or_for_an_unknown_country() {
    let dir = tempfile::tempdir().expect("tempdir");
    let agency = dir.path().join("agency.sqlite3");
    let pack = dir.path().join("pack.json");
    for (country, expected) in [
        ("VN", "No group of at least 5 firms"),
        ("XX", "Unknown country"),
    ] {
        let o = digiready(
            &agency,
            &[
                "benchmarks",
                "build",
                "--country",
                country,
                "--publisher",
                "Sở",
                "--out",
                pack.to_str().expect("p"),
            ],
        );
        assert!(!o.status.success(), "{country}");
        assert!(stderr(&o).contains(expected), "{country}: {}", stderr(&o));
        assert!(!pack.exists(), "{country}: nothing is written");
    }
}
