# Anonymized exports (officer) and the agency side: import, aggregation, Excel, packs.

export-done = { $records ->
    [one] 1 anonymized record written to { $path }.
   *[other] { $records } anonymized records written to { $path }.
}
export-anonymity = Each record shares questionnaire version, province, sector, size, period and what anyone can see from outside (a page online, a marketplace shop, a QR code at the counter) with at least { $k } records (k = { $k }), and no group all gives the same answer to a sensitive question. Of { $considered } finalized assessments not sent before: { $as_recorded } as recorded, { $generalised } generalised, { $withheld } withheld.
export-error-k-too-low = k must be at least { $min }, not { $k }.
export-error-unknown-instrument = An assessment uses questionnaire version { $version }, which this DigiReady does not know. Update DigiReady and export again.
export-error-internal = The export could not be written ({ $reason }). Nothing was saved.
export-error-too-many-records = { $records } results are waiting to be sent, more than the { $max } one file may hold. Nothing was written; ask for help to send them in parts.

import-merged = { $file }: { $records } records, { $added } added, { $refined } made more precise, { $unchanged } already here, { $conflicts } in conflict.
import-already = { $file } was imported before; nothing changed.
import-conflict = Conflict: record { $record } is already here with different answers or scores. It was not merged.
import-refused = { $file } was refused: { $reason } Nothing from this file was merged.
import-refused-count = { $refused } of { $total } files were refused.
import-error-read = The file cannot be read ({ $reason }).
import-error-file-too-large = The file is larger than { $limit } MB.
import-error-not-a-zip = This is not a DigiReady export file (not a zip file, or a damaged one).
import-error-unexpected-member = The file holds "{ $name }", which a DigiReady export never has.
import-error-duplicate-member = The file holds "{ $name }" twice.
import-error-too-many-members = The file holds { $count } parts; a DigiReady export holds four.
import-error-missing-member = The file has no "{ $name }".
import-error-member-too-large = "{ $name }" is larger than { $limit } MB.
import-error-compression-bomb = "{ $name }" expands far more than real data does; it may be made to fill the disk.
import-error-unsupported = "{ $name }" is encrypted or compressed in a way DigiReady does not write.
import-error-bad-manifest = The file's manifest is not valid ({ $reason }).
import-error-not-an-export = This is not a DigiReady export file.
import-error-newer-format = This file was made by a newer DigiReady (format { $found }; this one reads up to { $supported }). Update DigiReady to import it.
import-error-checksum = "{ $name }" does not match its checksum: the file was changed or damaged.
import-error-bad-utf8 = "{ $name }" is not UTF-8 text.
import-error-csv = "{ $name }" is not valid CSV: { $reason }.
import-error-bad-header = The columns of "{ $name }" are not those of the export format.
import-error-field-count = "{ $name }", line { $line }: { $count } fields where { $expected } were expected.
import-error-bad-value = "{ $name }", line { $line }, column { $column }: the value "{ $value }" is not allowed.
import-error-duplicate-record = "{ $name }", line { $line }: record { $record } appears twice.
import-error-orphan-answer = "{ $name }", line { $line }: an answer of record { $record }, which the file does not hold.
import-error-duplicate-answer = Record { $record } answers question { $question } twice.
import-error-record-count = The manifest lists { $manifest } records but the file holds { $found }.
import-error-too-many-records = The file says it holds { $records } records; one file may hold at most { $max }. Nothing was read further.
import-error-too-many-answers = Record { $record } has more than { $max } answers, more than any questionnaire asks.
import-error-not-allowed = Record { $record } (line { $line } of assessments.csv) { $what }. The questionnaire it names does not allow that, so nothing from this file was merged.
import-disallowed-version = names questionnaire version "{ $value }", which this app does not know
import-disallowed-country = is of the country "{ $value }", which the questionnaire does not have
import-disallowed-sector = is of the sector "{ $value }", which the questionnaire does not have
import-disallowed-size = has the size band "{ $value }", which its country does not have
import-disallowed-question = answers question "{ $value }", which the questionnaire does not have
import-disallowed-answer = gives an answer to "{ $value }" that the question does not accept
import-disallowed-score = gives a score or level for "{ $value }" that its answers do not give
import-disallowed-practice = says of the practice "{ $value }" what its answers do not say

