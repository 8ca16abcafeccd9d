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

q-cl-email = Doanh nghiệp dùng địa chỉ email nào?
    .help = Khách hàng, ngân hàng và sàn thương mại điện tử tin tưởng hơn một địa chỉ mang tên doanh nghiệp, và doanh nghiệp vẫn giữ được thư khi có người nghỉ việc.
    .personal-only = Không có email, hoặc chỉ dùng email cá nhân của tôi
    .shared-personal = Một hộp thư cá nhân mà nhiều người cùng dùng
    .free-business-name = Hộp thư miễn phí mang tên doanh nghiệp (ví dụ tencuahang@gmail.com)
    .own-domain = Email theo tên miền riêng của doanh nghiệp (ví dụ banhang@tencuahang.vn)
    .own-domain-team = Tên miền riêng, mỗi người cần dùng có một tài khoản, và có lịch làm việc dùng chung

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

q-cl-stock = Bạn theo dõi hàng tồn kho (hàng hóa, nguyên vật liệu, vật tư nông nghiệp hoặc nông sản) bằng cách nào?
    .help = Nắm rõ hàng tồn giúp tránh hết hàng, mua thừa và thất thoát. Hàng tồn kho thường giữ nhiều vốn của doanh nghiệp.
    .memory = Nhớ trong đầu, hoặc nhìn kệ hàng và trong kho
    .paper-book = Ghi vào sổ kho bằng giấy
    .spreadsheet = Trên bảng tính
    .stock-app = Bằng ứng dụng quản lý kho, hoặc phần quản lý kho của ứng dụng bán hàng
    .linked-software = Bằng phần mềm kết nối với bán hàng và mua hàng, có cảnh báo sắp hết hàng

q-cl-production = Bạn lập kế hoạch và ghi chép lệnh sản xuất, nguyên vật liệu và kiểm tra chất lượng bằng cách nào?
    .help = Kế hoạch ghi rõ ràng cho biết đơn nào sắp đến hạn, cần mua vật liệu gì và chất lượng hay lỗi ở khâu nào, nhờ đó giao hàng đúng hẹn và giảm hao hụt.
    .not-written = Không ghi lại, chúng tôi nhớ trong đầu
    .paper = Trên giấy hoặc bảng trắng
    .spreadsheet = Trên bảng tính
    .software = Bằng phần mềm quản lý sản xuất
    .linked = Bằng phần mềm sản xuất kết nối với kho, đơn hàng và giá thành

q-cl-shipments = Bạn quản lý các chuyến hàng và xe bằng cách nào?
    .help = Biết mỗi lô hàng và mỗi xe đang ở đâu giúp giảm chạy xe rỗng, bớt cuộc gọi hỏi hàng của khách và xuất hóa đơn sớm hơn.
    .phone-paper = Gọi điện và ghi trên giấy
    .chat-spreadsheet = Qua nhóm Zalo và bảng tính
    .e-waybill = Dùng vận đơn điện tử
    .gps-tracking = Bằng phần mềm theo dõi vận chuyển, xe có gắn GPS
    .shared-tracking = Khách hàng tự theo dõi được lô hàng, và dữ liệu nối với việc lập hóa đơn

q-cl-customer-records = Bạn lưu thông tin khách hàng và lịch sử mua hàng, đặt phòng hoặc dùng dịch vụ của họ bằng cách nào?
    .help = Nắm được khách quen và lịch sử của họ giúp phục vụ tốt hơn, nhắc lịch hẹn và giữ khách quay lại. Chỉ lưu những gì cần và giữ an toàn.
    .none = Chúng tôi không lưu thông tin khách hàng
    .paper = Trong sổ giấy hoặc phiếu đặt chỗ
    .phone-chat = Trong danh bạ điện thoại và tin nhắn Zalo, Messenger
    .spreadsheet = Trên bảng tính hoặc biểu mẫu trực tuyến
    .software = Bằng phần mềm quản lý khách hàng hoặc đặt phòng (CRM, PMS) mà mọi người phục vụ khách đều dùng

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

