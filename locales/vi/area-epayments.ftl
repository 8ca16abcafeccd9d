# epayments: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/epayments.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-ep-accept-methods = Khách hàng có thể trả tiền cho bạn bằng cách nào? Chọn tất cả các mục phù hợp.
    .help = Khách hàng ngày càng trả tiền bằng điện thoại. Nhận mã QR và chuyển khoản giúp bạn ít mất khách hơn và ít phải giữ tiền mặt hơn.
    .cash-only = Chỉ tiền mặt
    .bank-transfer = Chuyển khoản ngân hàng
    .qr = Mã QR (VietQR) đặt ở quầy hoặc in trên hóa đơn
    .card = Thẻ ngân hàng
    .e-wallet = Ví điện tử (ví dụ MoMo, ZaloPay)

q-ep-share-electronic = Khoảng bao nhiêu phần trăm doanh thu của bạn được thanh toán điện tử (chuyển khoản, QR, thẻ, ví điện tử)?
    .help = Các cuộc khảo sát quốc gia cũng dùng cách đo này, nên bạn có thể so sánh mình với các doanh nghiệp khác. Ước tính là được.
    .unit = % doanh thu

q-ep-pay-out = Bạn trả tiền cho nhà cung cấp và nhân viên bằng cách nào?
    .help = Thanh toán điện tử lưu lại mọi khoản chi và đỡ phải ra ngân hàng.
    .cash = Bằng tiền mặt
    .some-transfers = Chủ yếu tiền mặt, có một số khoản chuyển khoản
    .mostly-transfers = Chủ yếu chuyển khoản ngân hàng hoặc qua ứng dụng
    .all-transfers = Gần như tất cả đều chuyển khoản ngân hàng hoặc qua ứng dụng
    .batch-from-software = Tất cả đều thanh toán điện tử, lập sẵn từ phần mềm kế toán hoặc phần mềm tính lương

q-ep-invoices = Bạn lập hóa đơn và biên lai bằng cách nào?
    .help = Tại Việt Nam, mọi doanh nghiệp đều phải dùng hóa đơn điện tử (Nghị định 123/2020/NĐ-CP). Hóa đơn điện tử tạo từ dữ liệu bán hàng còn giúp tiết kiệm thời gian.
    .none = Chúng tôi không lập hóa đơn, hoặc chỉ viết biên lai tay
    .paper = Dùng quyển hóa đơn giấy in sẵn
    .office-files = Lập bằng Word hoặc Excel rồi in ra
    .e-invoice-manual = Hóa đơn điện tử nhập tay trên phần mềm hóa đơn hoặc trên cổng thông tin của cơ quan thuế
    .e-invoice-linked = Hóa đơn điện tử được tạo tự động từ phần mềm bán hàng hoặc kế toán

q-ep-reconciliation = Bạn kiểm tra tiền đã về và khớp với doanh thu bằng cách nào?
    .help = Kiểm tra thường xuyên giúp sớm phát hiện sai sót và ảnh chụp màn hình chuyển khoản giả.
    .none = Chúng tôi không kiểm tra thường xuyên
    .monthly = Dựa vào sao kê ngân hàng vào cuối tháng
    .daily-alerts = Hằng ngày chúng tôi xem thông báo biến động số dư trên ứng dụng ngân hàng
    .daily-matched = Hằng ngày đối chiếu thông báo của ngân hàng với sổ bán hàng hoặc bảng tính
    .automatic = Tiền nhận được tự động đối soát trong phần mềm bán hàng hoặc kế toán
