# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: ຄຳຖາມ "{ $question }": { $detail }
problem-unreadable = ອ່ານບໍ່ໄດ້: { $reason }
problem-syntax = ຮູບແບບການຂຽນຜິດ: { $reason }
problem-unknown-area = ບໍ່ມີດ້ານ "{ $area }" ໃນ instrument.toml ສຳລັບໄຟລ໌ຄຳຖາມນີ້
problem-invalid-id = "{ $id }" ບໍ່ແມ່ນ id ທີ່ຖືກຕ້ອງ (ໃຊ້ຕົວອັກສອນລາຕິນໂຕນ້ອຍ a–z, ຕົວເລກ, "-" ແລະ "_", ແລະ ເລີ່ມດ້ວຍຕົວອັກສອນ)
problem-duplicate-id = id { $what } "{ $id }" ຖືກໃຊ້ສອງເທື່ອ
problem-unknown-sector = ບໍ່ຮູ້ຈັກຂະແໜງ "{ $id }"
problem-unknown-country = ບໍ່ຮູ້ຈັກປະເທດ "{ $id }"
problem-unknown-size-group = ກຸ່ມຂະໜາດ "{ $group }" ບໍ່ມີເກນກຳນົດສຳລັບປະເທດ { $country }
problem-bad-weight = { $what } ຕ້ອງເປັນຕົວເລກທີ່ຫຼາຍກວ່າ 0, ບໍ່ແມ່ນ { $value }
problem-points-out-of-range = ຕົວເລືອກ "{ $option }" ມີ { $points } ຄະແນນ; ຄະແນນຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 4
problem-not-anchored = ສຳລັບຂະແໜງ "{ $sector }" ຄຳຕອບໄດ້ຄະແນນແຕ່ { $lowest } ຫາ { $highest }; ຄະແນນຕ້ອງຄອບຄຸມແຕ່ 0 ຫາ 4
problem-bad-shape = { $reason }
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
