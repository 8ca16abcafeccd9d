# The desktop app's screens. Terms follow locales/GLOSSARY.md.

app-name = DigiReady
app-tagline = How ready is your business for digital trade? Answer a few questions, see where you stand among similar firms, and get a plan.

## Start and home
app-home = Home
app-home-assess = Assess my business
    .description = Register the business, answer the questions, see the results and the plan.
app-home-enterprises = Enterprises
    .description = All businesses on this computer, their last assessment and level.
app-home-agency = Send to the agency · Agency data
    .description = Benchmark packs from provincial agencies and the figures they hold.
app-home-settings = Settings
    .description = Language, text size, backups and versions.
app-back = Back
app-next = Next
app-save = Save
app-cancel = Cancel
app-retry = Try again
app-error-screen = This screen could not be opened ({ $reason }). Nothing you saved is lost.
app-close = Close
app-loading = Loading…
app-saved = Saved
app-saving = Saving…
app-not-saved = Not saved: { $reason }

## Enterprise register
app-enterprises-title = Enterprises
app-enterprises-search = Search by name, province or district
app-enterprises-add = Add an enterprise
app-enterprises-empty = No enterprise yet. Add the first one.
app-enterprises-none-found = No enterprise matches “{ $search }”.
app-enterprises-col-name = Name
app-enterprises-col-sector = Sector
app-enterprises-col-place = Province
app-enterprises-col-last = Last assessment
app-enterprises-never = Not assessed yet
app-enterprises-last = { $date }: level { $level } ({ $level-name })
app-enterprises-last-draft = { $date }: in progress ({ $answered } answers)
app-enterprise-new = New enterprise
app-enterprise-edit = Edit enterprise
app-enterprise-name = Name of the business
app-enterprise-sector = Sector
app-enterprise-country = Country
app-enterprise-province = Province or city
app-enterprise-district = District, commune or ward (optional)
app-enterprise-size = Size
app-enterprise-size-help = Not sure? Enter what you know below and DigiReady suggests the size from the national rules.
app-enterprise-staff = Number of staff
app-enterprise-revenue = Revenue last year ({ $currency })
app-enterprise-capital = Capital or assets ({ $currency })
app-enterprise-size-suggested = By the national rules this is a { $size } business.
app-enterprise-size-unknown = These figures are not enough to tell; choose the size yourself.
app-enterprise-contact = Contact person (personal data)
app-enterprise-contact-help = Personal data stays on this computer and is never included in exports.
app-enterprise-contact-person = Name
app-enterprise-phone = Phone
app-enterprise-email = Email
app-enterprise-choose = Choose…
app-enterprise-assessments = Assessments
app-enterprise-start = Start a new assessment
app-enterprise-continue = Continue
app-enterprise-results = Results and plan
app-enterprise-assessor = Your name (assessor)
app-status-draft = In progress
app-status-finalized = Finished

## Assessment
app-assessment-title = Assessment: { $enterprise }
app-assessment-progress = { $answered } of { $shown } questions answered
app-assessment-area = Area { $number } of { $total }: { $area }
app-assessment-help = Why we ask
app-assessment-clear = I don't know yet (clear the answer)
app-assessment-number-hint = Enter a number from { $min } to { $max }.
app-assessment-review = Review and finish
app-assessment-review-title = Before you finish
app-assessment-review-all = Every question is answered.
app-assessment-review-missing = { $count ->
    [one] One question is not answered. It will be left out of the scores.
   *[other] { $count } questions are not answered. They will be left out of the scores.
}
app-assessment-go-to = Answer it
app-assessment-finalize = Finish the assessment
app-assessment-finalize-note = A finished assessment can no longer be changed; start a new one later to measure progress.
app-assessment-finalize-confirm = { $count ->
    [0] Every question is answered. Once finished, the assessment can no longer be changed. Finish it now?
    [one] 1 question is not answered; it will count as unanswered. Once finished, the assessment can no longer be changed. Finish it now?
   *[other] { $count } questions are not answered; they will count as unanswered. Once finished, the assessment can no longer be changed. Finish it now?
}
app-assessment-finalize-yes = Yes, finish it
app-assessment-finalized = This assessment is finished and can no longer be changed.
app-assessment-new-question = New question, because of your last answer
app-assessment-choose-all = Choose all that apply.

## Results and plan
app-results-title = Results: { $enterprise }
app-results-overall = Overall index
app-results-level = Level { $level }: { $level-name }
app-results-chart = Area scores (bars) and the median of similar firms (lines)
app-results-score = { $score } / 100
app-results-median = Median of similar firms: { $median }
app-results-percentile = Ahead of about { $percentile }% of { $group }
app-results-source = Source: { $source }
app-results-previous = Previous assessment ({ $date }): { $score }
app-results-change-up = up { $points } points
app-results-change-down = down { $points } points
app-results-change-none = no change
app-results-not-scored = Not scored: no question answered
app-results-practices = What similar firms do
app-results-practice-yes = { $share }% of { $group } { $practice }. You do too.
app-results-practice-no = { $share }% of { $group } { $practice }. You do not yet.
app-results-practice-unknown = { $share }% of { $group } { $practice }.
app-results-unanswered = { $count ->
    [one] One question is not answered and is left out of the scores.
   *[other] { $count } questions are not answered and are left out of the scores.
}
app-results-plan = See the improvement plan
app-results-draft = This assessment is still in progress: the results may change.

