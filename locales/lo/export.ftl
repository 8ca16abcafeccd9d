# Anonymized exports (officer) and the agency side: import, aggregation, Excel, packs.

export-done = ບັນທຶກ { $records } ລາຍການທີ່ບໍ່ລະບຸຕົວຕົນ ໄວ້ທີ່ { $path } ແລ້ວ.
export-anonymity = ແຕ່ລະລາຍການມີສະບັບແບບສອບຖາມ, ແຂວງ, ຂະແໜງ, ຂະໜາດ, ໄລຍະເວລາ ແລະ ສິ່ງທີ່ຄົນພາຍນອກເຫັນໄດ້ (ມີໜ້າເພຈອອນລາຍ, ມີຮ້ານໃນຕະຫຼາດອອນລາຍ, ມີລະຫັດ QR ຢູ່ເຄົາເຕີ) ຄືກັບຢ່າງໜ້ອຍ { $k } ລາຍການ (k = { $k }), ແລະ ບໍ່ມີກຸ່ມໃດທີ່ທຸກຄົນຕອບຄຳຖາມທີ່ອ່ອນໄຫວຄືກັນ. ຈາກ { $considered } ການປະເມີນທີ່ສຳເລັດແລ້ວ ແລະ ຍັງບໍ່ໄດ້ສົ່ງ: { $as_recorded } ຕາມທີ່ບັນທຶກ, { $generalised } ລວມເປັນກຸ່ມກວ້າງຂຶ້ນ, { $withheld } ບໍ່ໄດ້ສົ່ງອອກ.
export-error-k-too-low = k ຕ້ອງບໍ່ຕ່ຳກວ່າ { $min }, ບໍ່ແມ່ນ { $k }.
export-error-unknown-instrument = ມີການປະເມີນທີ່ໃຊ້ແບບສອບຖາມສະບັບ { $version } ເຊິ່ງ DigiReady ນີ້ບໍ່ຮູ້ຈັກ. ກະລຸນາອັບເດດ DigiReady ແລ້ວສົ່ງອອກໃໝ່.
export-error-internal = ບໍ່ສາມາດບັນທຶກໄຟລ໌ສົ່ງອອກໄດ້ ({ $reason }). ບໍ່ມີຫຍັງຖືກບັນທຶກ.

