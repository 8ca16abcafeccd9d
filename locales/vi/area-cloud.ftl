# cloud: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/cloud.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

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
