# Errors a person may see, from any part of DigiReady.

answer-error-unknown-question = Không có câu hỏi "{ $question }".
answer-error-not-for-sector = Câu hỏi "{ $question }" không được hỏi cho ngành { $sector }.
answer-error-wrong-kind = Câu hỏi "{ $question }" cần câu trả lời dạng: { $expected }.
answer-error-unknown-option = Câu hỏi "{ $question }" không có lựa chọn "{ $option }".
answer-error-option-not-for-sector = Lựa chọn "{ $option }" của câu hỏi "{ $question }" không dành cho ngành { $sector }.
answer-error-exclusive-combined = Lựa chọn "{ $option }" của câu hỏi "{ $question }" không thể chọn cùng các lựa chọn khác.
answer-error-repeated-option = Lựa chọn "{ $option }" của câu hỏi "{ $question }" bị chọn hai lần.
answer-error-nothing-chosen = Câu hỏi "{ $question }" cần ít nhất một lựa chọn.
answer-kind-one-option = một câu trả lời
answer-kind-option-list = một danh sách câu trả lời
answer-kind-number = một con số
answer-error-number-out-of-range = Câu hỏi "{ $question }" cần một số từ { $min } đến { $max }, không phải { $value }.

answer-file-malformed = Đây không phải là tệp câu trả lời hợp lệ: { $reason }
answer-file-instrument-version = Các câu trả lời này dành cho bảng câu hỏi phiên bản { $found }, chương trình này không có phiên bản đó (chỉ có: { $expected }).
answer-file-unknown-country = Không có quốc gia "{ $country }" (hãy dùng VN hoặc LA).
answer-file-unknown-sector = Không có ngành "{ $sector }".
answer-file-unknown-size = Quy mô "{ $size }" không phải là một nhóm quy mô của { $country }.
answer-file-repeated-question = Câu hỏi "{ $question }" được trả lời nhiều lần trong tệp; hãy chỉ giữ một câu trả lời.

file-error-too-large = tệp lớn hơn { $size }, mức lớn nhất DigiReady đọc cho loại tệp này
file-error-utf16 = tệp là văn bản UTF-16; hãy lưu lại dưới dạng UTF-8
file-error-binary = tệp không phải là văn bản (có thể là tệp zip, bảng tính hoặc tệp của chương trình khác)
file-error-not-utf8 = tệp không phải là văn bản UTF-8 (dòng { $line }); hãy lưu lại dưới dạng UTF-8

store-error-open = Không mở được tệp dữ liệu { $path }: { $reason }
store-error-not-a-database = { $path } không phải là tệp dữ liệu của DigiReady, hoặc tệp đã bị hỏng. Không có gì bị thay đổi.
store-error-newer-schema = Tệp dữ liệu này được tạo bằng phiên bản DigiReady mới hơn (cấu trúc dữ liệu { $found }; chương trình này chỉ đọc được đến { $supported }). Vui lòng cập nhật DigiReady. Tệp dữ liệu không bị thay đổi.
store-error-disk-full = Ổ đĩa đã đầy. Thao tác vừa rồi chưa được lưu; hãy giải phóng bớt dung lượng rồi thử lại.
store-error-read-only = Không ghi được vào tệp dữ liệu (tệp hoặc thư mục chỉ cho phép đọc). Thao tác vừa rồi chưa được lưu.
store-error-busy = Tệp dữ liệu đang được dùng trong một cửa sổ DigiReady hoặc chương trình khác. Hãy đóng cửa sổ hoặc chương trình đó rồi thử lại.
store-error-enterprise-not-found = Không có doanh nghiệp số { $id }.
store-error-assessment-not-found = Không có lần đánh giá số { $id }.
store-error-finalized = Lần đánh giá số { $id } đã hoàn tất nên không thể sửa câu trả lời nữa. Hãy bắt đầu một lần đánh giá mới để ghi nhận tiến bộ.
store-error-instrument-version = Lần đánh giá số { $id } được làm với bảng câu hỏi phiên bản { $found }, chương trình này không có phiên bản đó (mới nhất là { $expected }). Hãy cập nhật DigiReady để mở.
store-error-bad-data = Không đọc được một phần dữ liệu đã lưu: { $reason }
store-error-other = Tệp dữ liệu báo lỗi: { $reason }

field-empty = { $field } không được để trống.
field-too-long = { $field } quá dài.
field-unknown = { $field } không có trong danh sách giá trị cho phép.
field-malformed = { $field } viết chưa đúng định dạng.
field-name-name = Tên
field-name-sector = Ngành
field-name-size_band = Quy mô
field-name-country = Quốc gia
field-name-province = Tỉnh
field-name-district = Quận/huyện
field-name-person = Người liên hệ
field-name-phone = Số điện thoại
field-name-email = Email
field-name-assessor = Người đánh giá