import-merged = { $file }: { $records } ລາຍການ, ເພີ່ມໃໝ່ { $added }, ລະອຽດຂຶ້ນ { $refined }, ມີແລ້ວ { $unchanged }, ຂັດແຍ່ງ { $conflicts }.
import-already = { $file } ເຄີຍນຳເຂົ້າແລ້ວ; ບໍ່ມີຫຍັງປ່ຽນແປງ.
import-conflict = ຂັດແຍ່ງ: ລາຍການ { $record } ມີຢູ່ແລ້ວ ແຕ່ຄຳຕອບ ຫຼື ຄະແນນບໍ່ຄືກັນ. ລາຍການນີ້ບໍ່ໄດ້ຖືກລວມ.
import-refused = { $file } ຖືກປະຕິເສດ: { $reason } ບໍ່ມີຫຍັງຈາກໄຟລ໌ນີ້ຖືກລວມ.
import-refused-count = { $refused } ໃນ { $total } ໄຟລ໌ຖືກປະຕິເສດ.
import-error-read = ອ່ານໄຟລ໌ບໍ່ໄດ້ ({ $reason }).
import-error-file-too-large = ໄຟລ໌ໃຫຍ່ກວ່າ { $limit } MB.
import-error-not-a-zip = ນີ້ບໍ່ແມ່ນໄຟລ໌ສົ່ງອອກຂອງ DigiReady (ບໍ່ແມ່ນໄຟລ໌ zip ຫຼື ໄຟລ໌ເສຍຫາຍ).
import-error-unexpected-member = ໄຟລ໌ມີ "{ $name }" ເຊິ່ງໄຟລ໌ສົ່ງອອກຂອງ DigiReady ບໍ່ເຄີຍມີ.
import-error-duplicate-member = ໄຟລ໌ມີ "{ $name }" ສອງເທື່ອ.
import-error-missing-member = ໄຟລ໌ບໍ່ມີ "{ $name }".
import-error-member-too-large = "{ $name }" ໃຫຍ່ກວ່າ { $limit } MB.
import-error-compression-bomb = "{ $name }" ຂະຫຍາຍອອກໃຫຍ່ກວ່າຂໍ້ມູນແທ້ຫຼາຍ; ອາດຖືກເຮັດຂຶ້ນເພື່ອໃຫ້ດິສເຕັມ.
import-error-unsupported = "{ $name }" ຖືກເຂົ້າລະຫັດ ຫຼື ບີບອັດແບບທີ່ DigiReady ບໍ່ໄດ້ໃຊ້.
import-error-bad-manifest = ສ່ວນອະທິບາຍ (manifest) ຂອງໄຟລ໌ບໍ່ຖືກຕ້ອງ ({ $reason }).
import-error-not-an-export = ນີ້ບໍ່ແມ່ນໄຟລ໌ສົ່ງອອກຂອງ DigiReady.
import-error-newer-format = ໄຟລ໌ນີ້ສ້າງໂດຍ DigiReady ສະບັບໃໝ່ກວ່າ (ຮູບແບບ { $found }; ສະບັບນີ້ອ່ານໄດ້ເຖິງ { $supported }). ກະລຸນາອັບເດດ DigiReady ເພື່ອນຳເຂົ້າ.
import-error-checksum = "{ $name }" ບໍ່ກົງກັບລະຫັດກວດສອບ: ໄຟລ໌ຖືກແກ້ໄຂ ຫຼື ເສຍຫາຍ.
import-error-bad-utf8 = "{ $name }" ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8.
import-error-csv = "{ $name }" ບໍ່ແມ່ນ CSV ທີ່ຖືກຕ້ອງ: { $reason }.
import-error-bad-header = ຖັນຂອງ "{ $name }" ບໍ່ແມ່ນຖັນຂອງຮູບແບບສົ່ງອອກ.
import-error-field-count = "{ $name }", ແຖວ { $line }: ມີ { $count } ຊ່ອງ ແຕ່ຕ້ອງມີ { $expected } ຊ່ອງ.
import-error-bad-value = "{ $name }", ແຖວ { $line }, ຖັນ { $column }: ຄ່າ "{ $value }" ບໍ່ອະນຸຍາດ.
import-error-duplicate-record = "{ $name }", ແຖວ { $line }: ລາຍການ { $record } ມີສອງເທື່ອ.
import-error-orphan-answer = "{ $name }", ແຖວ { $line }: ຄຳຕອບຂອງລາຍການ { $record } ເຊິ່ງໄຟລ໌ບໍ່ມີ.
import-error-duplicate-answer = ລາຍການ { $record } ຕອບຄຳຖາມ { $question } ສອງເທື່ອ.
import-error-record-count = ສ່ວນອະທິບາຍບອກວ່າມີ { $manifest } ລາຍການ ແຕ່ໄຟລ໌ມີ { $found }.

