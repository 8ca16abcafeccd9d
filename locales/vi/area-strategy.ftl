# strategy: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/strategy.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-st-plan = Bạn có kế hoạch sử dụng công cụ số trong kinh doanh không?
    .help = Một kế hoạch đơn giản giúp bạn chi tiền trước cho những việc mang lại kết quả.
    .none = Không
    .ideas = Có vài ý tưởng, chưa viết ra
    .goals = Có mục tiêu chuyển đổi số bằng văn bản
    .plan-budget = Có kế hoạch bằng văn bản, kèm ngân sách và phân công ai làm việc gì
    .reviewed = Có kế hoạch được xem lại hằng năm và đo lường kết quả

q-st-budget = Bạn có dành riêng một khoản tiền cho công cụ số và đào tạo không?
    .help = Ứng dụng, thiết bị và khóa học năm nào cũng tốn một ít tiền. Để dành trước giúp bạn làm theo kế hoạch, thay vì đợi đến khi hỏng hóc mới chi.
    .none = Không
    .when-broken = Chỉ khi có gì hỏng hoặc hết hạn
    .small-yearly = Một khoản nhỏ mỗi năm
    .in-plan = Có ngân sách trong kế hoạch, ghi rõ từng khoản
    .reviewed = Có ngân sách trong kế hoạch, mỗi năm xem lại số tiền đã chi mang lại gì

q-st-who-leads = Ai dẫn dắt việc chuyển đổi số trong doanh nghiệp?
    .help = Việc chuyển đổi số chỉ tiến triển khi có người dành thời gian cho nó. Ở doanh nghiệp nhỏ, người đó thường là chủ, với một khung giờ cố định mỗi tuần.
    .nobody = Không ai cụ thể
    .owner-when-time = Chủ doanh nghiệp, khi có thời gian
    .owner-weekly = Chủ doanh nghiệp, với một khung giờ cố định mỗi tuần
    .named-person = Một người được giao rõ, có thời gian, có ngân sách và được quyền quyết định
    .team = Một nhóm nhỏ với mục tiêu chuyển đổi số rõ ràng

q-st-measure = Bạn kiểm tra công cụ số có mang lại hiệu quả không bằng cách nào?
    .help = Vài con số đơn giản cho thấy cái gì hiệu quả, để giữ lại cái có lợi và bỏ cái không.
    .not-measured = Chúng tôi không kiểm tra
    .feeling = Theo cảm nhận
    .before-after = So sánh doanh thu trước và sau
    .monthly-numbers = Ghi lại vài con số mỗi tháng
    .dashboard = Mục tiêu và số liệu hằng tháng trên một trang hoặc bảng theo dõi, được xem lại đều đặn

q-st-support = Bạn có biết và sử dụng các chương trình hỗ trợ doanh nghiệp nhỏ chuyển đổi số không?
    .help = Cơ quan nhà nước và hiệp hội doanh nghiệp có đào tạo, tư vấn và đôi khi hỗ trợ một phần chi phí. Chương trình SMEdx giới thiệu các nền tảng số, và Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí sử dụng nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa.
    .never-heard = Tôi chưa từng nghe đến
    .heard = Tôi đã nghe nói, nhưng không biết cách tham gia
    .asked = Tôi đã tìm hiểu hoặc hỏi cán bộ, hiệp hội
    .applied = Tôi đã nộp hồ sơ hoặc đã tham gia một chương trình
    .used-results = Tôi đã dùng một chương trình và thấy rõ kết quả

act-st-write-goals = Viết ra ba mục tiêu số cho năm nay
    .step = Dành một giờ viết ra ba mục tiêu kiểm tra được, ví dụ "nhận thanh toán bằng mã VietQR tại quầy trước tháng 6"; kế hoạch DigiReady này có thể gợi ý.

act-st-make-plan = Biến mục tiêu thành kế hoạch một trang, có chi phí và người phụ trách
    .step = Dưới mỗi mục tiêu, ghi các bước, ai làm, hạn khi nào và tốn bao nhiêu tiền.

