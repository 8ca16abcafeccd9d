# Anonymized exports (officer) and the agency side: import, aggregation, Excel, packs.

export-done = Đã ghi { $records } hồ sơ ẩn danh vào { $path }.
export-anonymity = Mỗi hồ sơ trùng phiên bản bộ câu hỏi, tỉnh, ngành, quy mô, thời kỳ và những gì người ngoài nhìn thấy được (có trang trên mạng, có gian hàng trên sàn, có mã QR tại quầy) với ít nhất { $k } hồ sơ (k = { $k }), và không nhóm nào cùng trả lời giống hệt nhau một câu hỏi nhạy cảm. Trong { $considered } bài đánh giá đã hoàn tất chưa gửi: { $as_recorded } giữ nguyên, { $generalised } được gộp rộng hơn, { $withheld } không xuất.
export-error-k-too-low = k phải ít nhất là { $min }, không được là { $k }.
export-error-unknown-instrument = Có bài đánh giá dùng bộ câu hỏi phiên bản { $version }, mà DigiReady này không biết. Hãy cập nhật DigiReady rồi xuất lại.
export-error-internal = Không ghi được tệp xuất ({ $reason }). Chưa có gì được lưu.

import-merged = { $file }: { $records } hồ sơ, thêm mới { $added }, chính xác hơn { $refined }, đã có { $unchanged }, xung đột { $conflicts }.
import-already = { $file } đã được nhập trước đây; không có gì thay đổi.
import-conflict = Xung đột: hồ sơ { $record } đã có ở đây với câu trả lời hoặc điểm khác. Hồ sơ này không được gộp.
import-refused = { $file } bị từ chối: { $reason } Không có gì từ tệp này được gộp.
import-refused-count = { $refused } trên { $total } tệp bị từ chối.
import-error-read = Không đọc được tệp ({ $reason }).
import-error-file-too-large = Tệp lớn hơn { $limit } MB.
import-error-not-a-zip = Đây không phải tệp xuất của DigiReady (không phải tệp zip, hoặc tệp bị hỏng).
import-error-unexpected-member = Tệp có "{ $name }", thứ mà tệp xuất DigiReady không bao giờ có.
import-error-duplicate-member = Tệp có "{ $name }" hai lần.
import-error-missing-member = Tệp thiếu "{ $name }".
import-error-member-too-large = "{ $name }" lớn hơn { $limit } MB.
import-error-compression-bomb = "{ $name }" giải nén ra lớn hơn dữ liệu thật rất nhiều; có thể nó được tạo ra để làm đầy ổ đĩa.
import-error-unsupported = "{ $name }" bị mã hóa hoặc nén theo cách DigiReady không dùng.
import-error-bad-manifest = Phần mô tả (manifest) của tệp không hợp lệ ({ $reason }).
import-error-not-an-export = Đây không phải tệp xuất của DigiReady.
import-error-newer-format = Tệp này do DigiReady mới hơn tạo ra (định dạng { $found }; bản này đọc được đến { $supported }). Hãy cập nhật DigiReady để nhập tệp.
import-error-checksum = "{ $name }" không khớp mã kiểm tra: tệp đã bị sửa hoặc bị hỏng.
import-error-bad-utf8 = "{ $name }" không phải văn bản UTF-8.
import-error-csv = "{ $name }" không phải CSV hợp lệ: { $reason }.
import-error-bad-header = Các cột của "{ $name }" không đúng định dạng tệp xuất.
import-error-field-count = "{ $name }", dòng { $line }: có { $count } ô, cần { $expected } ô.
import-error-bad-value = "{ $name }", dòng { $line }, cột { $column }: giá trị "{ $value }" không được phép.
import-error-duplicate-record = "{ $name }", dòng { $line }: hồ sơ { $record } xuất hiện hai lần.
import-error-orphan-answer = "{ $name }", dòng { $line }: câu trả lời của hồ sơ { $record }, mà tệp không có.
import-error-duplicate-answer = Hồ sơ { $record } trả lời câu hỏi { $question } hai lần.
import-error-record-count = Phần mô tả ghi { $manifest } hồ sơ nhưng tệp có { $found }.

