# Benchmarks: indicator practices (phrased to follow "firms that ..."), indicators, comparisons.

practice-own-website = ມີເວັບໄຊຂອງຕົນເອງ
practice-sells-on-marketplace = ຂາຍຢູ່ຕະຫຼາດອອນລາຍ
practice-accepts-e-payment = ຮັບການຊຳລະເງິນທາງເອເລັກໂຕຣນິກ
practice-issues-e-invoices = ອອກໃບເກັບເງິນເອເລັກໂຕຣນິກ
practice-automatic-backups = ສຳຮອງຂໍ້ມູນແບບອັດຕະໂນມັດ
indicator-share-sales-electronic = ສ່ວນແບ່ງຍອດຂາຍທີ່ຈ່າຍທາງເອເລັກໂຕຣນິກ
