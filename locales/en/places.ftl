# Places: the provinces an enterprise is registered in, and the regions an anonymized export
# generalises them to. Ids and the region of each province: assets/places/places.toml.


province-tuyen_quang = Tuyen Quang
province-cao_bang = Cao Bang
province-lai_chau = Lai Chau
province-lao_cai = Lao Cai
province-thai_nguyen = Thai Nguyen
province-dien_bien = Dien Bien
province-lang_son = Lang Son
province-son_la = Son La
province-phu_tho = Phu Tho
province-ha_noi = Ha Noi
province-quang_ninh = Quang Ninh
province-hai_phong = Hai Phong
province-hung_yen = Hung Yen
province-ninh_binh = Ninh Binh
province-bac_ninh = Bac Ninh
province-thanh_hoa = Thanh Hoa
province-nghe_an = Nghe An
province-ha_tinh = Ha Tinh
province-quang_tri = Quang Tri
province-hue = Hue
province-da_nang = Da Nang
province-quang_ngai = Quang Ngai
province-khanh_hoa = Khanh Hoa
province-gia_lai = Gia Lai
province-dak_lak = Dak Lak
province-lam_dong = Lam Dong
province-ho_chi_minh = Ho Chi Minh City
province-dong_nai = Dong Nai
province-tay_ninh = Tay Ninh
province-can_tho = Can Tho
province-vinh_long = Vinh Long
province-dong_thap = Dong Thap
province-ca_mau = Ca Mau
province-an_giang = An Giang

province-phongsaly = Phongsaly
province-luang_namtha = Luang Namtha
province-oudomxay = Oudomxay
province-bokeo = Bokeo
province-luang_prabang = Luang Prabang
province-houaphanh = Houaphanh
province-xayabouly = Xayabouly
province-xiengkhouang = Xiengkhouang
province-vientiane_capital = Vientiane Capital
province-vientiane_province = Vientiane Province
province-borikhamxay = Borikhamxay
province-khammouane = Khammouane
province-savannakhet = Savannakhet
province-xaysomboun = Xaysomboun
province-saravane = Saravane
province-sekong = Sekong
province-champasak = Champasak
province-attapeu = Attapeu

region-northern_midlands_mountains = the Northern Midlands and Mountains
region-north_central_coast = the North Central and Central Coast
region-central_highlands = the Central Highlands
region-la_north = northern Laos
region-la_central = central Laos
region-la_south = southern Laos

province-none = Not listed
