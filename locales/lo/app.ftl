# The desktop app's screens. Terms follow locales/GLOSSARY.md.

app-name = DigiReady
app-tagline = ທຸລະກິດຂອງທ່ານພ້ອມສຳລັບການຄ້າດິຈິຕອນຫຼາຍປານໃດ? ຕອບຄຳຖາມຈຳນວນໜຶ່ງ, ເບິ່ງວ່າທ່ານຢູ່ໃສເມື່ອທຽບກັບທຸລະກິດທີ່ຄ້າຍຄືກັນ ແລະ ຮັບເອົາແຜນປັບປຸງ.

## Start and home
app-home = ໜ້າຫຼັກ
app-home-assess = ປະເມີນທຸລະກິດຂອງຂ້ອຍ
    .description = ເພີ່ມທຸລະກິດເຂົ້າໃນລາຍຊື່, ຕອບຄຳຖາມ, ເບິ່ງຜົນການປະເມີນ ແລະ ແຜນ.
app-home-enterprises = ທຸລະກິດ
    .description = ທຸລະກິດທັງໝົດໃນຄອມພິວເຕີນີ້, ການປະເມີນຄັ້ງຫຼ້າສຸດ ແລະ ລະດັບຂອງແຕ່ລະທຸລະກິດ.
app-home-agency = ສົ່ງໃຫ້ໜ່ວຍງານ · ຂໍ້ມູນໜ່ວຍງານ
    .description = ຊຸດຂໍ້ມູນປຽບທຽບຈາກໜ່ວຍງານຂັ້ນແຂວງ ແລະ ຕົວເລກທີ່ຢູ່ໃນນັ້ນ.
app-home-settings = ການຕັ້ງຄ່າ
    .description = ພາສາ, ຂະໜາດຕົວອັກສອນ, ການສຳຮອງຂໍ້ມູນ ແລະ ສະບັບ.
app-back = ກັບຄືນ
app-next = ຕໍ່ໄປ
app-save = ບັນທຶກ
app-cancel = ຍົກເລີກ
app-retry = ລອງໃໝ່
app-error-screen = ເປີດໜ້ານີ້ບໍ່ໄດ້ ({ $reason }). ສິ່ງທີ່ທ່ານບັນທຶກໄວ້ແລ້ວບໍ່ໄດ້ເສຍ.
app-close = ປິດ
app-loading = ກຳລັງໂຫຼດ…
app-saved = ບັນທຶກແລ້ວ
app-saving = ກຳລັງບັນທຶກ…
app-not-saved = ບັນທຶກບໍ່ໄດ້: { $reason }

