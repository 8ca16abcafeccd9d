# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: question "{ $question }": { $detail }
problem-unreadable = cannot be read: { $reason }
problem-syntax = syntax error: { $reason }
problem-unknown-area = there is no area "{ $area }" in instrument.toml for this questions file
problem-invalid-id = "{ $id }" is not a valid id (use lower-case letters, digits, "-" and "_", starting with a letter)
problem-duplicate-id = { $what } id "{ $id }" is used twice
problem-unknown-sector = unknown sector "{ $id }"
problem-unknown-country = unknown country "{ $id }"
problem-unknown-size-group = size group "{ $group }" has no limits for country { $country }
problem-bad-weight = { $what } must be a number above 0, not { $value }
problem-points-out-of-range = option "{ $option }" has { $points } points; points must be from 0 to 4
problem-not-anchored = for sector "{ $sector }" the answers score from { $lowest } to { $highest } points; they must reach from 0 to 4
problem-bad-shape = { $reason }
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
