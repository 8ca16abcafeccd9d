# The digiready command-line tool: what it prints for people.

cli-overall = ດັດຊະນີລວມ: { $score } / 100, ລະດັບ { $level } ({ $level-name })
cli-overall-none = ດັດຊະນີລວມ: ຍັງບໍ່ມີຄະແນນ (ຍັງບໍ່ມີຄຳຕອບ)
cli-area-line = { $area }: { $score } / 100, ລະດັບ { $level } ({ $level-name }); ຕອບແລ້ວ { $answered } ຈາກ { $shown } ຂໍ້
cli-area-line-none = { $area }: ຍັງບໍ່ມີຄະແນນ; ຕອບແລ້ວ 0 ຈາກ { $shown } ຂໍ້
cli-unanswered = ຄຳຖາມທີ່ຍັງບໍ່ໄດ້ຕອບ: { $count }
cli-check-ok = ແບບສອບຖາມຖືກຕ້ອງ: ສະບັບ { $version }, ມີຄຳຖາມ { $questions } ຂໍ້ ໃນ { $areas } ດ້ານ.
cli-check-failed = { $count ->
    [one] ແບບສອບຖາມມີບັນຫາ { $count } ຂໍ້.
   *[other] ແບບສອບຖາມມີບັນຫາ { $count } ຂໍ້.
}
cli-enterprise-added = ເພີ່ມທຸລະກິດເລກທີ { $id } ເຂົ້າໃນລາຍຊື່ແລ້ວ: { $name }
cli-enterprise-none = ຍັງບໍ່ມີທຸລະກິດໃນລາຍຊື່ເທື່ອ.
cli-enterprise-line = { $id }. { $name } ({ $sector }, { $size }, { $province }) — { $last }
cli-enterprise-never = ຍັງບໍ່ເຄີຍປະເມີນ
cli-enterprise-last = ການປະເມີນຄັ້ງຫຼ້າສຸດ: ເລກທີ { $assessment } ({ $status }, { $date })
cli-enterprise-assessment = ການປະເມີນ ເລກທີ { $assessment } ({ $status }, { $date })
cli-label-sector = ຂະແໜງ
cli-label-size = ຂະໜາດ
cli-label-place = ແຂວງ / ເມືອງ
cli-label-contact = ຂໍ້ມູນຕິດຕໍ່ (ຂໍ້ມູນສ່ວນບຸກຄົນ)
cli-label-registered = ວັນທີເພີ່ມເຂົ້າລາຍຊື່
cli-assessment-started = ເລີ່ມການປະເມີນເລກທີ { $id } ສຳລັບທຸລະກິດເລກທີ { $enterprise } ແລ້ວ. ຕອບດ້ວຍຄຳສັ່ງ: digiready assessment answer { $id } QUESTION VALUE
cli-answer-saved = ບັນທຶກແລ້ວ: { $question } = { $value }
cli-answers-hidden-cleared = ຄຳຕອບນີ້ເຊື່ອງຄຳຖາມຕໍ່ເນື່ອງ { $count } ຂໍ້; ຄຳຕອບຂອງຄຳຖາມເຫຼົ່ານັ້ນຖືກລຶບອອກແລ້ວ: { $questions }
cli-answer-cleared = ລຶບຄຳຕອບແລ້ວ: { $question }
cli-assessment-header = ການປະເມີນເລກທີ { $id } ຂອງທຸລະກິດເລກທີ { $enterprise } ({ $status }), ແບບສອບຖາມ { $version }, ຜູ້ປະເມີນ: { $assessor }, ເລີ່ມວັນທີ { $date }
cli-assessment-finalized = ການປະເມີນເລກທີ { $id } ສຳເລັດແລ້ວ.
cli-status-draft = ສະບັບຮ່າງ
cli-status-finalized = ສຳເລັດແລ້ວ
cli-question-line = [{ $id }] { $text }
cli-option-line = { $id }: { $label } ({ $points } ຄະແນນ)
cli-number-line = ຕົວເລກແຕ່ { $min } ຫາ { $max } ({ $unit })
cli-shown-if = (ຖາມສະເພາະເມື່ອຄຳຕອບຂອງ { $question } ແມ່ນ { $condition })
cli-error = ຂໍ້ຜິດພາດ: { $message }
cli-error-no-data-dir = ບໍ່ພົບໂຟນເດີຂໍ້ມູນສຳລັບຜູ້ໃຊ້ນີ້; ກະລຸນາລະບຸໄຟລ໌ຂໍ້ມູນດ້ວຍ --db PATH.
cli-error-read-file = ອ່ານ { $path } ບໍ່ໄດ້: { $reason }
cli-more-problems = … ແລະ ອີກ { $count } ບັນຫາ.
cli-error-create-dir = ສ້າງໂຟນເດີ { $path } ບໍ່ໄດ້: { $reason }
cli-error-bad-number = "{ $value }" ບໍ່ແມ່ນຕົວເລກ.
cli-error-unknown-version = ບໍ່ມີແບບສອບຖາມສະບັບ "{ $version }". ສະບັບທີ່ມີ: { $known }
cli-error-unknown-sector = ບໍ່ຮູ້ຈັກຂະແໜງ "{ $sector }". ຂະແໜງທີ່ໃຊ້ໄດ້: { $known }
cli-pack-sealed = ຜະນຶກຊຸດ { $id } ສະບັບ { $version } ແລ້ວ ({ $rows } ແຖວ).
cli-pack-installed = ຕິດຕັ້ງຊຸດຂໍ້ມູນປຽບທຽບ { $id } ສະບັບ { $version } ແລ້ວ ({ $rows } ແຖວ).
cli-pack-replaced = ອັບເດດຊຸດຂໍ້ມູນປຽບທຽບ { $id } ເປັນສະບັບ { $version } ແລ້ວ ({ $rows } ແຖວ).
cli-pack-unchanged = ຊຸດຂໍ້ມູນປຽບທຽບ { $id } ສະບັບ { $version } ຕິດຕັ້ງແລ້ວ; ບໍ່ມີຫຍັງປ່ຽນແປງ.
cli-pack-exported = ບັນທຶກຊຸດຂໍ້ມູນປຽບທຽບ { $id } ໄປທີ່ { $path } ແລ້ວ
cli-pack-line = { $id } { $version }: { $name } ({ $country }, ເຜີຍແຜ່ { $published }, { $rows } ແຖວ)
cli-error-write-file = ບໍ່ສາມາດບັນທຶກ { $path }: { $reason }. ບໍ່ໄດ້ບັນທຶກຫຍັງໄວ້ບ່ອນນັ້ນ.
cli-error-export-not-written = ບໍ່ສາມາດບັນທຶກ { $path }: { $reason }. ການສົ່ງອອກຖືກເກັບໄວ້ ແລະ ນັບວ່າສົ່ງແລ້ວ: ບັນທຶກຄືນດ້ວຍຄຳສັ່ງ  digiready export --anonymized --resend { $id } --out ໄຟລ໌