## Enterprise register
app-enterprises-title = ທຸລະກິດ
app-enterprises-search = ຊອກຫາຕາມຊື່, ແຂວງ ຫຼື ເມືອງ
app-enterprises-add = ເພີ່ມທຸລະກິດ
app-enterprises-empty = ຍັງບໍ່ມີທຸລະກິດເທື່ອ. ເພີ່ມທຸລະກິດທຳອິດ.
app-enterprises-none-found = ບໍ່ມີທຸລະກິດທີ່ກົງກັບ “{ $search }”.
app-enterprises-col-name = ຊື່
app-enterprises-col-sector = ຂະແໜງ
app-enterprises-col-place = ແຂວງ
app-enterprises-col-last = ການປະເມີນຄັ້ງຫຼ້າສຸດ
app-enterprises-never = ຍັງບໍ່ເຄີຍປະເມີນ
app-enterprises-last = { $date }: ລະດັບ { $level } ({ $level-name })
app-enterprises-last-draft = { $date }: ກຳລັງເຮັດ ({ $answered } ຄຳຕອບ)
app-enterprise-new = ທຸລະກິດໃໝ່
app-enterprise-edit = ແກ້ໄຂຂໍ້ມູນທຸລະກິດ
app-enterprise-name = ຊື່ທຸລະກິດ
app-enterprise-sector = ຂະແໜງ
app-enterprise-country = ປະເທດ
app-enterprise-province = ແຂວງ ຫຼື ນະຄອນ
app-enterprise-district = ເມືອງ ຫຼື ບ້ານ (ບໍ່ບັງຄັບ)
app-enterprise-size = ຂະໜາດ
app-enterprise-size-help = ບໍ່ແນ່ໃຈບໍ? ໃສ່ຂໍ້ມູນທີ່ທ່ານຮູ້ຢູ່ລຸ່ມນີ້ ແລ້ວ DigiReady ຈະແນະນຳຂະໜາດຕາມລະບຽບການຂອງລັດ.
app-enterprise-staff = ຈຳນວນພະນັກງານ
app-enterprise-revenue = ລາຍຮັບປີກາຍ ({ $currency })
app-enterprise-capital = ທຶນ ຫຼື ຊັບສິນ ({ $currency })
app-enterprise-size-suggested = ຕາມລະບຽບການຂອງລັດ, ນີ້ແມ່ນທຸລະກິດຂະໜາດ{ $size }.
app-enterprise-size-unknown = ຕົວເລກເຫຼົ່ານີ້ບໍ່ພຽງພໍທີ່ຈະບອກໄດ້; ກະລຸນາເລືອກຂະໜາດເອງ.
app-enterprise-contact = ຜູ້ຕິດຕໍ່ (ຂໍ້ມູນສ່ວນບຸກຄົນ)
app-enterprise-contact-help = ຂໍ້ມູນສ່ວນບຸກຄົນຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ ແລະ ຈະບໍ່ຖືກລວມເຂົ້າໃນຂໍ້ມູນທີ່ສົ່ງອອກ.
app-enterprise-contact-person = ຊື່
app-enterprise-phone = ເບີໂທ
app-enterprise-email = ອີເມວ
app-enterprise-choose = ເລືອກ…
app-enterprise-assessments = ການປະເມີນ
app-enterprise-start = ເລີ່ມການປະເມີນໃໝ່
app-enterprise-continue = ສືບຕໍ່
app-enterprise-results = ຜົນການປະເມີນ ແລະ ແຜນ
app-enterprise-assessor = ຊື່ຂອງທ່ານ (ຜູ້ປະເມີນ)
app-status-draft = ກຳລັງເຮັດ
app-status-finalized = ສຳເລັດແລ້ວ

## Assessment
app-assessment-title = ການປະເມີນ: { $enterprise }
app-assessment-progress = ຕອບແລ້ວ { $answered } ຈາກ { $shown } ຂໍ້
app-assessment-area = ດ້ານທີ { $number } ຈາກ { $total }: { $area }
app-assessment-help = ເປັນຫຍັງຈຶ່ງຖາມ
app-assessment-clear = ຍັງບໍ່ຮູ້ເທື່ອ (ລຶບຄຳຕອບ)
app-assessment-number-hint = ໃສ່ຕົວເລກແຕ່ { $min } ຫາ { $max }.
app-assessment-review = ກວດຄືນ ແລະ ສຳເລັດ
app-assessment-review-title = ກ່ອນຈະສຳເລັດ
app-assessment-review-all = ຕອບຄົບທຸກຄຳຖາມແລ້ວ.
app-assessment-review-missing = { $count ->
   *[other] ຍັງມີຄຳຖາມ { $count } ຂໍ້ທີ່ບໍ່ໄດ້ຕອບ. ຄຳຖາມເຫຼົ່ານີ້ຈະບໍ່ຖືກນັບເຂົ້າໃນຄະແນນ.
}
app-assessment-go-to = ໄປຕອບ
app-assessment-finalize = ສຳເລັດການປະເມີນ
app-assessment-finalize-note = ການປະເມີນທີ່ສຳເລັດແລ້ວຈະປ່ຽນແປງບໍ່ໄດ້ອີກ; ພາຍຫຼັງ ໃຫ້ເລີ່ມການປະເມີນໃໝ່ ເພື່ອວັດແທກຄວາມຄືບໜ້າ.
app-assessment-finalize-confirm = { $count ->
    [0] ຕອບທຸກຄຳຖາມແລ້ວ. ເມື່ອສຳເລັດແລ້ວ ຈະແກ້ໄຂການປະເມີນບໍ່ໄດ້ອີກ. ສຳເລັດດຽວນີ້ບໍ?
   *[other] ຍັງມີ { $count } ຄຳຖາມທີ່ບໍ່ໄດ້ຕອບ; ຈະນັບວ່າບໍ່ໄດ້ຕອບ. ເມື່ອສຳເລັດແລ້ວ ຈະແກ້ໄຂການປະເມີນບໍ່ໄດ້ອີກ. ສຳເລັດດຽວນີ້ບໍ?
}
app-assessment-finalize-yes = ແມ່ນ, ສຳເລັດເລີຍ
app-assessment-finalized = ການປະເມີນນີ້ສຳເລັດແລ້ວ ແລະ ປ່ຽນແປງບໍ່ໄດ້ອີກ.
app-assessment-new-question = ຄຳຖາມໃໝ່ ຍ້ອນຄຳຕອບຫຼ້າສຸດຂອງທ່ານ
app-assessment-choose-all = ເລືອກໄດ້ຫຼາຍຂໍ້.

