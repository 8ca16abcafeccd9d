# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: question "{ $question }": { $detail }
problem-unreadable = cannot be read: { $reason }
problem-syntax = syntax error: { $reason }
problem-unknown-area = there is no area "{ $area }" in instrument.toml for this questions file
problem-invalid-id = "{ $id }" is not a valid id (use lower-case letters, digits, "-" and "_", starting with a letter, at most { $max } characters)
problem-duplicate-id = { $what } id "{ $id }" is used twice
problem-unknown-sector = unknown sector "{ $id }"
problem-unknown-country = unknown country "{ $id }"
problem-unknown-size-group = size group "{ $group }" has no limits for country { $country }
problem-bad-weight = { $what } must be a number above 0, not { $value }
problem-points-out-of-range = option "{ $option }" has { $points } points; points must be from 0 to 4
problem-not-anchored = for sector "{ $sector }" the answers score from { $lowest } to { $highest } points; they must reach from 0 to 4
problem-condition-unknown-question = the condition refers to question "{ $question }", which does not exist
problem-condition-later-question = the condition refers to question "{ $question }", which is not asked before this one
problem-condition-unknown-option = the condition refers to option "{ $option }", which question "{ $question }" does not have
problem-condition-not-upward-closed = the condition on "{ $question }" would hide this question after a better answer; list every option that scores more than the ones listed
problem-condition-wrong-test = the condition on "{ $question }" must use { $expected }
problem-bands-not-monotone = number bands must start at the question's minimum and never score less for a larger number
problem-bad-level-floors = level_floors must be five increasing numbers, starting at 0 and below 100
problem-missing-message = message "{ $id }" is missing in locale { $locale }
problem-missing-action = the answer "{ $option }" is below the top but has no improvement action
problem-unknown-action = there is no action "{ $id }"
problem-unused-action = action "{ $id }" is not used by any answer
problem-action-cycle = action "{ $id }" comes after itself through its "after" list

# Rules about the shape of a definition (problem-shape-<rule>).
problem-shape-not-utf8 = the file is not UTF-8 text
problem-shape-file-missing = the file is missing
problem-shape-folder-missing = the folder is missing
problem-shape-version-folder = version { $version } is kept in a folder named { $folder }; name them alike
problem-shape-no-versions = no questionnaire version was found
problem-shape-duplicate-version = questionnaire version { $version } is defined twice
problem-shape-horizon = action "{ $action }": the horizon must be 30, 90 or 365 days
problem-shape-version-format = version "{ $version }" must be numbers separated by dots, for example 2026.2
problem-shape-no-size-bands = country { $country } has no size bands
problem-shape-last-band-limits = the last size band of { $country } ({ $band }) must have no limits
problem-shape-band-shrinks = size band { $band } of { $country } has a smaller limit than { $previous } for { $group }
problem-shape-number-options = a number question has bands, not options
problem-shape-number-range = a number question needs min and max
problem-shape-bands-not-number = only number questions have bands, min and max
problem-shape-reserved-option = the option id "{ $option }" is reserved
problem-shape-exclusive-not-multiple = only multiple-choice options can be exclusive
problem-shape-yes-no-options = a yes/no question has exactly the options yes and no
problem-shape-multiple-needs-exclusive = a multiple-choice question needs an exclusive option such as "none of these"
problem-shape-multiple-condition = a condition on the multiple-choice question "{ $question }" must list every option except the exclusive ones (points add up, so any other set could be hidden by a better answer)
problem-shape-too-few-options = a choice question needs at least two options
problem-shape-never-shown = in sector "{ $sector }" this question would never be shown: "{ $question }" is not asked there
problem-shape-at-least-range = at_least = { $value } must be above { $min } and at most { $max }, the range of "{ $question }"

# Nouns used in the problems above.
problem-noun-question = question
problem-noun-option = option
problem-noun-action = action
problem-noun-area = area
problem-noun-sector = sector
problem-noun-country = country
problem-noun-size-band = size band
problem-noun-message = message
problem-noun-area-weight = area weight
problem-noun-question-weight = question weight
problem-shape-indicator-not-number = indicator question "{ $question }" must be a number question
problem-noun-practice = practice
problem-shape-nested-too-deep = placeables ({ "{" } … { "}" }) are nested more than { $max } deep; the file was not read
problem-shape-message-broken = message "{ $id }" in locale { $locale } cannot be shown in full: { $reason }
problem-shape-message-control = message "{ $id }" in locale { $locale } contains control characters
problem-shape-message-not-nfc = message "{ $id }" in locale { $locale } has letters in decomposed form (NFD: a letter followed by separate accent marks); save it in composed form (NFC)
problem-shape-message-legacy-lao = message "{ $id }" in locale lo has Latin letters ({ $sample }) and no Lao letters: it looks like Lao typed with an old, pre-Unicode Lao font; type it again with a Unicode Lao keyboard
