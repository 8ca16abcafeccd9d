# skills: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/skills.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-sk-who-can = Ai trong doanh nghiệp làm được các việc trên mạng như bán hàng trực tuyến, dùng ứng dụng ngân hàng hoặc phần mềm quản lý?
    .help = Công cụ chỉ có ích khi mọi người biết dùng. Kỹ năng có thể học dần từng bước.
    .no-one = Chưa có ai
    .with-help = Chỉ làm được khi có người nhà hoặc bạn bè giúp
    .owner = Chủ doanh nghiệp
    .owner-and-some = Chủ doanh nghiệp và một số nhân viên
    .most-trained = Phần lớn nhân viên, và nhân viên mới đều được đào tạo

q-sk-learning = Bạn và nhân viên học cách dùng một công cụ số hoặc ứng dụng mới bằng cách nào?
    .help = Ứng dụng và tính năng mới ra liên tục. Doanh nghiệp chịu khó học thêm một chút thường xuyên sẽ tận dụng được nhiều hơn các công cụ đang có.
    .dont = Không học; chúng tôi vẫn làm theo cách quen thuộc
    .ask-family = Nhờ người nhà hoặc bạn bè chỉ cho
    .online-videos = Tự học qua video trên mạng hoặc phần hướng dẫn của ứng dụng
    .course = Đã tham gia một khóa học hoặc chương trình đào tạo
    .yearly-plan = Có kế hoạch: mỗi năm ai cũng học thêm một điều mới

q-sk-online-marketing = Ai có thể làm ảnh, bài đăng và quảng cáo tốt cho doanh nghiệp?
    .help = Ảnh rõ đẹp và bài đăng đều đặn đưa khách đến trang hoặc cửa hàng của bạn. Cách làm bài đăng và quảng cáo dễ học và tốn ít tiền.
    .no-one = Không ai; chúng tôi không đăng gì về doanh nghiệp
    .family-friends = Thỉnh thoảng người nhà hoặc bạn bè đăng giúp
    .phone-now-and-then = Tôi hoặc một nhân viên thỉnh thoảng đăng ảnh chụp bằng điện thoại
    .regular-posts = Có người trong doanh nghiệp đăng bài đều đặn với ảnh đẹp hoặc video ngắn, và biết chạy quảng cáo trả tiền
    .planned-and-measured = Người được đào tạo hoặc một công ty dịch vụ lên kế hoạch bài đăng, quảng cáo và theo dõi xem cái nào mang lại khách

q-sk-using-numbers = Bạn có xem số liệu doanh thu và chi phí khi ra quyết định không?
    .help = Số liệu cho thấy sản phẩm, khách hàng và kênh bán nào mang lại tiền. Quyết định dựa trên số liệu an toàn hơn đoán.
    .never = Không bao giờ
    .in-head = Thỉnh thoảng, nhẩm trong đầu
    .monthly-book = Hằng tháng, xem sổ bán hàng hoặc sổ ghi chép
    .monthly-spreadsheet = Hằng tháng, xem bảng tính hoặc báo cáo trên ứng dụng
    .weekly-dashboard = Hằng tuần, xem bảng tổng hợp doanh thu theo sản phẩm và kênh bán

q-sk-getting-help = Khi điện thoại, máy tính hoặc ứng dụng gặp sự cố, bạn nhờ ai giúp?
    .help = Một sự cố không ai sửa được có thể làm ngừng bán hàng và thanh toán nhiều ngày. Biết gọi ai giúp bạn tiết kiệm thời gian và tiền bạc.
    .nobody = Không ai; chúng tôi chờ hoặc bỏ qua
    .family-friends = Người nhà hoặc bạn bè
    .device-shop = Cửa hàng đã bán điện thoại hoặc máy tính cho chúng tôi
    .it-provider = Một thợ hoặc công ty tin học quen, hoặc tổng đài hỗ trợ của phần mềm chúng tôi dùng
    .contract-and-trained = Có hợp đồng hỗ trợ, và có người trong doanh nghiệp (có thể là tôi) được đào tạo để tự xử lý các sự cố thường gặp

act-sk-basic-training = Tham gia một khóa học kỹ năng số ngắn cho chủ và nhân viên
    .step = Hỏi lịch khóa học miễn phí gần nhất dành cho doanh nghiệp về bán hàng trực tuyến, thanh toán hoặc ứng dụng sổ sách, và đăng ký tham gia.
    .who-vn = Tổ công nghệ số cộng đồng ở thôn hoặc tổ dân phố của bạn; Sở Công Thương tỉnh và các hiệp hội doanh nghiệp địa phương có tổ chức các khóa học
    .who-la = Sở Công Thương tỉnh (ở Lào), hoặc Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI)