## Results and plan
app-results-title = ຜົນການປະເມີນ: { $enterprise }
app-results-overall = ດັດຊະນີລວມ
app-results-level = ລະດັບ { $level }: { $level-name }
app-results-chart = ຄະແນນແຕ່ລະດ້ານ (ແຖບ) ແລະ ຄ່າກາງຂອງທຸລະກິດທີ່ຄ້າຍຄືກັບທ່ານ (ເສັ້ນ)
app-results-score = { $score } / 100
app-results-median = ຄ່າກາງຂອງທຸລະກິດທີ່ຄ້າຍຄືກັບທ່ານ: { $median }
app-results-percentile = ດີກວ່າປະມານ { $percentile }% ຂອງ{ $group }
app-results-source = ແຫຼ່ງຂໍ້ມູນ: { $source }
app-results-previous = ການປະເມີນຄັ້ງກ່ອນ ({ $date }): { $score }
app-results-change-up = ເພີ່ມຂຶ້ນ { $points } ຄະແນນ
app-results-change-down = ຫຼຸດລົງ { $points } ຄະແນນ
app-results-change-none = ບໍ່ປ່ຽນແປງ
app-results-not-scored = ຍັງບໍ່ມີຄະແນນ: ຍັງບໍ່ໄດ້ຕອບຄຳຖາມໃດ
app-results-practices = ທຸລະກິດທີ່ຄ້າຍຄືກັບທ່ານເຮັດຫຍັງແດ່
app-results-practice-yes = { $share }% ຂອງ{ $group } { $practice }. ທ່ານກໍເຮັດຄືກັນ.
app-results-practice-no = { $share }% ຂອງ{ $group } { $practice }. ທ່ານຍັງບໍ່ທັນເຮັດ.
app-results-practice-unknown = { $share }% ຂອງ{ $group } { $practice }.
app-results-unanswered = { $count ->
   *[other] ຍັງມີຄຳຖາມ { $count } ຂໍ້ທີ່ບໍ່ໄດ້ຕອບ ແລະ ບໍ່ຖືກນັບເຂົ້າໃນຄະແນນ.
}
app-results-plan = ເບິ່ງແຜນປັບປຸງ
app-results-draft = ການປະເມີນນີ້ຍັງບໍ່ທັນສຳເລັດ: ຜົນອາດຈະປ່ຽນແປງ.

