# epayments: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/epayments.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

## Questions

q-ep-business-account = Tiền kinh doanh và tiền cá nhân của bạn có được tách riêng không?
    .help = Tài khoản riêng cho kinh doanh giúp bạn thấy ngay việc kinh doanh thu, chi bao nhiêu. Sổ sách rõ ràng cũng giúp ích khi vay vốn ngân hàng hoặc làm việc với cơ quan thuế.
    .cash-box = Toàn bộ tiền kinh doanh là tiền mặt, để trong hộp hoặc ngăn kéo
    .personal = Tôi dùng tài khoản ngân hàng cá nhân cho cả việc kinh doanh
    .separate = Việc kinh doanh có tài khoản ngân hàng riêng
    .separate-app = Có tài khoản riêng cho kinh doanh, và tôi dùng ứng dụng ngân hàng của tài khoản đó hằng ngày
    .team-app = Có tài khoản riêng với ứng dụng ngân hàng; kế toán hoặc nhân viên có quyền truy cập riêng, và sao kê được đưa vào sổ sách kế toán

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

q-ep-counter-payments = Khách hàng thanh toán tại quầy bằng cách nào?
    .help = Trả tiền bằng điện thoại tại quầy rất nhanh. Mã QR có sẵn số tiền giúp khách không gõ nhầm, và phần mềm bán hàng có thể tự xác nhận tiền đã về.
    .cash-drawer = Chỉ nhận tiền mặt, bỏ vào ngăn kéo
    .static-qr = Mã QR in sẵn; khách quét rồi tự nhập số tiền
    .phone-qr = Chúng tôi đưa khách quét mã QR có sẵn số tiền trên điện thoại
    .pos-qr = Phần mềm bán hàng (POS) tạo mã QR kèm số tiền của hóa đơn
    .pos-linked = Phần mềm bán hàng (POS) tạo mã QR, tự trừ hàng tồn kho và xuất hóa đơn điện tử

q-ep-deposits = Khách đặt cọc và trả tiền đặt chỗ (phòng, tour, bàn) bằng cách nào?
    .help = Nhận cọc trước giúp giảm số khách đặt rồi không đến. Xác nhận rõ ràng giúp khách yên tâm đặt chỗ.
    .cash-arrival = Chỉ trả tiền mặt khi đến nơi
    .transfer-chat = Chuyển khoản sau khi thỏa thuận qua tin nhắn hoặc điện thoại
    .qr-confirmed = Quét mã QR hoặc chuyển khoản, và chúng tôi gửi xác nhận bằng tin nhắn hoặc email
    .online-booking = Khách thanh toán trực tuyến khi đặt (trên website đặt phòng hoặc trang đặt chỗ của chúng tôi)
    .online-auto = Khách thanh toán trực tuyến khi đặt; việc xác nhận và hoàn tiền diễn ra tự động theo quy định rõ ràng

q-ep-payment-requests = Bạn đề nghị khách hàng doanh nghiệp thanh toán bằng cách nào?
    .help = Hóa đơn rõ ràng kèm mã QR giúp bạn nhận tiền sớm hơn, và nhắc thanh toán đều đặn giúp giảm nợ đọng.
    .in-person = Chúng tôi đến thu tiền mặt trực tiếp
    .invoice-wait = Chúng tôi gửi hóa đơn rồi chờ khách trả
    .invoice-bank = Chúng tôi gửi hóa đơn kèm số tài khoản ngân hàng
    .invoice-qr = Chúng tôi gửi hóa đơn kèm mã QR hoặc đường link thanh toán
    .auto-reminders = Phần mềm gửi hóa đơn kèm mã QR, tự nhắc khách trả chậm và tự đánh dấu hóa đơn đã thanh toán

q-ep-cod-collection = Tiền thu hộ (COD) do đơn vị vận chuyển hoặc tài xế của bạn thu được theo dõi và chuyển trả bằng cách nào?
    .help = Tiền thu hộ đi qua nhiều người. Đối soát với đơn hàng mỗi tuần giúp tránh thất thoát và chậm trả tiền. Nếu bạn không bao giờ giao hàng thu tiền hộ, hãy bỏ qua câu này.
    .not-tracked = Không theo dõi; chúng tôi tin tài xế hoặc đơn vị vận chuyển
    .paper = Ghi trên giấy hoặc vào sổ
    .spreadsheet = Ghi vào bảng tính theo từng chuyến hoặc từng ngày
    .statements-weekly = Mỗi tuần, chúng tôi đối soát bảng kê COD của đơn vị vận chuyển, tài xế hoặc ứng dụng giao hàng với đơn hàng
    .auto-matched = Tiền COD được phần mềm tự động đối soát với đơn hàng và chuyển trả qua ngân hàng

