# Errors a person may see, from any part of DigiReady.

answer-error-unknown-question = There is no question "{ $question }".
answer-error-not-for-sector = Question "{ $question }" is not asked for { $sector }.
answer-error-wrong-kind = Question "{ $question }" takes { $expected }.
answer-error-unknown-option = Question "{ $question }" has no answer "{ $option }".
answer-error-option-not-for-sector = The answer "{ $option }" to question "{ $question }" is not offered for { $sector }.
answer-error-exclusive-combined = The answer "{ $option }" to question "{ $question }" cannot be combined with other answers.
answer-error-repeated-option = The answer "{ $option }" to question "{ $question }" is given twice.
answer-error-nothing-chosen = Question "{ $question }" needs at least one answer.
answer-kind-one-option = one answer
answer-kind-option-list = a list of answers
answer-kind-number = a number
answer-error-number-out-of-range = Question "{ $question }" takes a number from { $min } to { $max }, not { $value }.

answer-file-malformed = This is not a valid answer file: { $reason }
answer-file-instrument-version = The answers were given to questionnaire version { $found }, which this program does not know (it knows { $expected }).
answer-file-unknown-country = Unknown country "{ $country }" (use VN or LA).
answer-file-unknown-sector = Unknown sector "{ $sector }".
answer-file-unknown-size = Size "{ $size }" is not a size band of { $country }.
answer-file-repeated-question = Question "{ $question }" is answered more than once in the file; keep one answer.

file-error-too-large = the file is larger than { $size }, the most DigiReady reads for this kind of file
file-error-utf16 = the file is UTF-16 text; save it as UTF-8
file-error-binary = the file is not text (it may be a zip, a spreadsheet or another program's file)
file-error-not-utf8 = the file is not UTF-8 text (line { $line }); save it as UTF-8

store-error-open = Cannot open the database { $path }: { $reason }
store-error-not-a-database = { $path } is not a DigiReady database, or it is damaged. Nothing was changed.
store-error-newer-schema = This database was made by a newer version of DigiReady (schema { $found }; this program knows up to { $supported }). Please update DigiReady. The database was not changed.
store-error-disk-full = The disk is full. Nothing was saved from this last step; free some space and try again.
store-error-read-only = The database cannot be written (the file or folder is read-only). Nothing was saved from this last step.
store-error-busy = The database is in use by another DigiReady window or program. Close it and try again.
store-error-enterprise-not-found = There is no enterprise with number { $id }.
store-error-assessment-not-found = There is no assessment with number { $id }.
store-error-finalized = Assessment { $id } is finalized; its answers can no longer change. Start a new assessment to record progress.
store-error-instrument-version = Assessment { $id } was made with questionnaire version { $found }, which this program does not have (its newest is { $expected }). Update DigiReady to open it.
store-error-bad-data = Some saved data could not be read: { $reason }
store-error-other = The database reported an error: { $reason }

field-empty = { $field } must not be empty.
field-too-long = { $field } is too long.
field-unknown = { $field } is not one of the known values.
field-malformed = { $field } is not written correctly.
field-name-name = Name
field-name-sector = Sector
field-name-size_band = Size
field-name-country = Country
field-name-province = Province
field-name-district = District
field-name-person = Contact person
field-name-phone = Phone
field-name-email = Email
field-name-assessor = Assessor

pack-error-malformed = This is not a DigiReady benchmark pack: { $reason }. Nothing was installed.
pack-error-newer-format = This benchmark pack was made by a newer version of DigiReady (format { $found }). Please update DigiReady. Nothing was installed.
pack-error-missing-checksum = This benchmark pack has no checksum, so it cannot be trusted. Nothing was installed.
pack-error-bad-checksum = This benchmark pack was changed or damaged after it was published (its checksum does not match). Nothing was installed.
pack-error-bad-version = The benchmark pack version "{ $version }" is not valid. Nothing was installed.
pack-error-no-provenance = Row { $row } of the benchmark pack does not say where its figure comes from (source, year and method are required). Nothing was installed.
pack-error-bad-quantiles = Row { $row } of the benchmark pack has a score distribution that is not valid. Nothing was installed.
pack-error-bad-share = Row { $row } of the benchmark pack has a share that is not between 0 and 1. Nothing was installed.
pack-error-bad-mean = Row { $row } of the benchmark pack has no valid mean. Nothing was installed.
pack-error-older = Benchmark pack { $id } version { $found } is not newer than the installed version { $installed }. Nothing was changed.
store-error-pack-not-found = No benchmark pack "{ $id }" is installed.
pack-error-bad-header = The benchmark pack's { $field } is missing or not valid. Nothing was installed.
pack-error-other-country = This benchmark pack is for { $found }, but the installed pack with the same name is for { $installed }. Nothing was changed.
pack-error-unknown-ids = The benchmark pack refers to things this version of DigiReady does not know ({ $ids }). Nothing was installed.
pack-error-unknown-format = This benchmark pack says it uses format { $found }, which no version of DigiReady has used. Nothing was installed.
pack-error-no-rows = This benchmark pack has no figures. Nothing was installed.
pack-error-duplicate-row = Row { $row } of the benchmark pack gives a second figure for the same group and measure as row { $first }. Nothing was installed.
pack-error-too-long = The benchmark pack's { $field } is longer than { $max } characters. Nothing was installed.
pack-error-row-too-long = Row { $row } of the benchmark pack has a { $field } longer than { $max } characters. Nothing was installed.
pack-error-control-characters = The benchmark pack's { $field } contains control characters. Nothing was installed.
pack-error-row-control-characters = Row { $row } of the benchmark pack has control characters in its { $field }. Nothing was installed.
pack-error-mean-out-of-range = Row { $row } of the benchmark pack has a mean of { $value }, outside { $min } to { $max }, the range of its question. Nothing was installed.
pack-field-version = version
pack-field-sector = sector
pack-field-size = size
pack-field-region = place
pack-field-metric = measure (id)
pack-field-source = source
pack-field-population = population
pack-field-method = method
pack-field-id = name (id)
pack-field-country = country
pack-field-published-date = publication date
pack-field-name = title
pack-field-publisher = publisher

## Why a file could not be read or written (the reason in "Cannot write …: { $reason }")

io-error-disk-full = the disk is full
io-error-read-only = the folder is read-only
io-error-permission = this user is not allowed to use it
io-error-not-found = the file or folder does not exist
store-error-export-not-found = No export "{ $id }" was made with this database.
store-error-already-released = Record { $id } was sent in an earlier export. Nothing was saved.
store-error-unknown-province = "{ $typed }" is not a province of { $country } that this app knows. Did you mean: { $suggestions }?