app-plan-title = ແຜນປັບປຸງ: { $enterprise }
app-plan-intro = ເຮັດສິ່ງທີ່ຄວນເຮັດຕາມລຳດັບນີ້: ສິ່ງທີ່ເຮັດໄດ້ໄວ ແລະ ໄດ້ຜົນຫຼາຍ ໃຫ້ເຮັດກ່ອນ.
app-plan-empty = ບໍ່ມີຫຍັງຕ້ອງປັບປຸງໃນຄຳຖາມທີ່ຕອບແລ້ວ. ດີຫຼາຍ!
app-plan-first-step = ບາດກ້າວທຳອິດ: { $step }
app-plan-gain = { $area } +{ $points } ຄະແນນ
app-plan-who = ໃຜຊ່ວຍໄດ້: { $who }
app-plan-later = ຕໍ່ມາ, ເມື່ອເຮັດສິ່ງຂ້າງເທິງແລ້ວ
app-plan-pdf = ບັນທຶກແຜນເປັນໄຟລ໌ PDF
app-plan-pdf-language = ພາສາຂອງໄຟລ໌ PDF
app-plan-pdf-saved = ບັນທຶກແລ້ວ: { $path }
app-plan-pdf-saving = ກຳລັງສ້າງໄຟລ໌ PDF…