aggregate-done = { $records } ລາຍການ ໃນ { $cells } ກຸ່ມ; ບໍ່ສະແດງ { $suppressed } ກຸ່ມທີ່ມີໜ້ອຍກວ່າ { $min } ວິສາຫະກິດ.
aggregate-cell = { $cell }: { $firms } ວິສາຫະກິດ, ດັດຊະນີລວມຄ່າກາງ { $median }
aggregate-error-empty = ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງຢ່າງເພື່ອຈັດກຸ່ມ (ເຊັ່ນ ຂະແໜງ, ຂະໜາດ ຫຼື ແຂວງ). ບໍ່ໄດ້ບັນທຶກຫຍັງ.
aggregate-error-repeated = "{ $dimension }" ຖືກເລືອກສອງເທື່ອເພື່ອຈັດກຸ່ມ; ແຕ່ລະຢ່າງເລືອກໄດ້ເທື່ອດຽວ. ບໍ່ໄດ້ບັນທຶກຫຍັງ.
pack-built = ບັນທຶກຊຸດຂໍ້ມູນປຽບທຽບ { $id } { $version } ໄວ້ທີ່ { $path } ແລ້ວ: { $rows } ແຖວ ຈາກ { $records } ລາຍການ.
pack-disclosure = ຈາກ { $candidates } ກຸ່ມ: { $published } ເຜີຍແຜ່ ({ $frozen } ໃຊ້ວິສາຫະກິດຊຸດເດີມຄືກັບຊຸດຂໍ້ມູນກ່ອນ ເພາະປ່ຽນແປງໜ້ອຍກວ່າ k), { $too_small } ມີວິສາຫະກິດໜ້ອຍເກີນໄປ, { $complementary } ເກັບໄວ້ ເພື່ອບໍ່ໃຫ້ເອົາກຸ່ມໜຶ່ງລົບອີກກຸ່ມໜຶ່ງແລ້ວເຫຼືອພຽງບໍ່ເທົ່າໃດວິສາຫະກິດ.
pack-build-error-country = ບໍ່ມີປະເທດ "{ $country }": ໃຫ້ໃຊ້ VN ຫຼື LA. ບໍ່ໄດ້ບັນທຶກຫຍັງ.
pack-build-error-too-few = ໃນ { $records } ລາຍການຂອງປະເທດນີ້ ບໍ່ມີກຸ່ມໃດທີ່ມີເຖິງ { $min } ວິສາຫະກິດ, ຈຶ່ງບໍ່ມີຕົວເລກທີ່ຈະເຜີຍແຜ່. ບໍ່ໄດ້ບັນທຶກຫຍັງ.

