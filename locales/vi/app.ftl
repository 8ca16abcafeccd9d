# The desktop app's screens. Terms follow locales/GLOSSARY.md.

app-name = DigiReady
app-tagline = Doanh nghiệp của bạn đã sẵn sàng cho kinh doanh số đến đâu? Trả lời vài câu hỏi, xem bạn đứng ở đâu so với các doanh nghiệp giống bạn và nhận một kế hoạch.

## Start and home
app-home = Trang chủ
app-home-assess = Đánh giá doanh nghiệp của tôi
    .description = Thêm doanh nghiệp vào danh sách, trả lời các câu hỏi, xem kết quả và kế hoạch.
app-home-enterprises = Doanh nghiệp
    .description = Tất cả doanh nghiệp trên máy tính này, lần đánh giá gần nhất và mức của từng doanh nghiệp.
app-home-agency = Gửi cơ quan · Dữ liệu cơ quan
    .description = Gói dữ liệu so sánh từ các cơ quan cấp tỉnh và các số liệu trong đó.
app-home-settings = Cài đặt
    .description = Ngôn ngữ, cỡ chữ, sao lưu và phiên bản.
app-back = Quay lại
app-next = Tiếp
app-save = Lưu
app-cancel = Hủy
app-retry = Thử lại
app-error-screen = Không mở được màn hình này ({ $reason }). Những gì bạn đã lưu không bị mất.
app-close = Đóng
app-loading = Đang tải…
app-saved = Đã lưu
app-saving = Đang lưu…
app-not-saved = Chưa lưu được: { $reason }

## Enterprise register
app-enterprises-title = Doanh nghiệp
app-enterprises-search = Tìm theo tên, tỉnh hoặc quận/huyện
app-enterprises-add = Thêm doanh nghiệp
app-enterprises-empty = Chưa có doanh nghiệp nào. Hãy thêm doanh nghiệp đầu tiên.
app-enterprises-none-found = Không có doanh nghiệp nào khớp với “{ $search }”.
app-enterprises-col-name = Tên
app-enterprises-col-sector = Ngành
app-enterprises-col-place = Tỉnh
app-enterprises-col-last = Lần đánh giá gần nhất
app-enterprises-never = Chưa đánh giá lần nào
app-enterprises-last = { $date }: mức { $level } ({ $level-name })
app-enterprises-last-draft = { $date }: đang làm ({ $answered } câu trả lời)
app-enterprise-new = Doanh nghiệp mới
app-enterprise-edit = Sửa thông tin doanh nghiệp
app-enterprise-name = Tên doanh nghiệp
app-enterprise-sector = Ngành
app-enterprise-country = Quốc gia
app-enterprise-province = Tỉnh/thành phố
app-enterprise-district = Quận/huyện, xã/phường (không bắt buộc)
app-enterprise-size = Quy mô
app-enterprise-size-help = Không chắc? Hãy nhập những gì bạn biết ở bên dưới, DigiReady sẽ gợi ý quy mô theo quy định của Nhà nước.
app-enterprise-staff = Số nhân viên
app-enterprise-revenue = Doanh thu năm trước ({ $currency })
app-enterprise-capital = Vốn hoặc tài sản ({ $currency })
app-enterprise-size-suggested = Theo quy định của Nhà nước, đây là doanh nghiệp quy mô { $size }.
app-enterprise-size-unknown = Các số liệu này chưa đủ để xác định; hãy tự chọn quy mô.
app-enterprise-contact = Người liên hệ (dữ liệu cá nhân)
app-enterprise-contact-help = Dữ liệu cá nhân chỉ lưu trên máy tính này và không bao giờ được đưa vào dữ liệu xuất ra.
app-enterprise-contact-person = Họ tên
app-enterprise-phone = Số điện thoại
app-enterprise-email = Email
app-enterprise-choose = Chọn…
app-enterprise-assessments = Các lần đánh giá
app-enterprise-start = Bắt đầu lần đánh giá mới
app-enterprise-continue = Tiếp tục
app-enterprise-results = Kết quả và kế hoạch
app-enterprise-assessor = Tên của bạn (người đánh giá)
app-status-draft = Đang làm
app-status-finalized = Đã hoàn tất