q-ep-pay-out = Bạn trả tiền cho nhà cung cấp và nhân viên bằng cách nào?
    .help = Thanh toán điện tử lưu lại mọi khoản chi và đỡ phải ra ngân hàng.
    .cash = Bằng tiền mặt
    .some-transfers = Chủ yếu tiền mặt, có một số khoản chuyển khoản
    .mostly-transfers = Chủ yếu chuyển khoản ngân hàng hoặc qua ứng dụng
    .all-transfers = Gần như tất cả đều chuyển khoản ngân hàng hoặc qua ứng dụng
    .batch-from-software = Tất cả đều thanh toán điện tử, lập sẵn từ phần mềm kế toán hoặc phần mềm tính lương

q-ep-invoices = Bạn lập hóa đơn và biên lai bằng cách nào?
    .help = Tại Việt Nam, doanh nghiệp và hộ kinh doanh phải dùng hóa đơn điện tử (Nghị định 123/2020/NĐ-CP). Hóa đơn điện tử tạo từ dữ liệu bán hàng còn giúp tiết kiệm thời gian.
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

## Actions: foundations shared with other areas

act-ep-open-business-account = Mở một tài khoản ngân hàng chỉ dùng cho kinh doanh
    .step = Mang thẻ căn cước (và giấy đăng ký kinh doanh nếu có) đến ngân hàng, mở một tài khoản chỉ dùng cho tiền kinh doanh, rồi cài ứng dụng ngân hàng của tài khoản đó.
    .who-vn = Chi nhánh gần nhất của ngân hàng bạn dùng
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

act-ep-accept-qr = Đặt mã VietQR ở quầy thu ngân và in trên hóa đơn
    .step = Lấy mã QR của tài khoản kinh doanh trong ứng dụng ngân hàng, in ra, đặt cạnh quầy thu ngân, và thêm mã vào hóa đơn, phiếu giao hàng.
    .who-vn = Ngân hàng của bạn; mã VietQR quét được bằng ứng dụng của các ngân hàng kết nối với NAPAS
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB); mã Lao QR quét được bằng ứng dụng của các ngân hàng kết nối với LAPNet

## Actions: business account and banking app

act-ep-use-banking-app = Dùng ứng dụng ngân hàng của tài khoản kinh doanh hằng ngày
    .step = Cài ứng dụng ngân hàng cho tài khoản kinh doanh, bật thông báo biến động số dư, và dùng nó cho các khoản thu, chi tiếp theo.
    .who-vn = Ngân hàng của bạn
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

act-ep-team-banking = Cho kế toán, nhân viên quyền truy cập riêng và đưa sao kê vào sổ sách
    .step = Hỏi ngân hàng xem kế toán hoặc nhân viên có thể có tài khoản đăng nhập riêng với quyền hạn giới hạn không, và đưa sao kê tháng trước vào tệp hoặc phần mềm kế toán.
    .who-vn = Ngân hàng của bạn
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

## Actions: being paid

act-ep-accept-cards = Nhận thanh toán bằng thẻ nếu khách thường hỏi
    .step = Hỏi ngân hàng chi phí của máy POS hoặc dịch vụ nhận thẻ bằng điện thoại, kể cả phí trên mỗi giao dịch, rồi so với số khách muốn trả bằng thẻ.
    .who-vn = Ngân hàng của bạn
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

act-ep-accept-e-wallet = Nhận loại ví điện tử mà khách của bạn dùng nhiều nhất
    .step = Hỏi khách quen xem họ dùng ví điện tử nào (ví dụ MoMo, ZaloPay), rồi đăng ký tài khoản dành cho người bán của ví đó.

act-ep-promote-e-payment = Mời mọi khách hàng thanh toán bằng mã QR
    .step = Đặt mã QR ở chỗ khách trả tiền và trên mọi hóa đơn, và dặn nhân viên hỏi "Anh chị quét mã QR nhé?" trước khi nhận tiền mặt.

