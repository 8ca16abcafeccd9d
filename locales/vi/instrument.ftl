# The questionnaire. One message per question: the question, `.help` (why it matters),
# and one attribute per answer option, named by the option id in assets/instrument/.

## E-commerce

q-ec-online-presence = Khách hàng có thể tìm thấy doanh nghiệp của bạn ở đâu trên mạng?
    .help = Phần lớn khách hàng xem trên điện thoại trước khi mua hoặc ghé cửa hàng. Dễ được tìm thấy sẽ mang lại khách mới mà gần như không tốn chi phí.
    .none = Chưa có ở đâu trên mạng
    .listing = Chỉ có thông tin địa điểm, ví dụ trên Google Maps
    .social-page = Một trang trên Facebook, Zalo, TikTok hoặc tương tự
    .several-channels = Một trang như trên, thêm gian hàng trên sàn thương mại điện tử hoặc một website đơn giản
    .full-catalogue = Website hoặc cửa hàng trực tuyến có đủ sản phẩm, dịch vụ kèm giá, luôn được cập nhật

q-ec-online-orders = Khách hàng đặt hàng trực tuyến với bạn bằng cách nào?
    .help = Nhận đơn trực tuyến giúp bạn bán được cả ngoài giờ mở cửa và ra ngoài khu vực của mình.
    .none = Chúng tôi không nhận đơn trực tuyến
    .occasional = Thỉnh thoảng, vài đơn mỗi tháng qua tin nhắn
    .chat = Thường xuyên, qua tin nhắn hoặc gọi điện sau khi khách thấy chúng tôi trên mạng
    .platform = Qua sàn thương mại điện tử hoặc website đặt chỗ
    .own-shop = Qua cửa hàng trực tuyến hoặc hệ thống đặt chỗ của riêng chúng tôi, và cả qua tin nhắn

q-ec-online-sales-share = Trong 12 tháng qua, khoảng bao nhiêu phần trăm doanh thu đến từ đơn hàng trực tuyến?
    .help = Con số này cho thấy việc kinh doanh của bạn đã dựa vào bán hàng trực tuyến đến mức nào. Ước tính là được.
    .unit = % doanh thu

q-ec-channels = Bạn bán hàng trực tuyến ở đâu? Chọn tất cả các mục phù hợp.
    .help = Mỗi kênh tiếp cận những khách hàng khác nhau. Sàn thương mại điện tử mang lại người mua; kênh riêng của bạn giữ chân họ.
    .none = Chúng tôi không bán hàng trực tuyến
    .social = Mạng xã hội (Facebook, Zalo, TikTok)
    .marketplace = Sàn thương mại điện tử (ví dụ Shopee, Lazada, TikTok Shop, Postmart)
    .own-website = Website riêng của chúng tôi
    .travel-sites = Website đặt phòng và du lịch (ví dụ Booking.com, Agoda, Traveloka)
    .farm-platforms = Nền tảng bán nông sản (ví dụ Postmart, Voso, nền tảng của Bộ Công Thương)
    .cross-border = Bán cho người mua ở nước ngoài

q-ec-delivery = Đơn hàng đến tay khách bằng cách nào?
    .help = Giao hàng đáng tin cậy, có mã theo dõi, tạo được niềm tin và giảm chi phí do đơn bị thất lạc hoặc hoàn trả.
    .pickup-only = Khách chỉ đến lấy trực tiếp
    .own-trips = Chúng tôi tự giao, sắp xếp từng chuyến qua điện thoại
    .courier-cod = Qua đơn vị vận chuyển, chủ yếu thu tiền khi giao hàng (COD)
    .courier-tracked = Qua đơn vị vận chuyển, và chúng tôi gửi mã vận đơn cho khách để theo dõi
    .integrated = Đặt giao hàng ngay từ hệ thống bán hàng; khách tự theo dõi đơn, và tiền thu hộ (COD) được đối soát tự động

## E-payments

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

## Cloud services

q-cl-files = Bạn lưu các tài liệu kinh doanh như bảng giá, hợp đồng, hình ảnh ở đâu?
    .help = Tài liệu chỉ lưu ở một nơi sẽ mất khi điện thoại hỏng hoặc bị mất cắp. Lưu trữ trực tuyến giúp giữ tài liệu an toàn và dễ chia sẻ.
    .paper = Chỉ trên giấy
    .one-device = Chỉ trên một điện thoại hoặc một máy tính
    .copied = Trên các thiết bị của chúng tôi, thỉnh thoảng chép sang USB hoặc thiết bị khác
    .personal-cloud = Trên lưu trữ trực tuyến (ví dụ Google Drive, OneDrive) bằng tài khoản cá nhân
    .business-cloud = Trên lưu trữ trực tuyến bằng tài khoản doanh nghiệp, dùng chung cho cả nhóm

q-cl-accounting = Bạn ghi sổ sách kế toán bằng cách nào?
    .help = Sổ sách cập nhật cho biết bạn có lãi hay không, và cần cho việc khai thuế và vay vốn.
    .none = Chúng tôi không ghi sổ, hoặc chỉ nhớ trong đầu
    .paper-book = Ghi vào sổ giấy
    .spreadsheet = Trên bảng tính như Excel
    .installed-software = Bằng phần mềm kế toán cài trên một máy tính
    .online-software = Bằng phần mềm kế toán trực tuyến, mở được ở bất cứ đâu

