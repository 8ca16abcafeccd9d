//! Generated records written as an export file with `package`, for the benches that need
//! export files without a store (`agency`, `import_memory`). Included by path.

use digiready::export::manifest::Anonymity;
use digiready::export::privacy::Rules;
use digiready::export::record::Record;
use digiready::export::write::{package, ExportOptions};
use digiready::i18n::format::CivilDate;
use digiready::instrument::Instruments;

/// An export file of `records` (k = 5, made on 23 November 2026) with export id `export_id`;
/// the manifest counts `as_recorded` of them as released as recorded.
pub fn export_file(
    records: Vec<Record>,
    as_recorded: usize,
    export_id: String,
    instruments: &Instruments,
) -> Vec<u8> {
    let options = ExportOptions {
        k: 5,
        rules: Rules::embedded(),
        export_id,
        today: CivilDate {
            year: 2026,
            month: 11,
            day: 23,
        },
        app_version: "bench",
    };
    let anonymity = Anonymity {
        k: 5,
        quasi_identifiers: Vec::new(),
        considered: records.len(),
        as_recorded,
        generalised_to_region: 0,
        generalised_to_country: 0,
        generalised_to_year: 0,
        withheld: 0,
        l: 2,
        observable: Vec::new(),
        sensitive: Vec::new(),
        withheld_homogeneous: 0,
        sent_before: 0,
        withheld_wrong_date: 0,
    };
    package(records, anonymity, instruments, &options)
        .expect("package")
        .bytes
}
