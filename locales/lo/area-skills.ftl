# skills: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/skills.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-sk-who-can = ໃຜໃນທຸລະກິດສາມາດເຮັດວຽກອອນລາຍໄດ້ ເຊັ່ນ ຂາຍອອນລາຍ, ໃຊ້ແອັບທະນາຄານ ຫຼື ໂປຣແກຣມທຸລະກິດ?
    .help = ເຄື່ອງມືຈະມີປະໂຫຍດ ກໍ່ຕໍ່ເມື່ອຄົນໃຊ້ເປັນ. ທັກສະສາມາດຮຽນຮູ້ໄດ້ເທື່ອລະກ້າວ.
    .no-one = ຍັງບໍ່ມີໃຜ
    .with-help = ເຮັດໄດ້ ເມື່ອມີຄອບຄົວ ຫຼື ໝູ່ຊ່ວຍເທົ່ານັ້ນ
    .owner = ເຈົ້າຂອງ
    .owner-and-some = ເຈົ້າຂອງ ແລະ ພະນັກງານບາງຄົນ
    .most-trained = ພະນັກງານສ່ວນຫຼາຍ, ແລະ ພະນັກງານໃໝ່ໄດ້ຮັບການຝຶກອົບຮົມ