act-ep-move-regulars-electronic = Đề nghị khách quen và khách doanh nghiệp trả bằng chuyển khoản
    .step = Liệt kê những khách quen vẫn trả tiền mặt, và gửi số tài khoản hoặc mã QR kèm hóa đơn lần tới cho từng người.

## Actions: at the counter

act-ep-qr-with-amount = Đưa khách mã QR có sẵn số tiền cho mỗi lần bán
    .step = Xem ứng dụng ngân hàng có cho tạo mã QR kèm sẵn số tiền không, và dùng nó cho lần bán lớn tiếp theo để khách không phải gõ gì.

act-ep-sales-app = Dùng phần mềm bán hàng (POS) tạo mã QR theo hóa đơn
    .step = Dùng thử một hoặc hai phần mềm bán hàng (ví dụ KiotViet, Sapo; nhiều phần mềm có bản dùng thử miễn phí) trên điện thoại hoặc máy tính bảng với 20 mặt hàng bán chạy nhất, và xem mã QR có hiện đúng số tiền hóa đơn không.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa

act-ep-pos-stock-invoices = Kết nối phần mềm bán hàng với kho hàng và hóa đơn điện tử
    .step = Nhập danh mục hàng và số tồn kho hiện tại vào phần mềm bán hàng, và hỏi nhà cung cấp phần mềm cách kết nối với dịch vụ hóa đơn điện tử của bạn.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa

## Actions: deposits and bookings

act-ep-deposit-by-qr = Nhận tiền cọc bằng mã QR hoặc chuyển khoản
    .step = Khi khách đặt qua tin nhắn (Zalo, Messenger), gửi mã QR kèm ngày và số tiền cọc, và đề nghị đặt cọc cho những ngày cao điểm.

act-ep-confirm-deposits = Xác nhận mọi khoản tiền cọc bằng tin nhắn
    .step = Soạn sẵn một mẫu tin nhắn (ngày, phòng hoặc tour, số tiền đã cọc, số tiền còn lại, điều kiện hủy) và gửi ngay khi thấy tiền cọc về trong ứng dụng ngân hàng.

act-ep-online-booking-payment = Cho khách thanh toán trực tuyến khi đặt chỗ
    .step = Xem các website đặt phòng bạn đang dùng có thu tiền giúp bạn không, hoặc thêm đường link thanh toán hay mã QR vào trang đặt chỗ của riêng bạn.

act-ep-auto-confirm-refunds = Tự động xác nhận đặt chỗ và đặt quy định hoàn tiền rõ ràng
    .step = Viết quy định hủy và hoàn tiền, đưa lên mọi trang đặt chỗ, và bật xác nhận tự động trong hệ thống đặt chỗ của bạn.

## Actions: asking business clients to pay

act-ep-invoice-bank-details = Gửi mọi hóa đơn kèm hạn thanh toán và số tài khoản
    .step = Thêm số tài khoản, tên tài khoản kinh doanh và hạn thanh toán vào mẫu hóa đơn, và gửi hóa đơn ngay trong ngày làm xong việc.

act-ep-invoice-qr = Thêm mã QR có sẵn số tiền vào mọi hóa đơn
    .step = Trong ứng dụng ngân hàng, tạo mã QR với số tiền của hóa đơn và ghi số hóa đơn vào nội dung chuyển khoản, rồi đưa mã vào hóa đơn.

act-ep-payment-reminders = Tự động nhắc thanh toán và đối soát tiền với hóa đơn
    .step = Xem phần mềm hóa đơn hoặc kế toán có tự nhắc khách trước và sau hạn thanh toán, và tự đánh dấu hóa đơn đã trả không; bật trước cho các hóa đơn quá hạn.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa

## Actions: cash on delivery

act-ep-cod-spreadsheet = Ghi lại tiền thu hộ (COD) của từng chuyến
    .step = Lập một bảng tính, mỗi đơn COD một dòng: mã đơn, số tiền, người thu, ngày chuyển trả tiền. Kiểm tra lại sau mỗi chuyến.

