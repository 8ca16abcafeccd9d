# security: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/security.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-se-passwords = ທ່ານປົກປ້ອງບັນຊີທະນາຄານ, ອີເມວ ແລະ ບັນຊີຮ້ານຄ້າອອນລາຍຂອງທ່ານແນວໃດ?
    .help = ການຖືກແຮັກສ່ວນຫຼາຍ ເລີ່ມຈາກລະຫັດຜ່ານທີ່ງ່າຍເກີນໄປ ຫຼື ໃຊ້ຊ້ຳ. ການຢືນຢັນສອງຂັ້ນຕອນ ປ້ອງກັນໄດ້ສ່ວນຫຼາຍ.
    .shared = ລະຫັດຜ່ານງ່າຍໆອັນດຽວກັນທຸກບ່ອນ ຫຼື ໃຊ້ຮ່ວມກັບຄົນອື່ນ
    .some-different = ບາງບັນຊີໃຊ້ລະຫັດຜ່ານຕ່າງກັນ
    .all-different = ລະຫັດຜ່ານທີ່ຄາດເດົາຍາກ ແລະ ບໍ່ຊ້ຳກັນ ສຳລັບທຸກບັນຊີທີ່ສຳຄັນ
    .two-step-key = ລະຫັດຜ່ານຕ່າງກັນ ແລະ ເປີດການຢືນຢັນສອງຂັ້ນຕອນ ສຳລັບທະນາຄານ ແລະ ອີເມວ
    .managed = ໃຊ້ໂປຣແກຣມຈັດການລະຫັດຜ່ານ, ເປີດການຢືນຢັນສອງຂັ້ນຕອນທຸກບ່ອນ ແລະ ຍົກເລີກສິດເຂົ້າໃຊ້ ເມື່ອມີຄົນອອກວຽກ

q-se-personal-data = ທ່ານມີກົດລະບຽບບໍ່ວ່າ ໃຜສາມາດເບິ່ງຂໍ້ມູນສ່ວນບຸກຄົນຂອງລູກຄ້າ (ຊື່, ເບີໂທ, ທີ່ຢູ່) ໄດ້ ແລະ ຈະເກັບໄວ້ດົນປານໃດ?
    .help = ຂໍ້ມູນສ່ວນບຸກຄົນຂອງລູກຄ້າຄວນໄດ້ຮັບການປົກປ້ອງ. ກົດລະບຽບທີ່ຊັດເຈນ ຊ່ວຍປ້ອງກັນບໍ່ໃຫ້ຂໍ້ມູນຮົ່ວໄຫຼ.