act-sk-train-staff = Dạy một nhân viên hoặc người nhà phụ việc làm các việc chính trên mạng
    .step = Chọn một người và một việc, ví dụ kiểm tra tiền về trên ứng dụng ngân hàng; làm mẫu một lần, rồi để họ tự làm trong một tuần khi bạn ở bên xem.

act-sk-onboarding = Hướng dẫn nhân viên mới dùng các công cụ số ngay trong tuần đầu
    .step = Viết một trang liệt kê các ứng dụng mỗi vị trí cần dùng và cách làm các việc chính, rồi dùng trang đó để hướng dẫn người mới tiếp theo.

act-sk-learn-online = Học một việc mới trên mạng qua video miễn phí
    .step = Chọn một việc bạn muốn làm tốt hơn, ví dụ đăng sản phẩm hoặc dùng ứng dụng ngân hàng, và xem một video hướng dẫn ngắn về việc đó trong tuần này.
    .who-vn = Tổ công nghệ số cộng đồng ở thôn hoặc tổ dân phố của bạn

act-sk-learning-plan = Lên kế hoạch để mỗi người học một kỹ năng số mới mỗi năm
    .step = Trong buổi họp tới, đề nghị mỗi người chọn một kỹ năng muốn học trong năm nay, và ghi lại kèm tháng dự kiến.

act-sk-product-photos = Học chụp ảnh sản phẩm rõ đẹp bằng điện thoại và đăng lên
    .step = Chụp năm sản phẩm bán chạy nhất dưới ánh sáng ban ngày, trên nền trơn, và mỗi tuần đăng một ảnh lên trang của bạn.

act-sk-regular-posts = Đăng bài đều đặn và học chạy quảng cáo nhỏ
    .step = Lên lịch hai bài đăng mỗi tuần trong tháng tới (một ảnh và một video ngắn), và thử chạy quảng cáo cho một bài với ngân sách nhỏ.

act-sk-measure-marketing = Lên kế hoạch bài đăng, quảng cáo và xem cái nào mang lại khách
    .step = Trong một tháng, hỏi mỗi khách mới xem họ biết đến bạn qua đâu, rồi so với số liệu thống kê của trang.

act-sk-monthly-totals = Cộng doanh thu và chi phí mỗi tháng một lần
    .step = Cuối tháng này, cộng doanh thu và các khoản chi chính từ sổ ghi chép hoặc ứng dụng ngân hàng, rồi so với tháng trước.

act-sk-spreadsheet = Ghi doanh thu và chi phí vào bảng tính hoặc ứng dụng sổ sách
    .step = Chép doanh thu và chi phí tháng trước, theo từng sản phẩm, vào một bảng tính đơn giản (Excel hoặc Google Sheets) hoặc một ứng dụng ghi sổ.

act-sk-weekly-dashboard = Xem doanh thu theo sản phẩm và kênh bán mỗi tuần
    .step = Lập một bảng tính hoặc báo cáo trên ứng dụng cho thấy doanh thu từng tuần theo sản phẩm và theo kênh (tại cửa hàng, trên mạng, qua điện thoại), và xem nó vào mỗi thứ Hai.

act-sk-find-helper = Tìm một cửa hàng hoặc thợ có thể gọi khi cần giúp
    .step = Hỏi các chủ cửa hàng gần đó xem họ tin cửa hàng điện thoại hoặc máy tính nào, rồi lưu số điện thoại vào máy.
    .who-vn = Tổ công nghệ số cộng đồng ở thôn hoặc tổ dân phố của bạn

act-sk-regular-support = Có người hỗ trợ tin học quen, và biết số hỗ trợ của từng ứng dụng
    .step = Ghi lại số tổng đài hoặc kênh chat hỗ trợ của ngân hàng và từng ứng dụng bạn dùng, và thỏa thuận với một thợ tin học cách liên hệ và giá cả.

act-sk-support-contract = Ký hợp đồng hỗ trợ, và đào tạo một người làm đầu mối xử lý sự cố
    .step = Chọn một người trong doanh nghiệp lo các sự cố số thường gặp, và hỏi thợ tin học hoặc công ty phần mềm giá hỗ trợ trọn năm.
