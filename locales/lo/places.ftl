# Places: the provinces an enterprise is registered in, and the regions an anonymized export
# generalises them to. Ids and the region of each province: assets/places/places.toml.

province-tuyen_quang = ເຕວຽນກວາງ
province-cao_bang = ກາວບັ່ງ
province-lai_chau = ລາຍເຈົາ
province-lao_cai = ລາວກາຍ
province-thai_nguyen = ໄທງວຽນ
province-dien_bien = ດ້ຽນບຽນ
province-lang_son = ລາງເຊີນ
province-son_la = ເຊີນລາ
province-phu_tho = ຟູໂທ
province-ha_noi = ຮ່າໂນ້ຍ
province-quang_ninh = ກວາງນິງ
province-hai_phong = ໄຮຟອງ
province-hung_yen = ຮຶງອຽນ
province-ninh_binh = ນິງບິ່ງ
province-bac_ninh = ບັກນິງ
province-thanh_hoa = ແທງຮົວ
province-nghe_an = ເງະອານ
province-ha_tinh = ຮ່າຕິ້ງ
province-quang_tri = ກວາງຈິ
province-hue = ເຫວ້
province-da_nang = ດານັງ
province-quang_ngai = ກວາງຫງາຍ
province-khanh_hoa = ແຄງຮົວ
province-gia_lai = ຢາລາຍ
province-dak_lak = ດັກລັກ
province-lam_dong = ລຳດົງ
province-ho_chi_minh = ນະຄອນໂຮ່ຈີ່ມິນ
province-dong_nai = ດົ່ງນາຍ
province-tay_ninh = ເຕີຍນິງ
province-can_tho = ເກີນເທີ
province-vinh_long = ວິງລອງ
province-dong_thap = ດົ່ງທາບ
province-ca_mau = ກ່າເມົາ
province-an_giang = ອານຢາງ

province-phongsaly = ຜົ້ງສາລີ
province-luang_namtha = ຫຼວງນ້ຳທາ
province-oudomxay = ອຸດົມໄຊ
province-bokeo = ບໍ່ແກ້ວ
province-luang_prabang = ຫຼວງພະບາງ
province-houaphanh = ຫົວພັນ
province-xayabouly = ໄຊຍະບູລີ
province-xiengkhouang = ຊຽງຂວາງ
province-vientiane_capital = ນະຄອນຫຼວງວຽງຈັນ
province-vientiane_province = ແຂວງວຽງຈັນ
province-borikhamxay = ບໍລິຄຳໄຊ
province-khammouane = ຄຳມ່ວນ
province-savannakhet = ສະຫວັນນະເຂດ
province-xaysomboun = ໄຊສົມບູນ
province-saravane = ສາລະວັນ
province-sekong = ເຊກອງ
province-champasak = ຈຳປາສັກ
province-attapeu = ອັດຕະປື

region-northern_midlands_mountains = ເຂດພູດອຍພາກເໜືອ (ຫວຽດນາມ)
region-north_central_coast = ເຂດພາກກາງຕອນເໜືອ ແລະ ແຄມທະເລພາກກາງ (ຫວຽດນາມ)
region-central_highlands = ເຂດທີ່ສູງພາກກາງ (ຫວຽດນາມ)
region-la_north = ພາກເໜືອ
region-la_central = ພາກກາງ
region-la_south = ພາກໃຕ້

province-none = ບໍ່ມີໃນລາຍຊື່