## Actions: files, email, working together

act-cl-scan-documents = Chụp lại giấy tờ quan trọng và lưu thành tệp
    .step = Dùng chức năng quét trên điện thoại (ví dụ trong Google Drive) để chụp giấy phép, hợp đồng, bảng giá và lưu vào một thư mục.

act-cl-use-online-storage = Lưu tài liệu kinh doanh trên lưu trữ trực tuyến
    .step = Cài Google Drive hoặc OneDrive trên điện thoại hoặc máy tính của doanh nghiệp, tạo thư mục "Kinh doanh" và chuyển bảng giá, hợp đồng, hình ảnh vào đó.

act-cl-business-cloud-account = Lập tài khoản lưu trữ trực tuyến và email doanh nghiệp cho cả nhóm
    .step = Chọn một dịch vụ (ví dụ Google Workspace hoặc Microsoft 365), tạo tài khoản cho bạn và những nhân viên lo đơn hàng hoặc tiền, rồi chuyển tài liệu dùng chung vào đó.
    .who-vn = Đại lý chính thức của Google Workspace hoặc Microsoft 365, hoặc cửa hàng tin học tại địa phương
    .who-la = Đại lý chính thức của Google Workspace hoặc Microsoft 365, hoặc cửa hàng tin học tại địa phương

act-cl-business-mailbox = Tạo một hộp thư riêng mang tên doanh nghiệp
    .step = Tạo một địa chỉ Gmail hoặc Outlook miễn phí có tên doanh nghiệp, và dùng nó cho ngân hàng, nhà cung cấp và tài khoản trên sàn thương mại điện tử.

act-cl-own-domain-email = Dùng email theo tên miền riêng của doanh nghiệp
    .step = Đăng ký tên miền cho doanh nghiệp (ví dụ tencuahang.vn) và kết nối với một dịch vụ email doanh nghiệp.
    .who-vn = Nhà đăng ký tên miền .vn được VNNIC (Trung tâm Internet Việt Nam) công nhận

act-cl-team-chat-group = Lập một nhóm chat công việc cho cả nhóm
    .step = Tạo một nhóm Zalo cho nhân viên và kế toán, và gửi đơn hàng, ghi chú, tài liệu vào đó thay vì ghi trên giấy.

act-cl-shared-folders = Chia sẻ tài liệu qua thư mục trực tuyến thay vì gửi bản sao
    .step = Tạo một thư mục dùng chung trên Google Drive hoặc OneDrive cho đơn hàng, bảng giá và hóa đơn, rồi chia sẻ với nhân viên và kế toán.

act-cl-edit-together = Cùng làm trên một tài liệu, một danh sách trực tuyến
    .step = Chuyển một danh sách hay phải gửi qua lại (đơn hàng, hàng tồn hoặc công việc) thành tệp Google Sheets hoặc Microsoft 365 để mọi người cùng sửa.

## Actions: backups

act-cl-start-backups = Tự động sao lưu dữ liệu kinh doanh
    .step = Trên điện thoại của doanh nghiệp, bật sao lưu tự động (Google hoặc iCloud) và sao lưu tin nhắn Zalo; trên máy tính, để tài liệu kinh doanh trong thư mục Google Drive hoặc OneDrive.

act-cl-test-restore = Thử khôi phục một tệp từ bản sao lưu
    .step = Khôi phục một tệp từ bản sao lưu sang thiết bị khác và kiểm tra xem có mở được không. Ba tháng làm lại một lần.

## Actions: accounts

act-cl-keep-daily-book = Ghi lại mọi khoản thu, chi mỗi ngày
    .step = Bắt đầu dùng một cuốn sổ hoặc một ứng dụng ghi sổ miễn phí trên điện thoại, và mỗi tối ghi lại tiền vào, tiền ra trong ngày.

act-cl-accounts-spreadsheet = Chuyển sổ sách từ sổ giấy sang bảng tính
    .step = Chép sổ của tháng trước vào một bảng tính đơn giản (Excel hoặc Google Sheets) với các cột ngày, nội dung, tiền vào và tiền ra.