## Assessment
app-assessment-title = Đánh giá: { $enterprise }
app-assessment-progress = Đã trả lời { $answered } trên { $shown } câu hỏi
app-assessment-area = Lĩnh vực { $number } trên { $total }: { $area }
app-assessment-help = Vì sao chúng tôi hỏi
app-assessment-clear = Tôi chưa biết (xóa câu trả lời)
app-assessment-number-hint = Nhập một số từ { $min } đến { $max }.
app-assessment-review = Xem lại và hoàn tất
app-assessment-review-title = Trước khi hoàn tất
app-assessment-review-all = Bạn đã trả lời tất cả các câu hỏi.
app-assessment-review-missing = { $count ->
   *[other] Còn { $count } câu hỏi chưa trả lời. Các câu này sẽ không được tính vào điểm.
}
app-assessment-go-to = Trả lời câu này
app-assessment-finalize = Hoàn tất lần đánh giá
app-assessment-finalize-note = Lần đánh giá đã hoàn tất thì không sửa được nữa; sau này hãy bắt đầu một lần đánh giá mới để đo mức tiến bộ.
app-assessment-finalize-confirm = { $count ->
    [0] Đã trả lời hết các câu hỏi. Sau khi hoàn tất, bài đánh giá không thể sửa nữa. Hoàn tất ngay?
   *[other] Còn { $count } câu chưa trả lời; các câu này sẽ được tính là chưa trả lời. Sau khi hoàn tất, bài đánh giá không thể sửa nữa. Hoàn tất ngay?
}
app-assessment-finalize-yes = Đồng ý, hoàn tất
app-assessment-finalized = Lần đánh giá này đã hoàn tất và không sửa được nữa.
app-assessment-new-question = Câu hỏi mới, do câu trả lời vừa rồi của bạn
app-assessment-choose-all = Chọn tất cả các mục phù hợp.

## Results and plan
app-results-title = Kết quả: { $enterprise }
app-results-overall = Chỉ số chung
app-results-level = Mức { $level }: { $level-name }
app-results-chart = Điểm từng lĩnh vực (thanh) và trung vị của các doanh nghiệp giống bạn (vạch)
app-results-score = { $score } / 100
app-results-median = Trung vị của các doanh nghiệp giống bạn: { $median }
app-results-percentile = Hơn khoảng { $percentile }% { $group }
app-results-source = Nguồn: { $source }
app-results-previous = Lần đánh giá trước ({ $date }): { $score }
app-results-change-up = tăng { $points } điểm
app-results-change-down = giảm { $points } điểm
app-results-change-none = không thay đổi
app-results-not-scored = Chưa có điểm: chưa trả lời câu hỏi nào
app-results-practices = Các doanh nghiệp giống bạn đang làm gì
app-results-practice-yes = { $share }% { $group } { $practice }. Bạn cũng vậy.
app-results-practice-no = { $share }% { $group } { $practice }. Bạn thì chưa.
app-results-practice-unknown = { $share }% { $group } { $practice }.
app-results-unanswered = { $count ->
   *[other] Còn { $count } câu hỏi chưa trả lời và không được tính vào điểm.
}
app-results-plan = Xem kế hoạch cải thiện
app-results-draft = Lần đánh giá này vẫn đang làm: kết quả có thể còn thay đổi.

app-plan-title = Kế hoạch cải thiện: { $enterprise }
app-plan-intro = Hãy làm các việc theo thứ tự này: việc nhanh mà hiệu quả nhiều làm trước.
app-plan-empty = Không có gì cần cải thiện trong các câu đã trả lời. Rất tốt!
app-plan-first-step = Bước đầu tiên: { $step }
app-plan-gain = { $area } +{ $points } điểm
app-plan-who = Ai có thể giúp: { $who }
app-plan-later = Sau đó, khi đã làm xong các việc trên
app-plan-pdf = Lưu kế hoạch thành tệp PDF
app-plan-pdf-language = Ngôn ngữ của tệp PDF
app-plan-pdf-saved = Đã lưu: { $path }
app-plan-pdf-saving = Đang tạo tệp PDF…