q-cl-business-apps = Bạn dùng phần mềm trực tuyến nào để quản lý kinh doanh? Chọn tất cả các mục phù hợp.
    .help = Phần mềm trực tuyến giúp không phải nhập một nội dung hai lần và xem nhanh tình hình kinh doanh trên mọi thiết bị.
    .none = Không dùng
    .sales-pos = Ứng dụng bán hàng hoặc máy tính tiền (POS)
    .stock = Quản lý hàng tồn kho hoặc kho bãi
    .customers = Danh sách khách hàng hoặc ứng dụng khách hàng thân thiết
    .invoicing = Phần mềm lập hóa đơn hoặc hóa đơn điện tử
    .bookings = Hệ thống đặt phòng hoặc đặt chỗ
    .shipments = Phần mềm theo dõi vận chuyển hoặc vận đơn điện tử
    .production = Phần mềm lập kế hoạch sản xuất
    .farm-records = Phần mềm nhật ký sản xuất nông nghiệp hoặc truy xuất nguồn gốc

q-cl-backup = Bạn sao lưu dữ liệu kinh doanh quan trọng bằng cách nào?
    .help = Bản sao lưu là cách duy nhất để lấy lại dữ liệu khi thiết bị hỏng, nhiễm virus hoặc lỡ tay làm sai.
    .none = Chúng tôi không sao lưu
    .sometimes = Thỉnh thoảng, khi nhớ ra
    .monthly-copy = Chép sang thiết bị khác ít nhất mỗi tháng một lần
    .automatic = Tự động sao lưu trực tuyến
    .automatic-tested = Tự động sao lưu, và đã thử khôi phục lại

q-cl-sharing = Bạn chia sẻ tài liệu và làm việc với nhân viên, kế toán hoặc đối tác bằng cách nào?
    .help = Chia sẻ trực tuyến giúp mọi người luôn làm trên bản mới nhất, ở bất cứ đâu.
    .in-person = Trên giấy hoặc gặp trực tiếp
    .chat-photos = Gửi ảnh và tệp qua ứng dụng nhắn tin (Zalo, WhatsApp, Messenger)
    .email = Gửi tệp đính kèm qua email
    .shared-folders = Trong thư mục trực tuyến dùng chung
    .shared-documents = Cùng nhau sửa chung tài liệu và danh sách công việc trực tuyến

## Internet and devices

q-cn-internet = Doanh nghiệp dùng loại kết nối Internet nào?
    .help = Khi mất Internet thì bán hàng trực tuyến, thanh toán và phần mềm đều ngừng.
    .none = Không có
    .personal-mobile = Chỉ dùng dữ liệu di động (3G/4G) trên điện thoại cá nhân
    .business-mobile = Gói dữ liệu di động hoặc bộ phát Wi-Fi di động dành cho doanh nghiệp
    .fixed = Internet cáp quang tại nơi làm việc
    .fixed-and-backup = Internet cáp quang, có dữ liệu di động dự phòng khi mất mạng

## Digital skills

q-sk-who-can = Ai trong doanh nghiệp làm được các việc trên mạng như bán hàng trực tuyến, dùng ứng dụng ngân hàng hoặc phần mềm quản lý?
    .help = Công cụ chỉ có ích khi mọi người biết dùng. Kỹ năng có thể học dần từng bước.
    .no-one = Chưa có ai
    .with-help = Chỉ làm được khi có người nhà hoặc bạn bè giúp
    .owner = Chủ doanh nghiệp
    .owner-and-some = Chủ doanh nghiệp và một số nhân viên
    .most-trained = Phần lớn nhân viên, và nhân viên mới đều được đào tạo

## Security and data protection

q-se-passwords = Bạn bảo vệ tài khoản ngân hàng, email và gian hàng của mình như thế nào?
    .help = Phần lớn các vụ bị xâm nhập bắt đầu từ mật khẩu yếu hoặc dùng lại. Xác minh hai bước chặn được phần lớn các vụ đó.
    .shared = Một mật khẩu đơn giản dùng cho mọi nơi, hoặc dùng chung với người khác
    .some-different = Một số tài khoản có mật khẩu khác nhau
    .all-different = Mỗi tài khoản quan trọng có một mật khẩu mạnh riêng
    .two-step-key = Mật khẩu riêng cho từng tài khoản, và bật xác minh hai bước cho ngân hàng và email
    .managed = Dùng ứng dụng quản lý mật khẩu, bật xác minh hai bước ở mọi nơi, và thu hồi quyền truy cập khi có người nghỉ việc

q-se-personal-data = Bạn có quy định ai được xem dữ liệu cá nhân của khách hàng (tên, số điện thoại, địa chỉ) và lưu giữ trong bao lâu không?
    .help = Pháp luật yêu cầu bảo vệ dữ liệu cá nhân của khách hàng (tại Việt Nam là Nghị định 13/2023/NĐ-CP). Quy định rõ ràng giúp tránh lộ lọt dữ liệu và bị phạt.

## Digital plan and leadership

q-st-plan = Bạn có kế hoạch sử dụng công cụ số trong kinh doanh không?
    .help = Một kế hoạch đơn giản giúp bạn chi tiền trước cho những việc mang lại kết quả.
    .none = Không
    .ideas = Có vài ý tưởng, chưa viết ra
    .goals = Có mục tiêu chuyển đổi số bằng văn bản
    .plan-budget = Có kế hoạch bằng văn bản, kèm ngân sách và phân công ai làm việc gì
    .reviewed = Có kế hoạch được xem lại hằng năm và đo lường kết quả