app-plan-title = Improvement plan: { $enterprise }
app-plan-intro = Do the actions in this order: quick steps with the biggest effect first.
app-plan-empty = Nothing to improve in the answered questions. Well done.
app-plan-first-step = First step: { $step }
app-plan-gain = { $area } +{ $points } points
app-plan-who = Who can help: { $who }
app-plan-later = Later, once the above is done
app-plan-pdf = Save the plan as PDF
app-plan-pdf-language = Language of the PDF
app-plan-pdf-saved = Saved: { $path }
app-plan-pdf-saving = Making the PDF…

## Agency
app-agency-title = Agency
app-agency-intro = Provincial agencies collect anonymized results and publish benchmark packs with the figures of firms like yours. The packs installed on this computer:
app-agency-pack = { $name } ({ $country }), version { $version }, published { $published } by { $publisher }: { $rows } figures
app-agency-packs-title = Benchmark packs
app-agency-export-title = Send results to the agency
app-agency-export-intro = Makes one file with the results of the finished assessments not sent before, for the provincial agency. It holds no names, phone numbers, addresses, tax codes, notes or exact dates, and firms that could be recognised are grouped more widely or kept back until there are enough like them. A result once sent is never sent again in another form.
app-agency-export-k = Smallest group (k)
app-agency-export-k-help = Each result in the file looks the same as at least this many others (province, sector, size, quarter, and what anyone can see from outside: a page online, a marketplace shop, a QR code at the counter). At least 5.
app-agency-export-now = Make the file for the agency
app-agency-export-done = { $records } results saved in { $path }
app-agency-export-anonymity = Of { $considered } finished assessments not sent before: { $as_recorded } as they are, { $generalised } grouped more widely, { $withheld } kept back so that no firm can be recognised (k = { $k }). { $sent_before } were sent in earlier files.
app-agency-export-sent-title = Files made before
app-agency-export-sent-help = A file that was lost, or could not be saved, can be saved again exactly as it was. A new file holds only what has not been sent.
app-agency-export-sent-row = { $created }: { $records } results, k = { $k }
app-agency-export-save-again = Save again
app-agency-export-saved-again = Saved again, exactly as before: { $path }
app-agency-import-title = Results received from officers
app-agency-import-intro = Put the files officers send you in this folder, then import them. A file imported twice changes nothing.
app-agency-import-empty = The folder is empty.
app-agency-import-new = new
app-agency-import-done-before = imported before
app-agency-import-now = { $count ->
    [one] Import 1 new file
   *[other] Import { $count } new files
}
app-agency-import-progress = Imported { $done } of { $total } files
app-agency-import-elsewhere = You can use other screens while the import runs; the bar at the top shows how far it is.
app-agency-import-merged = { $file }: { $records } results, { $added } new, { $refined } more precise, { $unchanged } already here, { $conflicts } in conflict (not merged)
app-agency-import-already = { $file }: imported before, nothing changed
app-agency-import-refused = { $file } was refused: { $reason }
app-agency-pool = This computer holds { $records } results from { $files } files.
app-agency-workbook-title = Table for Excel
app-agency-workbook-by = Group by
app-agency-workbook-help = Groups of fewer than 5 firms are left out.
app-agency-workbook-publish = For publication outside the agency
app-agency-workbook-publish-help = Groups of fewer than 20 firms then show only how many firms and the 10-point band of their median. Groups that could be subtracted from another down to a few firms are held back. What is published is remembered, so that later tables and packs cannot be compared with it down to a few firms.
app-agency-workbook-save = Save the Excel table

## Settings
app-settings-title = Settings
app-settings-language = Language of the app
app-settings-text-size = Text size
app-settings-text-normal = Normal
app-settings-text-large = Large
app-settings-text-larger = Larger
app-settings-data = Data folder
app-settings-data-help = Everything is kept in this folder on this computer. Set DIGIREADY_DATA_DIR to use another folder.
app-settings-backup = Backups
app-settings-backup-now = Back up now
app-settings-backup-done = Backup saved: { $path }
app-settings-backup-none = No backup yet.
app-settings-restore = Restore
app-settings-restore-confirm = Replace all data with this backup? The current data is backed up first.
app-settings-restored = The backup is restored.
app-settings-about = About
app-settings-version = DigiReady { $version }
app-settings-questionnaire = Questionnaire version { $version }
app-settings-packs = Benchmark packs: { $packs }
app-settings-fonts = Fonts: Noto Sans and Noto Sans Lao (SIL Open Font License 1.1).

## Errors shown by the app
app-error-title = Something went wrong
app-error-invalid = The value for “{ $what }” is not valid.
app-error-write-file = Could not save { $path }: { $reason }
app-error-database = The data could not be opened: { $reason }
app-error-database-help = Nothing has been changed. You can restore a backup in Settings.