act-st-review-plan = Mỗi năm xem lại kế hoạch và ngân sách so với kết quả
    .step = Ghi ngày xem lại hằng năm vào lịch, và khi đó làm lại lần đánh giá DigiReady này để thấy mình tiến bộ đến đâu.

act-st-set-budget = Dành riêng một khoản nhỏ mỗi năm cho công cụ số và đào tạo
    .step = Quyết định một số tiền vừa sức mỗi năm, dù nhỏ, và ghi riêng thành khoản "công cụ số và đào tạo" trong sổ sách.

act-st-budget-in-plan = Ghi vào kế hoạch ngân sách số sẽ dùng để mua gì
    .step = Cạnh mỗi mục tiêu, ghi chi phí trong năm nay (ứng dụng, thiết bị, đào tạo), và kiểm tra tổng cộng có vừa ngân sách không.

act-st-weekly-time = Dành một giờ cố định mỗi tuần cho việc chuyển đổi số
    .step = Chọn một giờ mỗi tuần, ví dụ sáng thứ Hai, để làm bước tiếp theo trong kế hoạch chuyển đổi số.

act-st-name-lead = Giao một người phụ trách chuyển đổi số, có thời gian để làm
    .step = Chọn người phụ trách (bạn, người nhà hoặc một nhân viên), ghi rõ việc cần làm, số giờ mỗi tuần và số tiền được phép chi.

act-st-digital-team = Lập một nhóm nhỏ cùng theo đuổi các mục tiêu số
    .step = Mời hai, ba người (nhân viên hoặc người nhà) họp ngắn mỗi tháng về các mục tiêu số, và giao mỗi người theo dõi một mục tiêu.

act-st-compare-sales = So sánh doanh thu trước và sau khi dùng mỗi công cụ số mới
    .step = Ghi lại doanh thu của tháng trước khi bắt đầu dùng một công cụ (ví dụ nhận VietQR hoặc mở gian hàng trên Shopee) và của từng tháng sau đó.

act-st-track-numbers = Ghi lại vài con số quan trọng mỗi tháng
    .step = Chọn ba con số, ví dụ doanh thu, phần trăm tiền nhận qua chuyển khoản hoặc mã QR, và số đơn hàng trực tuyến, rồi ghi vào sổ hoặc bảng tính vào cuối mỗi tháng.

act-st-dashboard = Đưa mục tiêu và số liệu hằng tháng lên một trang và xem lại
    .step = Làm một trang bảng tính đặt mỗi mục tiêu cạnh số liệu hằng tháng của nó, và cùng nhân viên xem lại mỗi tháng.

act-st-find-support = Tìm hiểu chương trình hỗ trợ nào phù hợp với doanh nghiệp bạn
    .step = Gọi điện hoặc đến cơ quan dưới đây, hoặc hiệp hội doanh nghiệp của bạn, hỏi doanh nghiệp như bạn được đào tạo, tư vấn hay hỗ trợ chi phí gì.
    .who-vn = Sở Công Thương tỉnh; chương trình SMEdx — Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa
    .who-la = Sở Công nghiệp và Thương mại cấp tỉnh của Lào; Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI)

act-st-apply-support = Nộp hồ sơ vào một chương trình hợp với mục tiêu số tiếp theo
    .step = Chọn chương trình khớp với một mục tiêu bạn đã viết ra, xin mẫu đơn và danh sách giấy tờ cần có, rồi nộp hồ sơ.
    .who-vn = Sở Công Thương tỉnh; chương trình SMEdx — Nghị định 80/2021/NĐ-CP hỗ trợ 50% chi phí nền tảng chuyển đổi số được công nhận cho doanh nghiệp nhỏ và vừa
    .who-la = Sở Công nghiệp và Thương mại cấp tỉnh của Lào; Phòng Thương mại và Công nghiệp Quốc gia Lào (LNCCI)

act-st-follow-through = Tham gia trọn chương trình và đo xem nó thay đổi được gì
    .step = Ghi lại các con số quan trọng ngay bây giờ, dùng hết mọi phần hỗ trợ được cung cấp, và so sánh lại các con số sau ba tháng.