## Agency
app-agency-title = ໜ່ວຍງານ
app-agency-intro = ໜ່ວຍງານຂັ້ນແຂວງເກັບກຳຜົນທີ່ບໍ່ລະບຸຕົວຕົນ ແລະ ເຜີຍແຜ່ຊຸດຂໍ້ມູນປຽບທຽບຂອງວິສາຫະກິດທີ່ຄ້າຍກັບທ່ານ. ຊຸດທີ່ຕິດຕັ້ງຢູ່ໃນຄອມພິວເຕີນີ້:
app-agency-pack = { $name } ({ $country }), ສະບັບ { $version }, ເຜີຍແຜ່ວັນທີ { $published } ໂດຍ { $publisher }: { $rows } ຕົວເລກ
app-agency-packs-title = ຊຸດຂໍ້ມູນປຽບທຽບ
app-agency-export-title = ສົ່ງຜົນໃຫ້ໜ່ວຍງານ
app-agency-export-intro = ເຮັດໄຟລ໌ດຽວທີ່ມີຜົນຂອງການປະເມີນທີ່ສຳເລັດແລ້ວ ແລະ ຍັງບໍ່ໄດ້ສົ່ງ ເພື່ອສົ່ງໃຫ້ໜ່ວຍງານຂັ້ນແຂວງ. ໄຟລ໌ບໍ່ມີຊື່, ເບີໂທ, ທີ່ຢູ່, ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ, ບັນທຶກ ຫຼື ວັນທີທີ່ແນ່ນອນ; ວິສາຫະກິດທີ່ອາດຖືກຈື່ໄດ້ຈະຖືກລວມເປັນກຸ່ມກວ້າງຂຶ້ນ ຫຼື ເກັບໄວ້ກ່ອນ ຈົນກວ່າຈະມີວິສາຫະກິດຄ້າຍກັນພຽງພໍ. ຜົນທີ່ສົ່ງແລ້ວຈະບໍ່ຖືກສົ່ງອີກໃນຮູບແບບອື່ນ.
app-agency-export-k = ກຸ່ມນ້ອຍທີ່ສຸດ (k)
app-agency-export-k-help = ແຕ່ລະຜົນໃນໄຟລ໌ຄືກັບຜົນອື່ນຢ່າງໜ້ອຍເທົ່ານີ້ (ແຂວງ, ຂະແໜງ, ຂະໜາດ, ໄຕມາດ ແລະ ສິ່ງທີ່ຄົນພາຍນອກເຫັນໄດ້: ມີໜ້າເພຈອອນລາຍ, ມີຮ້ານໃນຕະຫຼາດອອນລາຍ, ມີລະຫັດ QR ຢູ່ເຄົາເຕີ). ຢ່າງໜ້ອຍ 5.
app-agency-export-now = ເຮັດໄຟລ໌ສົ່ງໜ່ວຍງານ
app-agency-export-done = ບັນທຶກ { $records } ຜົນໄວ້ທີ່ { $path } ແລ້ວ
app-agency-export-anonymity = ຈາກ { $considered } ການປະເມີນທີ່ສຳເລັດ ແລະ ຍັງບໍ່ໄດ້ສົ່ງ: { $as_recorded } ຕາມເດີມ, { $generalised } ລວມເປັນກຸ່ມກວ້າງຂຶ້ນ, { $withheld } ເກັບໄວ້ກ່ອນ ເພື່ອບໍ່ໃຫ້ຈື່ໄດ້ວ່າແມ່ນວິສາຫະກິດໃດ (k = { $k }). { $sent_before } ໄດ້ສົ່ງໄປໃນໄຟລ໌ກ່ອນໆແລ້ວ.
app-agency-export-sent-title = ໄຟລ໌ທີ່ເຮັດກ່ອນໜ້ານີ້
app-agency-export-sent-help = ໄຟລ໌ທີ່ເສຍໄປ ຫຼື ບັນທຶກບໍ່ໄດ້ ສາມາດບັນທຶກອີກຄັ້ງໄດ້ຄືເກົ່າທຸກຢ່າງ. ໄຟລ໌ໃໝ່ມີພຽງຜົນທີ່ຍັງບໍ່ໄດ້ສົ່ງ.
app-agency-export-sent-row = { $created }: { $records } ຜົນ, k = { $k }
app-agency-export-save-again = ບັນທຶກອີກຄັ້ງ
app-agency-export-saved-again = ບັນທຶກອີກຄັ້ງແລ້ວ, ຄືເກົ່າທຸກຢ່າງ: { $path }
app-agency-import-title = ຜົນທີ່ໄດ້ຮັບຈາກພະນັກງານ
app-agency-import-intro = ເອົາໄຟລ໌ທີ່ພະນັກງານສົ່ງມາໃສ່ໂຟນເດີນີ້ ແລ້ວກົດນຳເຂົ້າ. ນຳເຂົ້າໄຟລ໌ດຽວກັນສອງເທື່ອກໍບໍ່ປ່ຽນຫຍັງ.
app-agency-import-empty = ໂຟນເດີຫວ່າງເປົ່າ.
app-agency-import-new = ໃໝ່
app-agency-import-done-before = ເຄີຍນຳເຂົ້າແລ້ວ
app-agency-import-now = ນຳເຂົ້າ { $count } ໄຟລ໌ໃໝ່
app-agency-import-progress = ນຳເຂົ້າແລ້ວ { $done } ໃນ { $total } ໄຟລ໌
app-agency-import-elsewhere = ໃນລະຫວ່າງນຳເຂົ້າ ທ່ານຍັງໃຊ້ໜ້າອື່ນໄດ້; ແຖບດ້ານເທິງບອກວ່ານຳເຂົ້າໄປຮອດໃສແລ້ວ.
app-agency-import-merged = { $file }: { $records } ຜົນ, ໃໝ່ { $added }, ລະອຽດຂຶ້ນ { $refined }, ມີແລ້ວ { $unchanged }, ຂັດແຍ່ງ { $conflicts } (ບໍ່ລວມ)
app-agency-import-already = { $file }: ເຄີຍນຳເຂົ້າແລ້ວ, ບໍ່ມີຫຍັງປ່ຽນ
app-agency-import-refused = { $file } ຖືກປະຕິເສດ: { $reason }
app-agency-pool = ຄອມພິວເຕີນີ້ມີ { $records } ຜົນ ຈາກ { $files } ໄຟລ໌.
app-agency-workbook-title = ຕາຕະລາງສຳລັບ Excel
app-agency-workbook-by = ຈັດກຸ່ມຕາມ
app-agency-workbook-help = ກຸ່ມທີ່ມີໜ້ອຍກວ່າ 5 ວິສາຫະກິດຈະບໍ່ສະແດງ.
app-agency-workbook-publish = ສຳລັບເຜີຍແຜ່ອອກນອກອົງການ
app-agency-workbook-publish-help = ເມື່ອນັ້ນ ກຸ່ມທີ່ມີໜ້ອຍກວ່າ 20 ວິສາຫະກິດ ສະແດງພຽງຈຳນວນວິສາຫະກິດ ແລະ ຊ່ວງ 10 ຄະແນນທີ່ມີຄ່າກາງ. ກຸ່ມທີ່ອາດເອົາໄປລົບກັບກຸ່ມອື່ນແລ້ວເຫຼືອພຽງບໍ່ເທົ່າໃດວິສາຫະກິດ ຈະຖືກເກັບໄວ້. ສິ່ງທີ່ເຜີຍແຜ່ແລ້ວຈະຖືກຈື່ໄວ້ ເພື່ອບໍ່ໃຫ້ຕາຕະລາງ ແລະ ຊຸດຂໍ້ມູນຕໍ່ໄປ ເອົາມາທຽບແລ້ວເຫຼືອພຽງບໍ່ເທົ່າໃດວິສາຫະກິດ.
app-agency-workbook-save = ບັນທຶກຕາຕະລາງ Excel

