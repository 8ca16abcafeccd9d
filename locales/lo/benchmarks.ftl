# Benchmarks: indicator practices (phrased to follow "firms that ..."), indicators, comparisons.

practice-own-website = ມີເວັບໄຊຂອງຕົນເອງ
practice-sells-on-marketplace = ຂາຍຢູ່ຕະຫຼາດອອນລາຍ
practice-accepts-e-payment = ຮັບການຊຳລະເງິນທາງເອເລັກໂຕຣນິກ
practice-issues-e-invoices = ອອກໃບເກັບເງິນເອເລັກໂຕຣນິກ
practice-automatic-backups = ສຳຮອງຂໍ້ມູນແບບອັດຕະໂນມັດ
indicator-share-sales-electronic = ສ່ວນແບ່ງຍອດຂາຍທີ່ຈ່າຍທາງເອເລັກໂຕຣນິກ

group-all = ທຸລະກິດທັງໝົດ
group-sector = ທຸລະກິດໃນຂະແໜງ{ $sector }
group-size = ທຸລະກິດຂະໜາດ{ $size }
group-sector-size = ທຸລະກິດຂະໜາດ{ $size } ໃນຂະແໜງ{ $sector }
provenance-published = ສະຖິຕິທີ່ເຜີຍແຜ່ແລ້ວ
provenance-modelled = ຕົວເລກປະມານຈາກແບບຈຳລອງ, ບໍ່ແມ່ນການວັດແທກຕົວຈິງ
provenance-aggregated = ລວບລວມຈາກການປະເມີນ
provenance-secondary = ອ່ານຈາກສຳເນົາຂັ້ນສອງ, ຕ້ອງກວດກັບຕົ້ນສະບັບ
provenance-provisional = ຊົ່ວຄາວ
group-in-region = { $group } ຢູ່ { $region }
region-mekong_river_delta = ເຂດທົ່ງພຽງສາມຫຼ່ຽມປາກແມ່ນ້ຳຂອງ (ຫວຽດນາມ)
region-red_river_delta = ເຂດທົ່ງພຽງແມ່ນ້ຳແດງ (ຫວຽດນາມ)
region-southeast = ເຂດຕາເວັນອອກສ່ຽງໃຕ້ (ຫວຽດນາມ)
