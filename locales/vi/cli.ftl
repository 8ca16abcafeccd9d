# The digiready command-line tool: what it prints for people.

cli-overall = Chỉ số chung: { $score } / 100, mức { $level } ({ $level-name })
cli-overall-none = Chỉ số chung: chưa có điểm (chưa có câu trả lời)
cli-area-line = { $area }: { $score } / 100, mức { $level } ({ $level-name }); đã trả lời { $answered } trên { $shown } câu
cli-area-line-none = { $area }: chưa có điểm; đã trả lời 0 trên { $shown } câu
cli-unanswered = Số câu hỏi chưa trả lời: { $count }
cli-check-ok = Bảng câu hỏi hợp lệ: phiên bản { $version }, { $questions } câu hỏi trong { $areas } lĩnh vực.
cli-check-failed = { $count ->
    [one] Bảng câu hỏi có { $count } lỗi.
   *[other] Bảng câu hỏi có { $count } lỗi.
}
cli-enterprise-added = Đã thêm doanh nghiệp số { $id } vào danh sách: { $name }
cli-enterprise-none = Chưa có doanh nghiệp nào trong danh sách.
cli-enterprise-line = { $id }. { $name } ({ $sector }, { $size }, { $province }) — { $last }
cli-enterprise-never = chưa đánh giá lần nào
cli-enterprise-last = lần đánh giá gần nhất: số { $assessment } ({ $status }, { $date })
cli-enterprise-assessment = lần đánh giá số { $assessment } ({ $status }, { $date })
cli-label-sector = Ngành
cli-label-size = Quy mô
cli-label-place = Tỉnh / huyện
cli-label-contact = Thông tin liên hệ (dữ liệu cá nhân)
cli-label-registered = Ngày thêm vào danh sách
cli-assessment-started = Đã bắt đầu lần đánh giá số { $id } cho doanh nghiệp số { $enterprise }. Trả lời bằng lệnh: digiready assessment answer { $id } QUESTION VALUE
cli-answer-saved = Đã lưu: { $question } = { $value }
cli-answers-hidden-cleared = Câu trả lời này ẩn { $count } câu hỏi tiếp theo; câu trả lời của chúng đã được xóa: { $questions }
cli-answer-cleared = Đã xóa câu trả lời: { $question }
cli-assessment-header = Lần đánh giá số { $id } của doanh nghiệp số { $enterprise } ({ $status }), bảng câu hỏi { $version }, người đánh giá: { $assessor }, bắt đầu ngày { $date }
cli-assessment-finalized = Lần đánh giá số { $id } đã hoàn tất.
cli-status-draft = bản nháp
cli-status-finalized = đã hoàn tất
cli-question-line = [{ $id }] { $text }
cli-option-line = { $id }: { $label } ({ $points } điểm)
cli-number-line = một số từ { $min } đến { $max } ({ $unit })
cli-shown-if = (chỉ hỏi khi câu trả lời cho { $question } là { $condition })
cli-error = Lỗi: { $message }
cli-error-no-data-dir = Không tìm thấy thư mục dữ liệu cho người dùng này; hãy chỉ ra tệp dữ liệu bằng --db PATH.
cli-error-read-file = Không đọc được { $path }: { $reason }
cli-more-problems = … và { $count } lỗi khác.
cli-error-create-dir = Không tạo được thư mục { $path }: { $reason }
cli-error-bad-number = "{ $value }" không phải là một số.
cli-error-unknown-version = Không có bảng câu hỏi phiên bản "{ $version }". Các phiên bản: { $known }
cli-error-unknown-sector = Không có ngành "{ $sector }". Các ngành có thể dùng: { $known }
cli-pack-sealed = Đã niêm phong gói { $id } phiên bản { $version } ({ $rows } dòng).
cli-pack-installed = Đã cài gói dữ liệu so sánh { $id } phiên bản { $version } ({ $rows } dòng).
cli-pack-replaced = Đã cập nhật gói dữ liệu so sánh { $id } lên phiên bản { $version } ({ $rows } dòng).
cli-pack-unchanged = Gói dữ liệu so sánh { $id } phiên bản { $version } đã được cài; không có gì thay đổi.
cli-pack-exported = Đã ghi gói dữ liệu so sánh { $id } vào { $path }
cli-pack-line = { $id } { $version }: { $name } ({ $country }, phát hành { $published }, { $rows } dòng)
cli-error-write-file = Không thể ghi { $path }: { $reason }. Chưa ghi gì vào đó.
cli-error-export-not-written = Không thể ghi { $path }: { $reason }. Bản xuất đã được lưu và tính là đã gửi: ghi lại bằng lệnh  digiready export --anonymized --resend { $id } --out TỆP

cli-compare-header = So với các doanh nghiệp giống bạn:
cli-compare-area = { $area }: bạn { $score }; trung vị { $median } trong nhóm { $group }; bạn hơn khoảng { $percentile }% trong số đó
cli-compare-practice-yes = { $share } { $group } { $practice }; bạn cũng vậy.
cli-compare-practice-no = { $share } { $group } { $practice }; bạn thì chưa.
cli-compare-practice-unknown = { $share } { $group } { $practice }.
cli-compare-indicator = { $group }: { $indicator } trung bình là { $mean }; của bạn: { $yours }
cli-not-answered = chưa trả lời
cli-plan-item = { $n }. { $title } ({ $effort }, { $cost })
cli-plan-step = Bước đầu tiên: { $step }
cli-plan-why = Lý do: bạn trả lời "{ $answer }" cho câu "{ $question }"; { $area } có thể tăng { $points } điểm.
cli-plan-why-missing = Lý do: "{ $answer }" chưa có trong câu trả lời của bạn cho câu "{ $question }"; { $area } có thể tăng { $points } điểm.
cli-plan-peer-gap = Các doanh nghiệp giống bạn hơn bạn { $gap } điểm ở lĩnh vực này (trung vị; { $provenance }).
cli-plan-after = Làm trước: { $actions }
cli-plan-who = Ai có thể giúp: { $who }
cli-plan-later = Sau đó, khi đã làm xong các việc trên
cli-report-saved = Đã lưu kế hoạch cải thiện vào { $path } ({ $kb } KB).
progress-import = Đang nhập { $files } tệp
progress-file = { $done }/{ $total }: { $file }
progress-aggregate = Đang tổng hợp { $records } hồ sơ…
progress-build = Đang lập gói số liệu từ { $records } hồ sơ…