cli-compare-header = ທຽບກັບທຸລະກິດທີ່ຄ້າຍຄືກັບທ່ານ:
cli-compare-area = { $area }: ທ່ານ { $score }; ຄ່າກາງ { $median } ໃນກຸ່ມ { $group }; ທ່ານດີກວ່າປະມານ { $percentile }% ຂອງກຸ່ມນີ້
cli-compare-practice-yes = { $share } ຂອງ{ $group } { $practice }; ທ່ານກໍເຮັດຄືກັນ.
cli-compare-practice-no = { $share } ຂອງ{ $group } { $practice }; ທ່ານຍັງບໍ່ທັນເຮັດ.
cli-compare-practice-unknown = { $share } ຂອງ{ $group } { $practice }.
cli-compare-indicator = { $group }: { $indicator } ສະເລ່ຍ { $mean }; ຂອງທ່ານ: { $yours }
cli-not-answered = ຍັງບໍ່ໄດ້ຕອບ
cli-plan-item = { $n }. { $title } ({ $effort }, { $cost })
cli-plan-step = ບາດກ້າວທຳອິດ: { $step }
cli-plan-why = ເຫດຜົນ: ທ່ານຕອບວ່າ "{ $answer }" ສຳລັບຄຳຖາມ "{ $question }"; { $area } ສາມາດເພີ່ມໄດ້ { $points } ຄະແນນ.
cli-plan-why-missing = ເຫດຜົນ: "{ $answer }" ຍັງບໍ່ຢູ່ໃນຄຳຕອບຂອງທ່ານສຳລັບຄຳຖາມ "{ $question }"; { $area } ສາມາດເພີ່ມໄດ້ { $points } ຄະແນນ.
cli-plan-peer-gap = ທຸລະກິດທີ່ຄ້າຍຄືກັບທ່ານ ນຳໜ້າທ່ານ { $gap } ຄະແນນໃນດ້ານນີ້ (ຄ່າກາງ; { $provenance }).
cli-plan-after = ເຮັດກ່ອນ: { $actions }
cli-plan-who = ໃຜຊ່ວຍໄດ້: { $who }
cli-plan-later = ຕໍ່ມາ, ເມື່ອເຮັດສິ່ງຂ້າງເທິງແລ້ວ
cli-report-saved = ບັນທຶກແຜນປັບປຸງໄວ້ທີ່ { $path } ແລ້ວ ({ $kb } KB).
progress-import = ກຳລັງນຳເຂົ້າ { $files } ໄຟລ໌
progress-file = { $done }/{ $total }: { $file }
progress-aggregate = ກຳລັງລວມ { $records } ລາຍການ…
progress-build = ກຳລັງສ້າງຊຸດຂໍ້ມູນຈາກ { $records } ລາຍການ…