## Settings
app-settings-title = ການຕັ້ງຄ່າ
app-settings-language = ພາສາຂອງແອັບ
app-settings-text-size = ຂະໜາດຕົວອັກສອນ
app-settings-text-normal = ປົກກະຕິ
app-settings-text-large = ໃຫຍ່
app-settings-text-larger = ໃຫຍ່ກວ່າ
app-settings-data = ໂຟນເດີຂໍ້ມູນ
app-settings-data-help = ຂໍ້ມູນທັງໝົດຖືກເກັບໄວ້ໃນໂຟນເດີນີ້ ໃນຄອມພິວເຕີນີ້. ຕັ້ງຄ່າ DIGIREADY_DATA_DIR ເພື່ອໃຊ້ໂຟນເດີອື່ນ.
app-settings-backup = ການສຳຮອງຂໍ້ມູນ
app-settings-backup-now = ສຳຮອງຂໍ້ມູນດຽວນີ້
app-settings-backup-done = ບັນທຶກຂໍ້ມູນສຳຮອງແລ້ວ: { $path }
app-settings-backup-none = ຍັງບໍ່ມີການສຳຮອງຂໍ້ມູນເທື່ອ.
app-settings-restore = ກູ້ຂໍ້ມູນຄືນ
app-settings-restore-confirm = ແທນທີ່ຂໍ້ມູນທັງໝົດດ້ວຍຂໍ້ມູນສຳຮອງນີ້ບໍ? ຂໍ້ມູນປັດຈຸບັນຈະຖືກສຳຮອງໄວ້ກ່ອນ.
app-settings-restored = ກູ້ຂໍ້ມູນຄືນຈາກຂໍ້ມູນສຳຮອງແລ້ວ.
app-settings-about = ກ່ຽວກັບ
app-settings-version = DigiReady ລຸ້ນ { $version }
app-settings-questionnaire = ແບບສອບຖາມສະບັບ { $version }
app-settings-packs = ຊຸດຂໍ້ມູນປຽບທຽບ: { $packs }
app-settings-fonts = ຟອນ: Noto Sans ແລະ Noto Sans Lao (SIL Open Font License 1.1).

## Errors shown by the app
app-error-title = ມີບາງຢ່າງຜິດພາດ
app-error-invalid = ຄ່າຂອງ “{ $what }” ບໍ່ຖືກຕ້ອງ.
app-error-write-file = ບັນທຶກ { $path } ບໍ່ໄດ້: { $reason }
app-error-database = ເປີດຂໍ້ມູນບໍ່ໄດ້: { $reason }
app-error-database-help = ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ທ່ານສາມາດກູ້ຂໍ້ມູນຄືນຈາກຂໍ້ມູນສຳຮອງໄດ້ ໃນໜ້າການຕັ້ງຄ່າ.
