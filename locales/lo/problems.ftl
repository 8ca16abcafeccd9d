# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: ຄຳຖາມ "{ $question }": { $detail }
problem-unreadable = ອ່ານບໍ່ໄດ້: { $reason }
problem-syntax = ຮູບແບບການຂຽນຜິດ: { $reason }
problem-unknown-area = ບໍ່ມີດ້ານ "{ $area }" ໃນ instrument.toml ສຳລັບໄຟລ໌ຄຳຖາມນີ້
problem-invalid-id = "{ $id }" ບໍ່ແມ່ນ id ທີ່ຖືກຕ້ອງ (ໃຊ້ຕົວອັກສອນລາຕິນໂຕນ້ອຍ a–z, ຕົວເລກ, "-" ແລະ "_", ເລີ່ມດ້ວຍຕົວອັກສອນ, ແລະ ບໍ່ເກີນ { $max } ຕົວອັກສອນ)
problem-duplicate-id = id { $what } "{ $id }" ຖືກໃຊ້ສອງເທື່ອ
problem-unknown-sector = ບໍ່ຮູ້ຈັກຂະແໜງ "{ $id }"
problem-unknown-country = ບໍ່ຮູ້ຈັກປະເທດ "{ $id }"
problem-unknown-size-group = ກຸ່ມຂະໜາດ "{ $group }" ບໍ່ມີເກນກຳນົດສຳລັບປະເທດ { $country }
problem-bad-weight = { $what } ຕ້ອງເປັນຕົວເລກທີ່ຫຼາຍກວ່າ 0, ບໍ່ແມ່ນ { $value }
problem-points-out-of-range = ຕົວເລືອກ "{ $option }" ມີ { $points } ຄະແນນ; ຄະແນນຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 4
problem-not-anchored = ສຳລັບຂະແໜງ "{ $sector }" ຄຳຕອບໄດ້ຄະແນນແຕ່ { $lowest } ຫາ { $highest }; ຄະແນນຕ້ອງຄອບຄຸມແຕ່ 0 ຫາ 4
problem-condition-unknown-question = ເງື່ອນໄຂອ້າງເຖິງຄຳຖາມ "{ $question }" ເຊິ່ງບໍ່ມີຢູ່
problem-condition-later-question = ເງື່ອນໄຂອ້າງເຖິງຄຳຖາມ "{ $question }" ເຊິ່ງບໍ່ໄດ້ຖາມກ່ອນຄຳຖາມນີ້
problem-condition-unknown-option = ເງື່ອນໄຂອ້າງເຖິງຕົວເລືອກ "{ $option }" ເຊິ່ງຄຳຖາມ "{ $question }" ບໍ່ມີ
problem-condition-not-upward-closed = ເງື່ອນໄຂກ່ຽວກັບ "{ $question }" ຈະເຊື່ອງຄຳຖາມນີ້ ເມື່ອໄດ້ຄຳຕອບທີ່ດີກວ່າ; ໃຫ້ລະບຸທຸກຕົວເລືອກທີ່ໄດ້ຄະແນນສູງກວ່າຕົວເລືອກທີ່ລະບຸໄວ້
problem-condition-wrong-test = ເງື່ອນໄຂກ່ຽວກັບ "{ $question }" ຕ້ອງໃຊ້ { $expected }
problem-bands-not-monotone = ຊ່ວງຕົວເລກຕ້ອງເລີ່ມຈາກຄ່າຕ່ຳສຸດຂອງຄຳຖາມ ແລະ ຕົວເລກທີ່ໃຫຍ່ກວ່າ ຕ້ອງບໍ່ໄດ້ຄະແນນໜ້ອຍກວ່າ
problem-bad-level-floors = level_floors ຕ້ອງເປັນຕົວເລກຫ້າຕົວທີ່ເພີ່ມຂຶ້ນເລື້ອຍໆ, ເລີ່ມຈາກ 0 ແລະ ຕ່ຳກວ່າ 100
problem-missing-message = ບໍ່ມີຂໍ້ຄວາມ "{ $id }" ໃນພາສາ { $locale }
problem-missing-action = ຄຳຕອບ "{ $option }" ຍັງບໍ່ແມ່ນລະດັບສູງສຸດ ແຕ່ບໍ່ມີສິ່ງທີ່ຄວນເຮັດເພື່ອປັບປຸງ
problem-unknown-action = ບໍ່ມີສິ່ງທີ່ຄວນເຮັດຊື່ "{ $id }"
problem-unused-action = ບໍ່ມີຄຳຕອບໃດໃຊ້ສິ່ງທີ່ຄວນເຮັດ "{ $id }"
problem-action-cycle = ສິ່ງທີ່ຄວນເຮັດ "{ $id }" ມາຫຼັງຕົວມັນເອງ ຜ່ານລາຍການ "after"