act-ep-cod-statements = Đối soát bảng kê COD với đơn hàng mỗi tuần
    .step = Mỗi tuần, tải bảng đối soát COD từ ứng dụng hoặc website của đơn vị vận chuyển (hoặc danh sách của tài xế) và đánh dấu với danh sách đơn hàng; hỏi ngay khi có chênh lệch.

act-ep-cod-auto-match = Tự động đối soát tiền COD với đơn hàng
    .step = Hỏi đơn vị vận chuyển và nhà cung cấp phần mềm bán hàng hoặc vận tải xem có nhập được bảng đối soát COD không, để đơn hàng tự chuyển sang "đã thu tiền".

## Actions: paying suppliers and staff

act-ep-pay-by-transfer = Trả tiền nhà cung cấp và nhân viên bằng chuyển khoản
    .step = Xin số tài khoản hoặc mã QR của các nhà cung cấp chính và nhân viên, lưu họ làm người thụ hưởng trong ứng dụng ngân hàng, rồi chuyển khoản cho các hóa đơn và kỳ lương tới.

act-ep-end-cash-payouts = Chuyển nốt các khoản chi tiền mặt còn lại sang chuyển khoản
    .step = Ghi ra những người bạn vẫn trả tiền mặt, như lao động thời vụ hoặc người bán ở chợ, và lần tới trả họ bằng cách quét mã QR của họ.

act-ep-pay-from-software = Lập các khoản chi cho nhà cung cấp và tiền lương từ phần mềm kế toán
    .step = Hỏi ngân hàng xem ứng dụng cho doanh nghiệp có nhận danh sách chi (ví dụ trả lương cho tất cả nhân viên một lần) không, và phần mềm kế toán hoặc tính lương của bạn có xuất được danh sách đó không.
    .who-vn = Ngân hàng của bạn; chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa
    .who-la = Ngân hàng của bạn (ví dụ BCEL, LDB)

## Actions: invoices

act-ep-issue-receipts = Lập hóa đơn hoặc biên lai có số thứ tự cho mỗi lần bán
    .step = Ngay tuần này, bắt đầu dùng ứng dụng bán hàng trên điện thoại hoặc quyển biên lai có số thứ tự, và giữ lại bản sao của từng biên lai.
    .who-vn = Cơ quan thuế quản lý bạn có thể cho biết bạn phải dùng loại hóa đơn nào.
    .who-la = Cơ quan thuế có thể cho biết bạn phải lập loại hóa đơn, biên lai nào.

act-ep-start-e-invoices = Chuyển sang hóa đơn điện tử lập bằng phần mềm
    .step = Chọn một nhà cung cấp hóa đơn điện tử (hỏi ngân hàng hoặc kế toán để được giới thiệu), và nhờ họ hướng dẫn đăng ký sử dụng hóa đơn điện tử với cơ quan thuế.
    .who-vn = Cơ quan thuế quản lý bạn; kế toán của bạn
    .who-la = Kế toán của bạn hoặc cơ quan thuế

act-ep-link-e-invoices = Tạo hóa đơn điện tử ngay từ phần mềm bán hàng hoặc kế toán
    .step = Hỏi nhà cung cấp hóa đơn điện tử xem họ kết nối được với phần mềm bán hàng, kế toán nào, rồi thử kết nối với một hóa đơn.
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa

## Actions: checking that payments match sales

act-ep-check-alerts-daily = Bật thông báo biến động số dư và xem hằng ngày
    .step = Bật thông báo cho mọi khoản tiền vào trong ứng dụng ngân hàng, và trước khi giao hàng hãy xem thông báo đó, không dựa vào ảnh chụp màn hình của khách.

act-ep-match-daily = Đối soát tiền nhận được với doanh thu mỗi ngày
    .step = Cuối mỗi ngày, đánh dấu từng thông báo biến động số dư với các khoản bán trong ngày ở sổ hoặc bảng tính, và sáng hôm sau hỏi lại ngay khoản nào còn thiếu.

act-ep-auto-matching = Để phần mềm bán hàng tự đối soát tiền nhận được
    .step = Hỏi ngân hàng và nhà cung cấp phần mềm bán hàng xem hai bên có kết nối với nhau không, để mỗi mã QR gắn với một đơn và đơn tự chuyển sang "đã thanh toán".
    .who-vn = Chương trình SMEdx: Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được chứng nhận cho doanh nghiệp nhỏ và vừa
