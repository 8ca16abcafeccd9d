# connectivity: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/connectivity.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-cn-internet = ທຸລະກິດຂອງທ່ານໃຊ້ອິນເຕີເນັດແບບໃດ?
    .help = ເມື່ອອິນເຕີເນັດຂາດ, ການຂາຍອອນລາຍ, ການຊຳລະເງິນ ແລະ ໂປຣແກຣມຕ່າງໆ ກໍ່ຢຸດໝົດ.
    .none = ບໍ່ມີ
    .personal-mobile = ໃຊ້ອິນເຕີເນັດມືຖືໃນໂທລະສັບສ່ວນຕົວເທົ່ານັ້ນ
    .business-mobile = ແພັກເກັດອິນເຕີເນັດມືຖື ຫຼື ເຄື່ອງປ່ອຍ Wi-Fi ແບບພົກພາ ສຳລັບທຸລະກິດ
    .fixed = ອິນເຕີເນັດສາຍໄຟເບີ ຢູ່ບ່ອນເຮັດວຽກ
    .fixed-and-backup = ອິນເຕີເນັດສາຍໄຟເບີ ພ້ອມອິນເຕີເນັດມືຖືສຳຮອງ ເມື່ອສາຍຂັດຂ້ອງ