pack-error-malformed = Đây không phải gói dữ liệu so sánh của DigiReady: { $reason }. Chưa cài đặt gì.
pack-error-newer-format = Gói dữ liệu so sánh này được tạo bởi phiên bản DigiReady mới hơn (định dạng { $found }). Hãy cập nhật DigiReady. Chưa cài đặt gì.
pack-error-missing-checksum = Gói dữ liệu so sánh này không có mã kiểm tra, nên không thể tin cậy. Chưa cài đặt gì.
pack-error-bad-checksum = Gói dữ liệu so sánh này đã bị thay đổi hoặc hỏng sau khi phát hành (mã kiểm tra không khớp). Chưa cài đặt gì.
pack-error-bad-version = Phiên bản "{ $version }" của gói dữ liệu so sánh không hợp lệ. Chưa cài đặt gì.
pack-error-no-provenance = Dòng { $row } của gói dữ liệu so sánh không ghi rõ số liệu lấy từ đâu (cần nguồn, năm và phương pháp). Chưa cài đặt gì.
pack-error-bad-quantiles = Dòng { $row } của gói dữ liệu so sánh có phân bố điểm không hợp lệ. Chưa cài đặt gì.
pack-error-bad-share = Dòng { $row } của gói dữ liệu so sánh có tỷ lệ không nằm trong khoảng 0 đến 1. Chưa cài đặt gì.
pack-error-bad-mean = Dòng { $row } của gói dữ liệu so sánh không có giá trị trung bình hợp lệ. Chưa cài đặt gì.
pack-error-older = Gói dữ liệu so sánh { $id } phiên bản { $found } không mới hơn phiên bản đã cài { $installed }. Không có gì thay đổi.
store-error-pack-not-found = Chưa cài gói dữ liệu so sánh "{ $id }".
pack-error-bad-header = Thông tin { $field } của gói dữ liệu so sánh bị thiếu hoặc không hợp lệ. Chưa cài đặt gì.
pack-error-other-country = Gói dữ liệu so sánh này dành cho { $found }, nhưng gói đã cài cùng tên lại dành cho { $installed }. Không có gì thay đổi.
pack-error-unknown-ids = Gói dữ liệu so sánh nhắc đến những mục mà phiên bản DigiReady này không biết ({ $ids }). Chưa cài đặt gì.
pack-error-unknown-format = Gói dữ liệu so sánh này ghi định dạng { $found }, nhưng chưa có phiên bản DigiReady nào dùng định dạng này. Chưa cài đặt gì.
pack-error-no-rows = Gói dữ liệu so sánh này không có số liệu nào. Chưa cài đặt gì.
pack-error-duplicate-row = Dòng { $row } của gói dữ liệu so sánh đưa ra số liệu thứ hai cho cùng nhóm và cùng chỉ tiêu với dòng { $first }. Chưa cài đặt gì.
pack-error-too-long = Thông tin { $field } của gói dữ liệu so sánh dài quá { $max } ký tự. Chưa cài đặt gì.
pack-error-row-too-long = Dòng { $row } của gói dữ liệu so sánh có { $field } dài quá { $max } ký tự. Chưa cài đặt gì.
pack-error-control-characters = Thông tin { $field } của gói dữ liệu so sánh có ký tự điều khiển. Chưa cài đặt gì.
pack-error-row-control-characters = Dòng { $row } của gói dữ liệu so sánh có ký tự điều khiển trong { $field }. Chưa cài đặt gì.
pack-error-mean-out-of-range = Dòng { $row } của gói dữ liệu so sánh có giá trị trung bình { $value }, nằm ngoài khoảng { $min } đến { $max } của câu hỏi. Chưa cài đặt gì.
pack-field-version = phiên bản
pack-field-sector = ngành
pack-field-size = quy mô
pack-field-region = địa bàn
pack-field-metric = chỉ tiêu (mã)
pack-field-source = nguồn
pack-field-population = đối tượng
pack-field-method = phương pháp
pack-field-id = tên (mã)
pack-field-country = quốc gia
pack-field-published-date = ngày phát hành
pack-field-name = tiêu đề
pack-field-publisher = đơn vị phát hành

## Why a file could not be read or written (the reason in "Cannot write …: { $reason }")

io-error-disk-full = ổ đĩa đã đầy
io-error-read-only = thư mục chỉ cho phép đọc
io-error-permission = người dùng này không có quyền dùng tệp hoặc thư mục đó
io-error-not-found = tệp hoặc thư mục không tồn tại
store-error-export-not-found = Không có lần xuất "{ $id }" nào từ cơ sở dữ liệu này.
store-error-already-released = Hồ sơ { $id } đã được gửi trong lần xuất trước. Chưa có gì được lưu.
store-error-unknown-province = "{ $typed }" không phải là tỉnh, thành phố nào của { $country } mà ứng dụng biết. Có phải bạn muốn nhập: { $suggestions }?
