# connectivity: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/connectivity.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-cn-internet = Doanh nghiệp dùng loại kết nối Internet nào?
    .help = Khi mất Internet thì bán hàng trực tuyến, thanh toán và phần mềm đều ngừng.
    .none = Không có
    .personal-mobile = Chỉ dùng dữ liệu di động (3G/4G) trên điện thoại cá nhân
    .business-mobile = Gói dữ liệu di động hoặc bộ phát Wi-Fi di động dành cho doanh nghiệp
    .fixed = Internet cáp quang tại nơi làm việc
    .fixed-and-backup = Internet cáp quang, có dữ liệu di động dự phòng khi mất mạng

q-cn-devices = Doanh nghiệp dùng điện thoại và máy tính nào cho công việc?
    .help = Một thiết bị dành riêng cho doanh nghiệp giữ ứng dụng, các khoản thanh toán và tin nhắn với khách ở một chỗ, tách khỏi việc dùng trong gia đình.
    .none = Không có thiết bị riêng; khi cần thì mượn điện thoại của người nhà
    .personal-phone = Điện thoại cá nhân của chủ doanh nghiệp
    .business-phone = Một điện thoại thông minh dành riêng cho doanh nghiệp
    .phone-and-computer = Một điện thoại thông minh và một máy tính dành cho doanh nghiệp
    .device-per-person = Nhiều thiết bị: ai cần cho công việc đều có một thiết bị

q-cn-device-care = Điện thoại và máy tính dùng cho doanh nghiệp được cập nhật và bảo quản thế nào?
    .help = Các bản cập nhật vá lỗ hổng bảo mật và giúp ứng dụng ngân hàng, bán hàng chạy ổn định. Điện thoại cũ, không khóa màn hình dễ bị kẻ gian và lừa đảo lợi dụng.
    .never = Chúng tôi không bao giờ cài bản cập nhật
    .when-broken = Chỉ khi có cái gì đó không chạy nữa
    .updates-when-asked = Chúng tôi cài bản cập nhật khi điện thoại hoặc máy tính nhắc
    .auto-updates-locks = Cập nhật tự động, và mọi thiết bị đều có khóa màn hình
    .managed = Có danh sách thiết bị, kiểm tra thường xuyên và thay mới theo kế hoạch

q-cn-power = Khi mất điện, công việc của bạn ra sao?
    .help = Mất điện làm bộ phát Wi-Fi, máy tính ngừng chạy và không sạc được điện thoại. Chỉ cần một chút điện dự phòng là bạn vẫn nhận được đơn và tiền.
    .everything-stops = Mọi việc dừng lại cho đến khi có điện
    .power-bank = Dùng sạc dự phòng để điện thoại vẫn chạy
    .power-bank-data = Điện thoại dùng sạc dự phòng, và chúng tôi chuyển sang dữ liệu di động (4G)
    .ups = Có bộ lưu điện (UPS) giữ cho bộ phát Wi-Fi và máy tính chạy thêm một lúc
    .ups-and-generator = Có bộ lưu điện, thêm máy phát điện hoặc điện mặt trời có pin lưu trữ; công việc vẫn tiếp tục

q-cn-field-connectivity = Khi bạn hoặc nhân viên làm việc bên ngoài (lái xe, ngoài đồng, ở chợ, tại chỗ khách hàng), mọi người giữ liên lạc bằng cách nào?
    .help = Công việc làm bên ngoài dễ bị quên hoặc báo chậm. Điện thoại có 4G giúp xác nhận giao hàng, nhận đơn và nhận tiền ngay tại chỗ.
    .no-contact = Không liên lạc bằng điện thoại khi ở ngoài; về mới báo lại công việc
    .personal-phones = Dùng điện thoại cá nhân, mỗi người tự trả tiền 4G
    .data-paid = Dùng điện thoại cá nhân, doanh nghiệp trả tiền 4G
    .business-phones = Dùng điện thoại của doanh nghiệp, có gói dữ liệu di động
    .field-apps = Điện thoại của doanh nghiệp có ứng dụng để ghi đơn hàng, giao hàng hoặc thu tiền ngay tại chỗ

act-cn-reliable-internet = Lắp kết nối Internet ổn định cho doanh nghiệp
    .step = Hỏi hai nhà mạng giá gói dữ liệu di động hằng tháng hoặc đường cáp quang tại nơi làm việc, và đăng ký một gói ngay trong tháng này.
    .who-vn = Các nhà mạng như Viettel, VNPT, FPT Telecom hoặc MobiFone
    .who-la = Các nhà mạng ở Lào như Lao Telecom (LTC), Unitel hoặc ETL

act-cn-fixed-broadband = Lắp Internet cáp quang tại nơi làm việc
    .step = Hỏi các nhà mạng gần bạn xem cáp quang có kéo được đến địa chỉ của bạn không và giá hằng tháng bao nhiêu; so sánh hai báo giá.
    .who-vn = Các nhà mạng như Viettel, VNPT hoặc FPT Telecom
    .who-la = Các nhà mạng ở Lào như Lao Telecom (LTC), Unitel hoặc ETL