## Agency
app-agency-title = Cơ quan
app-agency-intro = Cơ quan cấp tỉnh thu thập kết quả đã ẩn danh và phát hành gói số liệu so sánh của các doanh nghiệp giống bạn. Các gói đã cài trên máy này:
app-agency-pack = { $name } ({ $country }), phiên bản { $version }, phát hành ngày { $published } bởi { $publisher }: { $rows } số liệu
app-agency-packs-title = Gói số liệu so sánh
app-agency-export-title = Gửi kết quả cho cơ quan
app-agency-export-intro = Tạo một tệp chứa kết quả của các bài đánh giá đã hoàn tất mà chưa gửi, để gửi cơ quan cấp tỉnh. Tệp không có tên, số điện thoại, địa chỉ, mã số thuế, ghi chú hay ngày chính xác; doanh nghiệp có thể bị nhận ra sẽ được gộp vào nhóm rộng hơn hoặc giữ lại cho đến khi có đủ doanh nghiệp giống vậy. Kết quả đã gửi sẽ không bao giờ được gửi lại dưới dạng khác.
app-agency-export-k = Nhóm nhỏ nhất (k)
app-agency-export-k-help = Mỗi kết quả trong tệp giống ít nhất chừng này kết quả khác (tỉnh, ngành, quy mô, quý, và những gì người ngoài nhìn thấy được: có trang trên mạng, có gian hàng trên sàn, có mã QR tại quầy). Ít nhất là 5.
app-agency-export-now = Tạo tệp gửi cơ quan
app-agency-export-done = Đã lưu { $records } kết quả vào { $path }
app-agency-export-anonymity = Trong { $considered } bài đánh giá đã hoàn tất chưa gửi: { $as_recorded } giữ nguyên, { $generalised } gộp nhóm rộng hơn, { $withheld } giữ lại để không nhận ra được doanh nghiệp nào (k = { $k }). { $sent_before } bài đã gửi trong các tệp trước.
app-agency-export-sent-title = Các tệp đã lập trước
app-agency-export-sent-help = Tệp bị mất, hoặc chưa lưu được, có thể lưu lại đúng như cũ. Tệp mới chỉ gồm những kết quả chưa gửi.
app-agency-export-sent-row = { $created }: { $records } kết quả, k = { $k }
app-agency-export-save-again = Lưu lại
app-agency-export-saved-again = Đã lưu lại, đúng như bản cũ: { $path }
app-agency-import-title = Kết quả nhận từ cán bộ
app-agency-import-intro = Chép các tệp cán bộ gửi vào thư mục này rồi bấm nhập. Nhập một tệp hai lần cũng không thay đổi gì.
app-agency-import-empty = Thư mục đang trống.
app-agency-import-new = mới
app-agency-import-done-before = đã nhập trước đây
app-agency-import-now = Nhập { $count } tệp mới
app-agency-import-progress = Đã nhập { $done } trên { $total } tệp
app-agency-import-elsewhere = Trong lúc nhập, bạn vẫn dùng được các màn hình khác; thanh trên cùng cho biết đã nhập đến đâu.
app-agency-import-merged = { $file }: { $records } kết quả, { $added } mới, { $refined } chính xác hơn, { $unchanged } đã có, { $conflicts } xung đột (không gộp)
app-agency-import-already = { $file }: đã nhập trước đây, không có gì thay đổi
app-agency-import-refused = { $file } bị từ chối: { $reason }
app-agency-pool = Máy này đang có { $records } kết quả từ { $files } tệp.
app-agency-workbook-title = Bảng cho Excel
app-agency-workbook-by = Nhóm theo
app-agency-workbook-help = Nhóm có ít hơn 5 doanh nghiệp sẽ bị bỏ ra.
app-agency-workbook-publish = Để công bố ra ngoài cơ quan
app-agency-workbook-publish-help = Khi đó, nhóm dưới 20 doanh nghiệp chỉ cho biết số doanh nghiệp và khoảng 10 điểm chứa trung vị. Nhóm có thể bị lấy trừ nhóm khác mà ra vài doanh nghiệp sẽ được giữ lại. Những gì đã công bố được ghi nhớ, để bảng và gói số liệu sau này không thể so với nó mà ra vài doanh nghiệp.
app-agency-workbook-save = Lưu bảng Excel

## Settings
app-settings-title = Cài đặt
app-settings-language = Ngôn ngữ của ứng dụng
app-settings-text-size = Cỡ chữ
app-settings-text-normal = Bình thường
app-settings-text-large = Lớn
app-settings-text-larger = Lớn hơn
app-settings-data = Thư mục dữ liệu
app-settings-data-help = Mọi dữ liệu đều được lưu trong thư mục này trên máy tính này. Đặt biến DIGIREADY_DATA_DIR để dùng thư mục khác.
app-settings-backup = Sao lưu
app-settings-backup-now = Sao lưu ngay
app-settings-backup-done = Đã lưu bản sao lưu: { $path }
app-settings-backup-none = Chưa có bản sao lưu nào.
app-settings-restore = Khôi phục
app-settings-restore-confirm = Thay toàn bộ dữ liệu bằng bản sao lưu này? Dữ liệu hiện tại sẽ được sao lưu trước.
app-settings-restored = Đã khôi phục bản sao lưu.
app-settings-about = Giới thiệu
app-settings-version = DigiReady phiên bản { $version }
app-settings-questionnaire = Bảng câu hỏi phiên bản { $version }
app-settings-packs = Gói dữ liệu so sánh: { $packs }
app-settings-fonts = Phông chữ: Noto Sans và Noto Sans Lao (SIL Open Font License 1.1).

## Errors shown by the app
app-error-title = Đã xảy ra lỗi
app-error-invalid = Giá trị của “{ $what }” không hợp lệ.
app-error-write-file = Không lưu được { $path }: { $reason }
app-error-database = Không mở được dữ liệu: { $reason }
app-error-database-help = Không có gì bị thay đổi. Bạn có thể khôi phục một bản sao lưu trong phần Cài đặt.
