# Errors a person may see, from any part of DigiReady.

answer-error-unknown-question = ບໍ່ມີຄຳຖາມ "{ $question }".
answer-error-not-for-sector = ຄຳຖາມ "{ $question }" ບໍ່ໄດ້ຖາມສຳລັບຂະແໜງ { $sector }.
answer-error-wrong-kind = ຄຳຖາມ "{ $question }" ຕ້ອງການຄຳຕອບແບບ: { $expected }.
answer-error-unknown-option = ຄຳຖາມ "{ $question }" ບໍ່ມີຕົວເລືອກ "{ $option }".
answer-error-option-not-for-sector = ຕົວເລືອກ "{ $option }" ຂອງຄຳຖາມ "{ $question }" ບໍ່ມີໃຫ້ສຳລັບຂະແໜງ { $sector }.
answer-error-exclusive-combined = ຕົວເລືອກ "{ $option }" ຂອງຄຳຖາມ "{ $question }" ເລືອກຮ່ວມກັບຕົວເລືອກອື່ນບໍ່ໄດ້.
answer-error-repeated-option = ຕົວເລືອກ "{ $option }" ຂອງຄຳຖາມ "{ $question }" ຖືກເລືອກສອງເທື່ອ.
answer-error-nothing-chosen = ຄຳຖາມ "{ $question }" ຕ້ອງເລືອກຢ່າງໜ້ອຍໜຶ່ງຕົວເລືອກ.
answer-kind-one-option = ຄຳຕອບດຽວ
answer-kind-option-list = ລາຍການຄຳຕອບ
answer-kind-number = ຕົວເລກ
answer-error-number-out-of-range = ຄຳຖາມ "{ $question }" ຕ້ອງເປັນຕົວເລກແຕ່ { $min } ຫາ { $max }, ບໍ່ແມ່ນ { $value }.

answer-file-malformed = ນີ້ບໍ່ແມ່ນໄຟລ໌ຄຳຕອບທີ່ຖືກຕ້ອງ: { $reason }
answer-file-instrument-version = ຄຳຕອບເຫຼົ່ານີ້ ຕອບໃນແບບສອບຖາມສະບັບ { $found }, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ມີ (ມີແຕ່: { $expected }).
answer-file-unknown-country = ບໍ່ຮູ້ຈັກປະເທດ "{ $country }" (ໃຫ້ໃຊ້ VN ຫຼື LA).
answer-file-unknown-sector = ບໍ່ຮູ້ຈັກຂະແໜງ "{ $sector }".
answer-file-unknown-size = ຂະໜາດ "{ $size }" ບໍ່ແມ່ນກຸ່ມຂະໜາດຂອງ { $country }.
answer-file-repeated-question = ຄຳຖາມ "{ $question }" ຖືກຕອບຫຼາຍກວ່າໜຶ່ງເທື່ອໃນໄຟລ໌; ໃຫ້ເກັບໄວ້ພຽງຄຳຕອບດຽວ.

file-error-too-large = ໄຟລ໌ໃຫຍ່ກວ່າ { $size }, ເຊິ່ງເປັນຂະໜາດສູງສຸດທີ່ DigiReady ອ່ານສຳລັບໄຟລ໌ປະເພດນີ້
file-error-utf16 = ໄຟລ໌ນີ້ເປັນຂໍ້ຄວາມ UTF-16; ກະລຸນາບັນທຶກເປັນ UTF-8
file-error-binary = ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ (ອາດເປັນໄຟລ໌ zip, ຕາຕະລາງຄຳນວນ ຫຼື ໄຟລ໌ຂອງໂປຣແກຣມອື່ນ)
file-error-not-utf8 = ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 (ແຖວທີ { $line }); ກະລຸນາບັນທຶກເປັນ UTF-8