act-cl-online-accounting = Chuyển sổ sách sang phần mềm kế toán trực tuyến
    .step = Hỏi kế toán phần mềm trực tuyến nào phù hợp (nhiều phần mềm có sẵn hóa đơn điện tử, ví dụ MISA), rồi dùng thử với số liệu tháng trước.
    .who-vn = Kế toán của bạn hoặc công ty dịch vụ kế toán; Chương trình SMEdx — theo Nghị định 80/2021/NĐ-CP, doanh nghiệp nhỏ và vừa được hỗ trợ 50% chi phí dùng các nền tảng chuyển đổi số được công nhận
    .who-la = Kế toán của bạn hoặc công ty dịch vụ kế toán; Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI)

act-cl-move-accounting-online = Chuyển phần mềm kế toán sang bản trực tuyến
    .step = Hỏi nhà cung cấp phần mềm xem có bản trực tuyến không và có chuyển dữ liệu giúp không; sao lưu dữ liệu hiện tại trước.

## Actions: business software

act-cl-sales-app = Ghi bán hàng bằng ứng dụng bán hàng
    .step = Dùng thử gói miễn phí của một ứng dụng bán hàng (ví dụ KiotViet, Sapo) và nhập 20 mặt hàng bán chạy nhất.

act-cl-invoicing-software = Xuất hóa đơn từ phần mềm trực tuyến
    .step = Hỏi nhà cung cấp hóa đơn điện tử cách kết nối hóa đơn điện tử với phần mềm bán hàng hoặc kế toán, để hóa đơn được lập ngay khi bán.
    .who-vn = Nhà cung cấp hóa đơn điện tử của bạn, hoặc cơ quan thuế quản lý trực tiếp

act-cl-count-stock = Kiểm đếm các mặt hàng chính mỗi tuần
    .step = Chọn 20 mặt hàng quan trọng nhất (hàng hóa, nguyên vật liệu hoặc vật tư nông nghiệp), đếm mỗi tuần và ghi số lượng lại.

act-cl-stock-spreadsheet = Ghi danh sách hàng tồn trên bảng tính
    .step = Lập một bảng gồm mặt hàng, đơn vị, số nhập, số xuất và số còn lại, và cập nhật mỗi lần nhập hoặc xuất hàng.

act-cl-stock-app = Theo dõi hàng tồn bằng ứng dụng quản lý kho hoặc ứng dụng bán hàng
    .step = Bật chức năng quản lý kho trong ứng dụng bán hàng, hoặc dùng thử một ứng dụng quản lý kho, và nhập số lượng các mặt hàng chính.

act-cl-link-stock = Nối hàng tồn với bán hàng và mua hàng, có cảnh báo sắp hết
    .step = Cài đặt để mỗi lần bán và mua hàng đều tự cập nhật tồn kho trong phần mềm, và đặt mức tối thiểu cho 10 mặt hàng dùng nhiều nhất.

act-cl-write-production-orders = Lập phiếu công việc cho mỗi lệnh sản xuất
    .step = Với mỗi đơn hàng, ghi sản phẩm, số lượng, vật liệu, ngày phải xong và người làm vào một phiếu, và giữ các phiếu ở một chỗ.

act-cl-production-spreadsheet = Lập kế hoạch sản xuất trên bảng tính dùng chung
    .step = Lập một bảng các đơn đang làm, có hạn giao, vật liệu cần dùng và kết quả kiểm tra chất lượng, và cập nhật hằng ngày.

act-cl-production-software = Lập kế hoạch và ghi chép sản xuất bằng phần mềm
    .step = Liệt kê những gì bạn cần xem mỗi ngày (đơn đang làm, vật liệu, kiểm tra chất lượng), rồi mời hai nhà cung cấp giới thiệu phần mềm với chính dữ liệu của bạn.
    .who-vn = Sở Công Thương tỉnh và trung tâm khuyến công của tỉnh; Chương trình SMEdx — theo Nghị định 80/2021/NĐ-CP, doanh nghiệp nhỏ và vừa được hỗ trợ 50% chi phí dùng các nền tảng chuyển đổi số được công nhận
    .who-la = Sở Công Thương tỉnh (Lào)