# Rules about the shape of a definition (problem-shape-<rule>).
problem-shape-not-utf8 = ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8
problem-shape-file-missing = ບໍ່ພົບໄຟລ໌
problem-shape-folder-missing = ບໍ່ພົບໂຟນເດີ
problem-shape-version-folder = ສະບັບ { $version } ຢູ່ໃນໂຟນເດີຊື່ { $folder }; ກະລຸນາຕັ້ງຊື່ໃຫ້ຄືກັນ
problem-shape-no-versions = ບໍ່ພົບແບບສອບຖາມສະບັບໃດເລີຍ
problem-shape-duplicate-version = ແບບສອບຖາມສະບັບ { $version } ຖືກກຳນົດສອງເທື່ອ
problem-shape-horizon = ສິ່ງທີ່ຄວນເຮັດ "{ $action }": ໄລຍະເວລາຕ້ອງແມ່ນ 30, 90 ຫຼື 365 ວັນ
problem-shape-version-format = ສະບັບ "{ $version }" ຕ້ອງເປັນຕົວເລກທີ່ຂັ້ນດ້ວຍຈຸດ, ເຊັ່ນ 2026.2
problem-shape-no-size-bands = ປະເທດ { $country } ບໍ່ມີຂະໜາດທຸລະກິດ
problem-shape-last-band-limits = ຂະໜາດສຸດທ້າຍຂອງ { $country } ({ $band }) ຕ້ອງບໍ່ມີຂອບເຂດ
problem-shape-band-shrinks = ຂະໜາດ { $band } ຂອງ { $country } ມີຂອບເຂດນ້ອຍກວ່າ { $previous } ສຳລັບກຸ່ມ { $group }
problem-shape-number-options = ຄຳຖາມແບບຕົວເລກມີຊ່ວງ (bands), ບໍ່ມີຕົວເລືອກ
problem-shape-number-range = ຄຳຖາມແບບຕົວເລກຕ້ອງມີ min ແລະ max
problem-shape-bands-not-number = ມີແຕ່ຄຳຖາມແບບຕົວເລກເທົ່ານັ້ນທີ່ມີ bands, min ແລະ max
problem-shape-reserved-option = ລະຫັດຕົວເລືອກ "{ $option }" ຖືກສະຫງວນໄວ້
problem-shape-exclusive-not-multiple = ມີແຕ່ຕົວເລືອກຂອງຄຳຖາມເລືອກໄດ້ຫຼາຍຂໍ້ເທົ່ານັ້ນທີ່ເປັນແບບຍົກເວັ້ນ (exclusive) ໄດ້
problem-shape-yes-no-options = ຄຳຖາມແບບແມ່ນ/ບໍ່ ຕ້ອງມີພຽງຕົວເລືອກ yes ແລະ no
problem-shape-multiple-needs-exclusive = ຄຳຖາມເລືອກໄດ້ຫຼາຍຂໍ້ ຕ້ອງມີຕົວເລືອກແບບຍົກເວັ້ນ ເຊັ່ນ "ບໍ່ມີຂໍ້ໃດ"
problem-shape-multiple-condition = ເງື່ອນໄຂທີ່ອີງໃສ່ຄຳຖາມເລືອກໄດ້ຫຼາຍຂໍ້ "{ $question }" ຕ້ອງລະບຸທຸກຕົວເລືອກ ຍົກເວັ້ນຕົວເລືອກແບບຍົກເວັ້ນ (ຄະແນນຖືກບວກກັນ, ສະນັ້ນແບບອື່ນອາດຖືກເຊື່ອງຫຼັງຈາກຄຳຕອບທີ່ດີກວ່າ)
problem-shape-too-few-options = ຄຳຖາມແບບເລືອກ ຕ້ອງມີຢ່າງໜ້ອຍສອງຕົວເລືອກ
problem-shape-never-shown = ໃນຂະແໜງ "{ $sector }" ຄຳຖາມນີ້ຈະບໍ່ສະແດງເລີຍ: ຄຳຖາມ "{ $question }" ບໍ່ໄດ້ຖາມຢູ່ຂະແໜງນັ້ນ
problem-shape-at-least-range = at_least = { $value } ຕ້ອງຫຼາຍກວ່າ { $min } ແລະ ບໍ່ເກີນ { $max }, ເຊິ່ງແມ່ນຊ່ວງຂອງຄຳຖາມ "{ $question }"