store-error-open = ເປີດໄຟລ໌ຂໍ້ມູນ { $path } ບໍ່ໄດ້: { $reason }
store-error-not-a-database = { $path } ບໍ່ແມ່ນໄຟລ໌ຂໍ້ມູນຂອງ DigiReady ຫຼື ໄຟລ໌ເສຍຫາຍ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
store-error-newer-schema = ໄຟລ໌ຂໍ້ມູນນີ້ ສ້າງດ້ວຍ DigiReady ສະບັບໃໝ່ກວ່າ (ໂຄງສ້າງຂໍ້ມູນ { $found }; ໂປຣແກຣມນີ້ຮູ້ຈັກເຖິງ { $supported } ເທົ່ານັ້ນ). ກະລຸນາອັບເດດ DigiReady. ໄຟລ໌ຂໍ້ມູນບໍ່ໄດ້ຖືກປ່ຽນແປງ.
store-error-disk-full = ບ່ອນເກັບຂໍ້ມູນໃນເຄື່ອງເຕັມແລ້ວ. ຂັ້ນຕອນຫຼ້າສຸດນີ້ບໍ່ໄດ້ຖືກບັນທຶກ; ກະລຸນາເຮັດໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່.
store-error-read-only = ບັນທຶກລົງໄຟລ໌ຂໍ້ມູນບໍ່ໄດ້ (ໄຟລ໌ ຫຼື ໂຟນເດີ ອ່ານໄດ້ຢ່າງດຽວ). ຂັ້ນຕອນຫຼ້າສຸດນີ້ບໍ່ໄດ້ຖືກບັນທຶກ.
store-error-busy = ໄຟລ໌ຂໍ້ມູນກຳລັງຖືກໃຊ້ຢູ່ ໃນໜ້າຕ່າງ DigiReady ອື່ນ ຫຼື ໂປຣແກຣມອື່ນ. ກະລຸນາປິດໜ້າຕ່າງ ຫຼື ໂປຣແກຣມນັ້ນ ແລ້ວລອງໃໝ່.
store-error-enterprise-not-found = ບໍ່ມີທຸລະກິດເລກທີ { $id }.
store-error-assessment-not-found = ບໍ່ມີການປະເມີນເລກທີ { $id }.
store-error-finalized = ການປະເມີນເລກທີ { $id } ສຳເລັດແລ້ວ, ຈຶ່ງປ່ຽນຄຳຕອບບໍ່ໄດ້ອີກ. ກະລຸນາເລີ່ມການປະເມີນໃໝ່ ເພື່ອບັນທຶກຄວາມຄືບໜ້າ.
store-error-instrument-version = ການປະເມີນເລກທີ { $id } ເຮັດດ້ວຍແບບສອບຖາມສະບັບ { $found }, ເຊິ່ງໂປຣແກຣມນີ້ບໍ່ມີ (ສະບັບໃໝ່ສຸດແມ່ນ { $expected }). ກະລຸນາອັບເດດ DigiReady ເພື່ອເປີດມັນ.
store-error-bad-data = ອ່ານຂໍ້ມູນທີ່ບັນທຶກໄວ້ບາງສ່ວນບໍ່ໄດ້: { $reason }
store-error-other = ໄຟລ໌ຂໍ້ມູນແຈ້ງຂໍ້ຜິດພາດ: { $reason }

field-empty = { $field } ປ່ອຍຫວ່າງບໍ່ໄດ້.
field-too-long = { $field } ຍາວເກີນໄປ.
field-unknown = { $field } ບໍ່ຢູ່ໃນລາຍການຄ່າທີ່ໃຊ້ໄດ້.
field-malformed = { $field } ຂຽນບໍ່ຖືກຮູບແບບ.
field-name-name = ຊື່
field-name-sector = ຂະແໜງ
field-name-size_band = ຂະໜາດ
field-name-country = ປະເທດ
field-name-province = ແຂວງ
field-name-district = ເມືອງ
field-name-person = ຜູ້ຕິດຕໍ່
field-name-phone = ເບີໂທ
field-name-email = ອີເມວ
field-name-assessor = ຜູ້ປະເມີນ