act-cl-link-production = Nối phần mềm sản xuất với kho, đơn hàng và giá thành
    .step = Hỏi nhà cung cấp phần mềm cách nối sản xuất với kho và đơn bán hàng, và bắt đầu với một dòng sản phẩm.
    .who-vn = Sở Công Thương tỉnh và trung tâm khuyến công của tỉnh; Chương trình SMEdx — theo Nghị định 80/2021/NĐ-CP, doanh nghiệp nhỏ và vừa được hỗ trợ 50% chi phí dùng các nền tảng chuyển đổi số được công nhận
    .who-la = Sở Công Thương tỉnh (Lào)

act-cl-shipment-log = Ghi mọi chuyến hàng vào một nhóm chat và một bảng tính
    .step = Lập một nhóm Zalo cho tài xế và một bảng tính dùng chung ghi từng lô hàng: khách hàng, nơi nhận, nơi giao, xe và tình trạng.

act-cl-e-waybills = Dùng vận đơn điện tử cho các chuyến hàng
    .step = Hỏi nhà cung cấp phần mềm vận tải hoặc hóa đơn điện tử cách lập vận đơn điện tử, và dùng thử với một khách hàng quen.

act-cl-shipment-tracking = Theo dõi lô hàng và xe bằng phần mềm có GPS
    .step = Hỏi đơn vị cung cấp thiết bị GPS trên xe xem dữ liệu có đưa được vào phần mềm theo dõi vận chuyển không, và dùng thử trên một tuyến.
    .who-vn = Đơn vị cung cấp thiết bị giám sát hành trình (GPS) lắp trên xe của bạn
    .who-la = Đơn vị cung cấp thiết bị GPS lắp trên xe của bạn

act-cl-share-tracking = Cho khách theo dõi lô hàng và nối với việc lập hóa đơn
    .step = Gửi khách đường dẫn theo dõi cho từng lô hàng, và để lô đã giao xong tự chuyển vào danh sách cần xuất hóa đơn.

act-cl-start-customer-list = Bắt đầu ghi danh sách khách hàng và những gì họ mua
    .step = Từ tuần này, ghi tên, số điện thoại, hàng đã mua hoặc dịch vụ đã đặt, và ngày của từng khách. Cho khách biết vì sao bạn lưu thông tin này.

act-cl-customer-sheet = Lưu thông tin khách hàng trong một bảng tính hoặc biểu mẫu trực tuyến
    .step = Lập một bảng tính dùng chung (ví dụ Google Sheets) gồm tên, liên lạc, lần đến hoặc lần đặt và ghi chú, rồi nhập khách của tháng này.

act-cl-customer-app = Lưu lịch sử khách hàng bằng phần mềm khách hàng hoặc đặt phòng
    .step = Dùng thử một ứng dụng quản lý khách hàng, hoặc phần hồ sơ khách của phần mềm đặt phòng (PMS), và nhập bảng khách hàng hiện có vào.

act-cl-booking-system = Quản lý mọi lượt đặt trên một lịch đặt phòng hoặc PMS
    .step = Dùng thử miễn phí một lịch đặt phòng hoặc phần mềm quản lý khách sạn, homestay (PMS), và nhập các lượt đặt tháng tới từ mọi kênh.

act-cl-farm-records = Ghi nhật ký sản xuất điện tử để truy xuất nguồn gốc
    .step = Ghi mỗi lần gieo trồng, dùng vật tư (phân bón, thuốc, thức ăn) và thu hoạch vào ứng dụng nhật ký nông nghiệp hoặc bảng tính dùng chung, theo từng lô và ngày.
    .who-vn = Hợp tác xã của bạn, hoặc trung tâm khuyến nông của tỉnh
    .who-la = Hợp tác xã hoặc tổ nông dân của bạn
