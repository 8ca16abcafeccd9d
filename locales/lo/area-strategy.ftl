# strategy: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/strategy.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-st-plan = ທ່ານມີແຜນການນຳໃຊ້ເຄື່ອງມືດິຈິຕອນໃນທຸລະກິດບໍ່?
    .help = ແຜນງ່າຍໆ ຊ່ວຍໃຫ້ທ່ານໃຊ້ເງິນໃສ່ສິ່ງທີ່ໃຫ້ຜົນກ່ອນ.
    .none = ບໍ່ມີ
    .ideas = ມີແນວຄິດບາງຢ່າງ, ແຕ່ບໍ່ໄດ້ຂຽນໄວ້
    .goals = ມີເປົ້າໝາຍການຫັນເປັນດິຈິຕອນ ທີ່ຂຽນເປັນລາຍລັກອັກສອນ
    .plan-budget = ມີແຜນເປັນລາຍລັກອັກສອນ ພ້ອມງົບປະມານ ແລະ ກຳນົດວ່າໃຜເຮັດຫຍັງ
    .reviewed = ມີແຜນທີ່ພວກເຮົາທົບທວນທຸກປີ ແລະ ວັດຜົນໄດ້ຮັບ