pack-error-malformed = ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນປຽບທຽບຂອງ DigiReady: { $reason }. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-newer-format = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ສ້າງໂດຍ DigiReady ສະບັບໃໝ່ກວ່າ (ຮູບແບບ { $found }). ກະລຸນາອັບເດດ DigiReady. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-missing-checksum = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ບໍ່ມີລະຫັດກວດສອບ, ຈຶ່ງເຊື່ອຖືບໍ່ໄດ້. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-bad-checksum = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ຖືກປ່ຽນແປງ ຫຼື ເສຍຫາຍຫຼັງຈາກເຜີຍແຜ່ (ລະຫັດກວດສອບບໍ່ກົງກັນ). ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-bad-version = ສະບັບ "{ $version }" ຂອງຊຸດຂໍ້ມູນປຽບທຽບບໍ່ຖືກຕ້ອງ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-no-provenance = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບບໍ່ໄດ້ບອກວ່າຕົວເລກມາຈາກໃສ (ຕ້ອງມີແຫຼ່ງ, ປີ ແລະ ວິທີການ). ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-bad-quantiles = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີການກະຈາຍຄະແນນທີ່ບໍ່ຖືກຕ້ອງ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-bad-share = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີອັດຕາສ່ວນທີ່ບໍ່ຢູ່ລະຫວ່າງ 0 ຫາ 1. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-bad-mean = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບບໍ່ມີຄ່າສະເລ່ຍທີ່ຖືກຕ້ອງ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-older = ຊຸດຂໍ້ມູນປຽບທຽບ { $id } ສະບັບ { $found } ບໍ່ໃໝ່ກວ່າສະບັບທີ່ຕິດຕັ້ງແລ້ວ { $installed }. ບໍ່ມີຫຍັງປ່ຽນແປງ.
store-error-pack-not-found = ຍັງບໍ່ໄດ້ຕິດຕັ້ງຊຸດຂໍ້ມູນປຽບທຽບ "{ $id }".
pack-error-bad-header = ຂໍ້ມູນ { $field } ຂອງຊຸດຂໍ້ມູນປຽບທຽບ ບໍ່ມີ ຫຼື ບໍ່ຖືກຕ້ອງ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-other-country = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ສຳລັບ { $found }, ແຕ່ຊຸດທີ່ຕິດຕັ້ງແລ້ວທີ່ມີຊື່ດຽວກັນແມ່ນສຳລັບ { $installed }. ບໍ່ມີຫຍັງປ່ຽນແປງ.
pack-error-unknown-ids = ຊຸດຂໍ້ມູນປຽບທຽບອ້າງເຖິງສິ່ງທີ່ DigiReady ສະບັບນີ້ບໍ່ຮູ້ຈັກ ({ $ids }). ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-unknown-format = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ບອກວ່າໃຊ້ຮູບແບບ { $found }, ເຊິ່ງບໍ່ມີ DigiReady ສະບັບໃດເຄີຍໃຊ້. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-no-rows = ຊຸດຂໍ້ມູນປຽບທຽບນີ້ບໍ່ມີຕົວເລກໃດເລີຍ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-duplicate-row = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບໃຫ້ຕົວເລກທີສອງ ສຳລັບກຸ່ມ ແລະ ຕົວຊີ້ວັດດຽວກັນກັບແຖວທີ { $first }. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-too-long = ຂໍ້ມູນ { $field } ຂອງຊຸດຂໍ້ມູນປຽບທຽບຍາວເກີນ { $max } ຕົວອັກສອນ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-row-too-long = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີ { $field } ຍາວເກີນ { $max } ຕົວອັກສອນ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-control-characters = ຂໍ້ມູນ { $field } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີຕົວອັກສອນຄວບຄຸມ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-row-control-characters = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີຕົວອັກສອນຄວບຄຸມໃນ { $field }. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-error-mean-out-of-range = ແຖວທີ { $row } ຂອງຊຸດຂໍ້ມູນປຽບທຽບມີຄ່າສະເລ່ຍ { $value }, ຢູ່ນອກຊ່ວງ { $min } ຫາ { $max } ຂອງຄຳຖາມ. ບໍ່ໄດ້ຕິດຕັ້ງຫຍັງ.
pack-field-version = ສະບັບ
pack-field-sector = ຂະແໜງ
pack-field-size = ຂະໜາດ
pack-field-region = ສະຖານທີ່
pack-field-metric = ຕົວຊີ້ວັດ (ລະຫັດ)
pack-field-source = ແຫຼ່ງ
pack-field-population = ກຸ່ມທີ່ສຳຫຼວດ
pack-field-method = ວິທີການ
pack-field-id = ຊື່ (ລະຫັດ)
pack-field-country = ປະເທດ
pack-field-published-date = ວັນທີເຜີຍແຜ່
pack-field-name = ຫົວຂໍ້
pack-field-publisher = ຜູ້ເຜີຍແຜ່

## Why a file could not be read or written (the reason in "Cannot write …: { $reason }")

io-error-disk-full = ບ່ອນເກັບຂໍ້ມູນໃນເຄື່ອງເຕັມແລ້ວ
io-error-read-only = ໂຟນເດີນີ້ອ່ານໄດ້ຢ່າງດຽວ
io-error-permission = ຜູ້ໃຊ້ນີ້ບໍ່ມີສິດໃຊ້ໄຟລ໌ ຫຼື ໂຟນເດີນັ້ນ
io-error-not-found = ບໍ່ມີໄຟລ໌ ຫຼື ໂຟນເດີນັ້ນ
store-error-export-not-found = ບໍ່ມີການສົ່ງອອກ "{ $id }" ຈາກຖານຂໍ້ມູນນີ້.
store-error-already-released = ລາຍການ { $id } ໄດ້ສົ່ງໄປໃນຄັ້ງກ່ອນແລ້ວ. ບໍ່ມີຫຍັງຖືກບັນທຶກ.
store-error-unknown-province = "{ $typed }" ບໍ່ແມ່ນແຂວງໃດຂອງ { $country } ທີ່ແອັບນີ້ຮູ້ຈັກ. ທ່ານໝາຍເຖິງ: { $suggestions } ບໍ?