# Nouns used in the problems above.
problem-noun-question = ຄຳຖາມ
problem-noun-option = ຕົວເລືອກ
problem-noun-action = ສິ່ງທີ່ຄວນເຮັດ
problem-noun-area = ດ້ານ
problem-noun-sector = ຂະແໜງ
problem-noun-country = ປະເທດ
problem-noun-size-band = ຂະໜາດ
problem-noun-message = ຂໍ້ຄວາມ
problem-noun-area-weight = ນ້ຳໜັກຂອງດ້ານ
problem-noun-question-weight = ນ້ຳໜັກຂອງຄຳຖາມ
problem-shape-indicator-not-number = ຄຳຖາມຕົວຊີ້ວັດ "{ $question }" ຕ້ອງເປັນຄຳຖາມແບບຕົວເລກ
problem-noun-practice = ການປະຕິບັດ
problem-shape-nested-too-deep = ສ່ວນ { "{" } … { "}" } ຊ້ອນກັນເລິກເກີນ { $max } ຊັ້ນ; ບໍ່ໄດ້ອ່ານໄຟລ໌ນີ້
problem-shape-message-broken = ຂໍ້ຄວາມ "{ $id }" ໃນພາສາ { $locale } ສະແດງໄດ້ບໍ່ຄົບ: { $reason }
problem-shape-message-control = ຂໍ້ຄວາມ "{ $id }" ໃນພາສາ { $locale } ມີຕົວອັກສອນຄວບຄຸມ
problem-shape-message-not-nfc = ຂໍ້ຄວາມ "{ $id }" ໃນພາສາ { $locale } ມີຕົວອັກສອນແບບແຍກເຄື່ອງໝາຍ (NFD: ຕົວອັກສອນ ແລະ ເຄື່ອງໝາຍຖືກເກັບແຍກກັນ); ກະລຸນາບັນທຶກເປັນແບບປະສົມ (NFC)
problem-shape-message-legacy-lao = ຂໍ້ຄວາມ "{ $id }" ໃນພາສາ lo ມີຕົວອັກສອນລາຕິນ ({ $sample }) ແຕ່ບໍ່ມີຕົວອັກສອນລາວ: ເບິ່ງຄືພິມດ້ວຍຟອນລາວແບບເກົ່າ (ກ່ອນ Unicode); ກະລຸນາພິມຄືນດ້ວຍແປ້ນພິມລາວ Unicode
