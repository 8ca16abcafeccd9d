# The digiready command-line tool: what it prints for people.

cli-overall = Overall index: { $score } / 100, level { $level } ({ $level-name })
cli-overall-none = Overall index: not yet scored (no answers)
cli-area-line = { $area }: { $score } / 100, level { $level } ({ $level-name }); { $answered } of { $shown } answered
cli-area-line-none = { $area }: not yet scored; 0 of { $shown } answered
cli-unanswered = Unanswered questions: { $count }
cli-check-ok = The questionnaire definition is valid: version { $version }, { $questions } questions in { $areas } areas.
cli-check-failed = { $count ->
    [one] The questionnaire definition has 1 problem.
   *[other] The questionnaire definition has { $count } problems.
}
cli-enterprise-added = Enterprise { $id } registered: { $name }
cli-enterprise-none = No enterprises registered yet.
cli-enterprise-line = { $id }. { $name } ({ $sector }, { $size }, { $province }) — { $last }
cli-enterprise-never = not assessed yet
cli-enterprise-last = last assessment { $assessment } ({ $status }, { $date })
cli-enterprise-assessment = assessment { $assessment } ({ $status }, { $date })
cli-label-sector = Sector
cli-label-size = Size
cli-label-place = Province / district
cli-label-contact = Contact (personal data)
cli-label-registered = Registered
cli-assessment-started = Assessment { $id } started for enterprise { $enterprise }. Answer with: digiready assessment answer { $id } QUESTION VALUE
cli-answer-saved = Saved: { $question } = { $value }
cli-answers-hidden-cleared = This answer hides { $count } follow-up { $count ->
    [one] question; its answer was removed
   *[other] questions; their answers were removed
}: { $questions }
cli-answer-cleared = Cleared: { $question }
cli-assessment-header = Assessment { $id } of enterprise { $enterprise } ({ $status }), questionnaire { $version }, by { $assessor }, started { $date }
cli-assessment-finalized = Assessment { $id } is finalized.
cli-status-draft = draft
cli-status-finalized = finalized
cli-question-line = [{ $id }] { $text }
cli-option-line = { $id }: { $label } ({ $points } points)
cli-number-line = a number from { $min } to { $max } ({ $unit })
cli-shown-if = (asked when { $question } is answered { $condition })
cli-error = Error: { $message }
cli-error-no-data-dir = No data folder could be found for this user; give a database file with --db PATH.
cli-error-read-file = Cannot read { $path }: { $reason }
cli-more-problems = … and { $count } more.
cli-error-create-dir = Cannot create the folder { $path }: { $reason }
cli-error-bad-number = "{ $value }" is not a number.
cli-error-unknown-version = There is no questionnaire version "{ $version }". Versions: { $known }
cli-error-unknown-sector = Unknown sector "{ $sector }". Sectors: { $known }
cli-pack-sealed = Pack { $id } version { $version } sealed ({ $rows } rows).
cli-pack-installed = Benchmark pack { $id } version { $version } installed ({ $rows } rows).
cli-pack-replaced = Benchmark pack { $id } updated to version { $version } ({ $rows } rows).
cli-pack-unchanged = Benchmark pack { $id } version { $version } is already installed; nothing changed.
cli-pack-exported = Benchmark pack { $id } written to { $path }
cli-pack-line = { $id } { $version }: { $name } ({ $country }, published { $published }, { $rows } rows)
cli-error-write-file = Cannot write { $path }: { $reason }. Nothing was written there.
cli-error-export-not-written = Cannot write { $path }: { $reason }. The export is kept and counts as sent: write it again with  digiready export --anonymized --resend { $id } --out FILE

cli-compare-header = Compared with firms like yours:
cli-compare-area = { $area }: you { $score }; median { $median } among { $group }; you are ahead of about { $percentile }% of them
cli-compare-practice-yes = { $share } of { $group } { $practice }; you do too.
cli-compare-practice-no = { $share } of { $group } { $practice }; you do not yet.
cli-compare-practice-unknown = { $share } of { $group } { $practice }.
cli-compare-indicator = { $group }: { $indicator } on average { $mean }; yours: { $yours }
cli-not-answered = not answered
cli-plan-item = { $n }. { $title } ({ $effort }, { $cost })
cli-plan-step = First step: { $step }
cli-plan-why = Why: you answered "{ $answer }" to "{ $question }"; { $area } can gain { $points } points.
cli-plan-why-missing = Why: "{ $answer }" is not yet among your answers to "{ $question }"; { $area } can gain { $points } points.
cli-plan-peer-gap = Firms like yours are { $gap } points ahead in this area (median; { $provenance }).
cli-plan-after = Do first: { $actions }
cli-plan-who = Who can help: { $who }
cli-plan-later = Later, once the above is done
cli-report-saved = The improvement plan was saved as { $path } ({ $kb } KB).
progress-import = Importing { $files ->
    [one] 1 file
   *[other] { $files } files
}
progress-file = { $done } of { $total }: { $file }
progress-aggregate = Aggregating { $records } records…
progress-build = Building the pack from { $records } records…