aggregate-done = { $records } records in { $cells } groups; { $suppressed } groups of fewer than { $min } firms left out.
aggregate-cell = { $cell }: { $firms } firms, median overall index { $median }
aggregate-error-empty = Choose at least one thing to group by (for example sector, size or province). Nothing was written.
aggregate-error-repeated = "{ $dimension }" is chosen twice for grouping; choose each one only once. Nothing was written.
pack-built = Benchmark pack { $id } { $version } written to { $path }: { $rows } rows from { $records } records.
pack-disclosure = Of { $candidates } groups: { $published } published ({ $frozen } with the same firms as when last published, as fewer than k changed), { $too_small } with too few firms, { $complementary } held back so that no group can be subtracted from another down to a few firms.
pack-build-error-country = Unknown country "{ $country }": use VN or LA. Nothing was written.
pack-build-error-too-few = No group of at least { $min } firms among the { $records } records of this country, so there are no figures to publish. Nothing was written.

# The Excel workbook.
agg-title = DigiReady: digital readiness of firms, aggregated
agg-sheet-about = About
agg-sheet-scores = Scores
agg-sheet-practices = Practices
agg-about-records = Records merged
agg-about-files = Export files imported
agg-about-period = Period
agg-about-by = Grouped by
agg-about-cells = Groups shown
agg-about-suppressed = Groups left out
agg-about-suppressed-value = { $cells } groups ({ $records } records) with fewer than { $min } firms
agg-about-made = Made on
agg-about-publication = For publication
agg-about-publication-no = No: the agency's working table. Do not publish it: a small group's figures can be worked out by subtracting one group from another. Tables for publication are made with the publication option.
agg-about-publication-yes = Yes. Of { $candidates } groups: { $published } shown ({ $frozen } with the same firms as when last published, as fewer than k changed), { $too_small } with too few firms, { $complementary } held back so that no group can be subtracted from another down to a few firms. Groups of fewer than 20 firms show only how many firms and the 10-point band their median lies in.
agg-col-median-band = Median band
agg-median-band = { $from }–{ $to }
agg-about-note = Every record is an anonymized assessment: no names, contacts or exact dates. Groups of fewer than 5 firms, and figures over fewer than 5 firms, are left out so that no firm can be recognised. Scores are 0–100.
agg-dim-country = Country
agg-dim-region = Region
agg-dim-province = Province
agg-dim-sector = Sector
agg-dim-size = Size
agg-dim-year = Year
agg-dim-period = Period
agg-col-firms = Firms
agg-col-measure = Score
agg-col-n = Firms scored
agg-col-mean = Mean
agg-col-p10 = 10th percentile
agg-col-p25 = 25th percentile
agg-col-median = Median
agg-col-p75 = 75th percentile
agg-col-p90 = 90th percentile
agg-col-practice = Firms that …
agg-col-known = Firms whose answers tell
agg-col-following = Firms that do
agg-col-share = Share
agg-overall = Overall index
agg-not-released = (not released)
export-release-once = { $sent_before } finalized assessments were left out because an earlier export sent them. { $homogeneous } were withheld because everyone in their group gave the same answer to a sensitive question; they wait for more firms.
export-wrong-date = { $count ->
    [one] 1 finalized assessment was not exported: its date is outside 2000 to 2100, so the computer's clock was probably wrong when it was finalized. It stays in the register.
   *[other] { $count } finalized assessments were not exported: their date is outside 2000 to 2100, so the computer's clock was probably wrong when they were finalized. They stay in the register.
}
export-resent = Export { $id } was written again to { $path }, exactly as it was first made.
export-list-empty = No export has been made with this database yet.
export-list-row = { $id }  { $created }  { $records } records
import-error-k-below-minimum = The file says it was made with k = { $k }. DigiReady merges only files made with k of at least { $min }.
import-error-small-group = The file releases only { $size } records in the group { $group }, fewer than k = { $k }, so a firm in it could be singled out.
import-error-homogeneous = Every record of the group { $group } ({ $size } records) that answered gives the same answer about { $trait }, so the file would reveal that answer for each firm in it.
privacy-trait-online-page = having a page online
privacy-trait-sells-on-marketplace = selling on a marketplace
privacy-trait-qr-at-counter = a QR code at the counter
privacy-trait-e-invoices = e-invoices
privacy-trait-personal-data-rules = rules for personal data
privacy-trait-customer-consent = asking customers' consent
privacy-trait-business-account = a separate business account
