# Benchmarks: indicator practices (phrased to follow "firms that ..."), indicators, comparisons.

practice-own-website = có website riêng
practice-sells-on-marketplace = bán hàng trên sàn thương mại điện tử
practice-accepts-e-payment = nhận thanh toán điện tử
practice-issues-e-invoices = xuất hóa đơn điện tử
practice-automatic-backups = sao lưu dữ liệu tự động
indicator-share-sales-electronic = tỷ lệ doanh thu được thanh toán điện tử

group-all = tất cả doanh nghiệp
group-sector = doanh nghiệp ngành { $sector }
group-size = doanh nghiệp quy mô { $size }
group-sector-size = doanh nghiệp quy mô { $size } ngành { $sector }
provenance-published = số liệu đã công bố
provenance-modelled = số liệu ước tính theo mô hình, không phải đo thực tế
provenance-aggregated = tổng hợp từ các lần đánh giá
provenance-secondary = lấy từ bản sao thứ cấp, cần đối chiếu với bản gốc
provenance-provisional = tạm thời
group-in-region = { $group } ở { $region }
region-mekong_river_delta = Đồng bằng sông Cửu Long
region-red_river_delta = Đồng bằng sông Hồng
region-southeast = Đông Nam Bộ
