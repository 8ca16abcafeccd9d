# Benchmarks: indicator practices (phrased to follow "firms that ..."), indicators, comparisons.

practice-own-website = có website riêng
practice-sells-on-marketplace = bán hàng trên sàn thương mại điện tử
practice-accepts-e-payment = nhận thanh toán điện tử
practice-issues-e-invoices = xuất hóa đơn điện tử
practice-automatic-backups = sao lưu dữ liệu tự động
indicator-share-sales-electronic = tỷ lệ doanh thu được thanh toán điện tử