act-cn-backup-connection = Luôn có sẵn dữ liệu di động để dự phòng khi mất mạng
    .step = Đăng ký gói 4G cho một điện thoại của doanh nghiệp và thử phát Wi-Fi từ điện thoại đó (hotspot) cho máy tính hoặc điện thoại khác.
    .who-vn = Nhà mạng di động của bạn (Viettel, VinaPhone hoặc MobiFone)
    .who-la = Nhà mạng di động ở Lào (Lao Telecom, Unitel hoặc ETL)

act-cn-business-device = Dành riêng một điện thoại hoặc máy tính cho doanh nghiệp và luôn cập nhật
    .step = Chọn một điện thoại (máy cũ còn tốt cũng được) cho ứng dụng ngân hàng, thanh toán và Zalo với khách; đặt khóa màn hình và bật cập nhật tự động.

act-cn-add-computer = Thêm một máy tính để làm hóa đơn, sổ sách và bảng tính
    .step = Ghi ra những việc làm trên điện thoại chậm hoặc khó (hóa đơn, bảng tính, in ấn), rồi hỏi cửa hàng máy tính xem một máy tính xách tay cũ còn tốt có làm được không.

act-cn-device-per-person = Trang bị thiết bị làm việc cho từng người cần dùng
    .step = Ghi ra những ai vẫn làm việc trên máy dùng chung hoặc điện thoại riêng của mình, và quyết định ai được cấp thiết bị của doanh nghiệp trước.

act-cn-install-updates = Cài các bản cập nhật đang chờ trên mọi thiết bị của doanh nghiệp
    .step = Trong tuần này, mở Cài đặt trên từng điện thoại và máy tính dùng cho doanh nghiệp, cài tất cả bản cập nhật đang chờ, bắt đầu từ ứng dụng ngân hàng.

act-cn-auto-updates = Bật cập nhật tự động và khóa màn hình trên mọi thiết bị
    .step = Trên từng điện thoại và máy tính, bật cập nhật tự động cho hệ điều hành và ứng dụng, và đặt mã PIN hoặc vân tay để mở khóa.

act-cn-device-list = Lập danh sách thiết bị và kế hoạch thay mới
    .step = Ghi lại từng thiết bị, ai dùng, mua khi nào và còn nhận bản cập nhật không; lên kế hoạch thay những máy đã hết được cập nhật.

act-cn-power-bank = Luôn có một cục sạc dự phòng đầy pin cho điện thoại của doanh nghiệp
    .step = Mua một cục sạc dự phòng sạc đầy điện thoại được ít nhất một lần, và cắm sạc nó mỗi tối.

act-cn-ups = Dùng bộ lưu điện (UPS) cho bộ phát Wi-Fi và máy tính
    .step = Hỏi cửa hàng máy tính một bộ lưu điện nhỏ đủ giữ bộ phát Wi-Fi và máy tính chạy đến khi bạn làm xong và lưu công việc.

act-cn-backup-power = Chuẩn bị nguồn điện dự phòng để làm việc được khi mất điện lâu
    .step = Ghi lại các lần mất điện gần đây kéo dài bao lâu, rồi hỏi nhà cung cấp giá máy phát điện hoặc điện mặt trời có pin lưu trữ đủ chạy các thiết bị chính trong thời gian đó.

act-cn-field-chat-group = Thống nhất cách giữ liên lạc khi làm việc bên ngoài
    .step = Lập một nhóm Zalo cho cả đội và đề nghị mọi người làm việc bên ngoài nhắn một tin ngắn khi giao xong hàng hoặc xong việc.

act-cn-pay-field-data = Trả tiền 4G cho người làm việc bên ngoài
    .step = Chọn một gói dữ liệu di động hằng tháng cho từng người làm việc bên ngoài, và doanh nghiệp trả tiền gói đó.
    .who-vn = Nhà mạng di động của bạn (Viettel, VinaPhone hoặc MobiFone)
    .who-la = Nhà mạng di động ở Lào (Lao Telecom, Unitel hoặc ETL)

act-cn-field-business-phones = Cấp điện thoại của doanh nghiệp cho người làm việc bên ngoài
    .step = Chọn người hay làm việc bên ngoài nhất, cấp cho người đó một điện thoại của doanh nghiệp có gói 4G, Zalo của doanh nghiệp và ứng dụng ngân hàng.

act-cn-field-apps = Ghi lại công việc bên ngoài bằng ứng dụng, ngay tại chỗ
    .step = Chọn một việc, ví dụ xác nhận giao hàng hoặc nhận đơn, và trong hai tuần ghi việc đó vào một ứng dụng hoặc biểu mẫu trực tuyến dùng chung thay cho giấy.