aggregate-done = { $records } hồ sơ trong { $cells } nhóm; bỏ { $suppressed } nhóm có ít hơn { $min } doanh nghiệp.
aggregate-cell = { $cell }: { $firms } doanh nghiệp, chỉ số chung trung vị { $median }
aggregate-error-empty = Hãy chọn ít nhất một tiêu chí để chia nhóm (ví dụ ngành, quy mô hoặc tỉnh). Chưa ghi gì.
aggregate-error-repeated = "{ $dimension }" được chọn hai lần để chia nhóm; mỗi tiêu chí chỉ chọn một lần. Chưa ghi gì.
pack-built = Đã ghi gói so sánh { $id } { $version } vào { $path }: { $rows } dòng từ { $records } hồ sơ.
pack-disclosure = Trong { $candidates } nhóm: { $published } được công bố ({ $frozen } giữ nguyên các doanh nghiệp như gói trước, vì thay đổi ít hơn k), { $too_small } quá ít doanh nghiệp, { $complementary } giữ lại để không thể lấy nhóm này trừ nhóm kia mà ra vài doanh nghiệp.
pack-build-error-country = Không có quốc gia "{ $country }": hãy dùng VN hoặc LA. Chưa ghi gì.
pack-build-error-too-few = Trong { $records } hồ sơ của quốc gia này không có nhóm nào đủ { $min } doanh nghiệp, nên chưa có số liệu để phát hành. Chưa ghi gì.

# The Excel workbook.
agg-title = DigiReady: mức sẵn sàng số của doanh nghiệp, số liệu tổng hợp
agg-sheet-about = Giới thiệu
agg-sheet-scores = Điểm
agg-sheet-practices = Thực hành
agg-about-records = Số hồ sơ đã gộp
agg-about-files = Số tệp xuất đã nhập
agg-about-period = Thời kỳ
agg-about-by = Nhóm theo
agg-about-cells = Số nhóm hiển thị
agg-about-suppressed = Nhóm bị bỏ
agg-about-suppressed-value = { $cells } nhóm ({ $records } hồ sơ) có ít hơn { $min } doanh nghiệp
agg-about-made = Ngày lập
agg-about-note = Mỗi hồ sơ là một bài đánh giá đã ẩn danh: không có tên, thông tin liên hệ hay ngày chính xác. Nhóm có ít hơn 5 doanh nghiệp, và số liệu tính trên ít hơn 5 doanh nghiệp, đều bị bỏ để không ai nhận ra được doanh nghiệp nào. Điểm tính trên thang 0–100.
agg-dim-country = Quốc gia
agg-dim-region = Vùng
agg-dim-province = Tỉnh, thành phố
agg-dim-sector = Ngành
agg-dim-size = Quy mô
agg-dim-year = Năm
agg-dim-period = Thời kỳ
agg-col-firms = Số doanh nghiệp
agg-col-measure = Điểm
agg-col-n = Số doanh nghiệp có điểm
agg-col-mean = Trung bình
agg-col-p10 = Phân vị 10
agg-col-p25 = Phân vị 25
agg-col-median = Trung vị
agg-col-p75 = Phân vị 75
agg-col-p90 = Phân vị 90
agg-col-practice = Doanh nghiệp …
agg-col-known = Số doanh nghiệp có câu trả lời
agg-col-following = Số doanh nghiệp có làm
agg-col-share = Tỷ lệ
agg-overall = Chỉ số chung
agg-not-released = (không công bố)
export-release-once = { $sent_before } bài đánh giá đã hoàn tất không được đưa vào vì đã gửi trong lần xuất trước. { $homogeneous } bài không xuất vì cả nhóm trả lời giống nhau một câu hỏi nhạy cảm; các bài này chờ thêm doanh nghiệp.
export-resent = Đã ghi lại tệp xuất { $id } vào { $path }, giống hệt lần đầu.
export-list-empty = Chưa có lần xuất nào từ cơ sở dữ liệu này.
export-list-row = { $id }  { $created }  { $records } hồ sơ
import-error-k-below-minimum = Tệp ghi rằng được tạo với k = { $k }. DigiReady chỉ gộp tệp tạo với k ít nhất là { $min }.
import-error-small-group = Tệp chỉ có { $size } hồ sơ trong nhóm { $group }, ít hơn k = { $k }, nên có thể nhận ra một doanh nghiệp trong đó.
import-error-homogeneous = Mọi hồ sơ có trả lời trong nhóm { $group } ({ $size } hồ sơ) đều trả lời giống nhau về { $trait }, nên tệp sẽ để lộ câu trả lời đó của từng doanh nghiệp trong nhóm.
privacy-trait-online-page = có trang trên mạng
privacy-trait-sells-on-marketplace = bán trên sàn thương mại điện tử
privacy-trait-qr-at-counter = mã QR tại quầy
privacy-trait-e-invoices = hóa đơn điện tử
privacy-trait-personal-data-rules = quy định về dữ liệu cá nhân
privacy-trait-customer-consent = xin sự đồng ý của khách hàng
privacy-trait-business-account = tài khoản riêng của doanh nghiệp