# The Excel workbook.
agg-title = DigiReady: ຄວາມພ້ອມດ້ານດິຈິຕອນຂອງວິສາຫະກິດ, ຂໍ້ມູນລວມ
agg-sheet-about = ກ່ຽວກັບ
agg-sheet-scores = ຄະແນນ
agg-sheet-practices = ການປະຕິບັດ
agg-about-records = ຈຳນວນລາຍການທີ່ລວມ
agg-about-files = ຈຳນວນໄຟລ໌ທີ່ນຳເຂົ້າ
agg-about-period = ໄລຍະເວລາ
agg-about-by = ຈັດກຸ່ມຕາມ
agg-about-cells = ຈຳນວນກຸ່ມທີ່ສະແດງ
agg-about-suppressed = ກຸ່ມທີ່ບໍ່ສະແດງ
agg-about-suppressed-value = { $cells } ກຸ່ມ ({ $records } ລາຍການ) ທີ່ມີໜ້ອຍກວ່າ { $min } ວິສາຫະກິດ
agg-about-made = ວັນທີເຮັດ
agg-about-note = ແຕ່ລະລາຍການແມ່ນການປະເມີນທີ່ບໍ່ລະບຸຕົວຕົນ: ບໍ່ມີຊື່, ຂໍ້ມູນຕິດຕໍ່ ຫຼື ວັນທີທີ່ແນ່ນອນ. ກຸ່ມທີ່ມີໜ້ອຍກວ່າ 5 ວິສາຫະກິດ ແລະ ຕົວເລກທີ່ຄິດໄລ່ຈາກໜ້ອຍກວ່າ 5 ວິສາຫະກິດ ບໍ່ໄດ້ສະແດງ ເພື່ອບໍ່ໃຫ້ຮູ້ວ່າແມ່ນວິສາຫະກິດໃດ. ຄະແນນແມ່ນ 0–100.
agg-dim-country = ປະເທດ
agg-dim-region = ພາກ
agg-dim-province = ແຂວງ
agg-dim-sector = ຂະແໜງ
agg-dim-size = ຂະໜາດ
agg-dim-year = ປີ
agg-dim-period = ໄລຍະເວລາ
agg-col-firms = ຈຳນວນວິສາຫະກິດ
agg-col-measure = ຄະແນນ
agg-col-n = ວິສາຫະກິດທີ່ມີຄະແນນ
agg-col-mean = ຄ່າສະເລ່ຍ
agg-col-p10 = ເປີເຊັນໄທລ໌ທີ 10
agg-col-p25 = ເປີເຊັນໄທລ໌ທີ 25
agg-col-median = ຄ່າກາງ
agg-col-p75 = ເປີເຊັນໄທລ໌ທີ 75
agg-col-p90 = ເປີເຊັນໄທລ໌ທີ 90
agg-col-practice = ວິສາຫະກິດທີ່ …
agg-col-known = ວິສາຫະກິດທີ່ຄຳຕອບບອກໄດ້
agg-col-following = ວິສາຫະກິດທີ່ເຮັດ
agg-col-share = ສ່ວນແບ່ງ
agg-overall = ດັດຊະນີລວມ
agg-not-released = (ບໍ່ເປີດເຜີຍ)
export-release-once = { $sent_before } ການປະເມີນທີ່ສຳເລັດແລ້ວ ບໍ່ໄດ້ໃສ່ ເພາະໄດ້ສົ່ງໄປໃນຄັ້ງກ່ອນແລ້ວ. { $homogeneous } ລາຍການບໍ່ໄດ້ສົ່ງອອກ ເພາະທຸກຄົນໃນກຸ່ມຕອບຄຳຖາມທີ່ອ່ອນໄຫວຄືກັນ; ລາຍການເຫຼົ່ານີ້ລໍຖ້າທຸລະກິດເພີ່ມ.
export-resent = ບັນທຶກໄຟລ໌ສົ່ງອອກ { $id } ອີກຄັ້ງໄວ້ທີ່ { $path } ແລ້ວ, ຄືກັນກັບຄັ້ງທຳອິດທຸກຢ່າງ.
export-list-empty = ຍັງບໍ່ເຄີຍສົ່ງອອກຈາກຖານຂໍ້ມູນນີ້.
export-list-row = { $id }  { $created }  { $records } ລາຍການ
import-error-k-below-minimum = ໄຟລ໌ບອກວ່າເຮັດດ້ວຍ k = { $k }. DigiReady ລວມແຕ່ໄຟລ໌ທີ່ເຮັດດ້ວຍ k ຢ່າງໜ້ອຍ { $min }.
import-error-small-group = ໄຟລ໌ມີພຽງ { $size } ລາຍການໃນກຸ່ມ { $group }, ໜ້ອຍກວ່າ k = { $k }, ຈຶ່ງອາດຈຳແນກທຸລະກິດໃນກຸ່ມນັ້ນໄດ້.
import-error-homogeneous = ທຸກລາຍການທີ່ໄດ້ຕອບໃນກຸ່ມ { $group } ({ $size } ລາຍການ) ຕອບຄືກັນກ່ຽວກັບ { $trait }, ໄຟລ໌ຈຶ່ງຈະເປີດເຜີຍຄຳຕອບນັ້ນຂອງແຕ່ລະທຸລະກິດໃນກຸ່ມ.
privacy-trait-online-page = ການມີໜ້າເພຈອອນລາຍ
privacy-trait-sells-on-marketplace = ການຂາຍໃນຕະຫຼາດອອນລາຍ
privacy-trait-qr-at-counter = ລະຫັດ QR ຢູ່ເຄົາເຕີ
privacy-trait-e-invoices = ໃບເກັບເງິນເອເລັກໂຕຣນິກ
privacy-trait-personal-data-rules = ລະບຽບກ່ຽວກັບຂໍ້ມູນສ່ວນບຸກຄົນ
privacy-trait-customer-consent = ການຂໍຄວາມຍິນຍອມຈາກລູກຄ້າ
privacy-trait-business-account = ບັນຊີທຸລະກິດແຍກຕ່າງຫາກ
