# Places: the provinces an enterprise is registered in, and the regions an anonymized export
# generalises them to. Ids and the region of each province: assets/places/places.toml.

province-tuyen_quang = Tuyên Quang
province-cao_bang = Cao Bằng
province-lai_chau = Lai Châu
province-lao_cai = Lào Cai
province-thai_nguyen = Thái Nguyên
province-dien_bien = Điện Biên
province-lang_son = Lạng Sơn
province-son_la = Sơn La
province-phu_tho = Phú Thọ
province-ha_noi = Hà Nội
province-quang_ninh = Quảng Ninh
province-hai_phong = Hải Phòng
province-hung_yen = Hưng Yên
province-ninh_binh = Ninh Bình
province-bac_ninh = Bắc Ninh
province-thanh_hoa = Thanh Hóa
province-nghe_an = Nghệ An
province-ha_tinh = Hà Tĩnh
province-quang_tri = Quảng Trị
province-hue = Huế
province-da_nang = Đà Nẵng
province-quang_ngai = Quảng Ngãi
province-khanh_hoa = Khánh Hòa
province-gia_lai = Gia Lai
province-dak_lak = Đắk Lắk
province-lam_dong = Lâm Đồng
province-ho_chi_minh = Thành phố Hồ Chí Minh
province-dong_nai = Đồng Nai
province-tay_ninh = Tây Ninh
province-can_tho = Cần Thơ
province-vinh_long = Vĩnh Long
province-dong_thap = Đồng Tháp
province-ca_mau = Cà Mau
province-an_giang = An Giang

province-phongsaly = Phông Xa Lỳ
province-luang_namtha = Luông Nậm Thà
province-oudomxay = U Đôm Xay
province-bokeo = Bò Kẹo
province-luang_prabang = Luông Pha Bang
province-houaphanh = Hủa Phăn
province-xayabouly = Xay Nha Bu Ly
province-xiengkhouang = Xiêng Khoảng
province-vientiane_capital = Thủ đô Viêng Chăn
province-vientiane_province = Tỉnh Viêng Chăn
province-borikhamxay = Bô Ly Khăm Xay
province-khammouane = Khăm Muộn
province-savannakhet = Xa Van Na Khệt
province-xaysomboun = Xay Xổm Bun
province-saravane = Sa La Van
province-sekong = Xê Kông
province-champasak = Chăm Pa Xắc
province-attapeu = Át Tạ Pơ

region-northern_midlands_mountains = Trung du và miền núi phía Bắc
region-north_central_coast = Bắc Trung Bộ và duyên hải miền Trung
region-central_highlands = Tây Nguyên
region-la_north = miền Bắc Lào
region-la_central = miền Trung Lào
region-la_south = miền Nam Lào

province-none = Không có trong danh sách
