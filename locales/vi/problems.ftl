# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: câu hỏi "{ $question }": { $detail }
problem-unreadable = không đọc được: { $reason }
problem-syntax = lỗi cú pháp: { $reason }
problem-unknown-area = không có lĩnh vực "{ $area }" trong instrument.toml cho tệp câu hỏi này
problem-invalid-id = "{ $id }" không phải là id hợp lệ (chỉ dùng chữ thường a–z, chữ số, "-" và "_", bắt đầu bằng một chữ cái, tối đa { $max } ký tự)
problem-duplicate-id = id { $what } "{ $id }" bị dùng hai lần
problem-unknown-sector = không có ngành "{ $id }"
problem-unknown-country = không có quốc gia "{ $id }"
problem-unknown-size-group = nhóm quy mô "{ $group }" chưa có ngưỡng cho quốc gia { $country }
problem-bad-weight = { $what } phải là một số lớn hơn 0, không phải { $value }
problem-points-out-of-range = lựa chọn "{ $option }" có { $points } điểm; điểm phải từ 0 đến 4
problem-not-anchored = với ngành "{ $sector }", các câu trả lời chỉ có điểm từ { $lowest } đến { $highest }; điểm phải trải đủ từ 0 đến 4
problem-condition-unknown-question = điều kiện nhắc đến câu hỏi "{ $question }", nhưng câu hỏi này không tồn tại
problem-condition-later-question = điều kiện nhắc đến câu hỏi "{ $question }", nhưng câu hỏi đó không được hỏi trước câu này
problem-condition-unknown-option = điều kiện nhắc đến lựa chọn "{ $option }", nhưng câu hỏi "{ $question }" không có lựa chọn này
problem-condition-not-upward-closed = điều kiện về "{ $question }" sẽ ẩn câu hỏi này khi có câu trả lời tốt hơn; hãy liệt kê mọi lựa chọn có điểm cao hơn các lựa chọn đã liệt kê
problem-condition-wrong-test = điều kiện về "{ $question }" phải dùng { $expected }
problem-bands-not-monotone = các khoảng số phải bắt đầu từ giá trị nhỏ nhất của câu hỏi, và số lớn hơn không bao giờ được ít điểm hơn
problem-bad-level-floors = level_floors phải gồm năm số tăng dần, bắt đầu từ 0 và nhỏ hơn 100
problem-missing-message = thiếu thông điệp "{ $id }" trong ngôn ngữ { $locale }
problem-missing-action = câu trả lời "{ $option }" chưa ở mức cao nhất nhưng chưa có việc cần làm để cải thiện
problem-unknown-action = không có việc cần làm nào tên "{ $id }"
problem-unused-action = việc cần làm "{ $id }" không được câu trả lời nào dùng đến
problem-action-cycle = việc cần làm "{ $id }" tự đứng sau chính nó qua danh sách "after"

# Rules about the shape of a definition (problem-shape-<rule>).
problem-shape-not-utf8 = tệp không phải văn bản UTF-8
problem-shape-file-missing = không tìm thấy tệp
problem-shape-folder-missing = không tìm thấy thư mục
problem-shape-version-folder = phiên bản { $version } nằm trong thư mục tên { $folder }; hãy đặt tên giống nhau
problem-shape-no-versions = không tìm thấy phiên bản bảng câu hỏi nào
problem-shape-duplicate-version = phiên bản bảng câu hỏi { $version } được khai báo hai lần
problem-shape-horizon = việc cần làm "{ $action }": thời hạn phải là 30, 90 hoặc 365 ngày
problem-shape-version-format = phiên bản "{ $version }" phải là các con số cách nhau bằng dấu chấm, ví dụ 2026.2
problem-shape-no-size-bands = quốc gia { $country } chưa có quy mô doanh nghiệp nào
problem-shape-last-band-limits = quy mô cuối cùng của { $country } ({ $band }) không được có giới hạn
problem-shape-band-shrinks = quy mô { $band } của { $country } có giới hạn nhỏ hơn quy mô { $previous } ở nhóm { $group }
problem-shape-number-options = câu hỏi dạng số có các khoảng (bands), không có lựa chọn
problem-shape-number-range = câu hỏi dạng số cần có min và max
problem-shape-bands-not-number = chỉ câu hỏi dạng số mới có bands, min và max
problem-shape-reserved-option = mã lựa chọn "{ $option }" đã được dành riêng
problem-shape-exclusive-not-multiple = chỉ lựa chọn của câu hỏi nhiều lựa chọn mới có thể loại trừ (exclusive)
problem-shape-yes-no-options = câu hỏi có/không phải có đúng hai lựa chọn yes và no
problem-shape-multiple-needs-exclusive = câu hỏi nhiều lựa chọn cần một lựa chọn loại trừ, ví dụ "không có cái nào"
problem-shape-multiple-condition = điều kiện dựa trên câu hỏi nhiều lựa chọn "{ $question }" phải liệt kê mọi lựa chọn trừ các lựa chọn loại trừ (điểm được cộng dồn, nên cách khác có thể bị ẩn sau một câu trả lời tốt hơn)
problem-shape-too-few-options = câu hỏi lựa chọn cần ít nhất hai lựa chọn
problem-shape-never-shown = trong ngành "{ $sector }" câu hỏi này sẽ không bao giờ hiện ra: câu hỏi "{ $question }" không được hỏi ở ngành đó
problem-shape-at-least-range = at_least = { $value } phải lớn hơn { $min } và không quá { $max }, là khoảng của câu hỏi "{ $question }"

# Nouns used in the problems above.
problem-noun-question = câu hỏi
problem-noun-option = lựa chọn
problem-noun-action = việc cần làm
problem-noun-area = lĩnh vực
problem-noun-sector = ngành
problem-noun-country = quốc gia
problem-noun-size-band = quy mô
problem-noun-message = thông điệp
problem-noun-area-weight = trọng số lĩnh vực
problem-noun-question-weight = trọng số câu hỏi
problem-shape-indicator-not-number = câu hỏi chỉ số "{ $question }" phải là câu hỏi dạng số
problem-noun-practice = thực hành
problem-shape-nested-too-deep = các phần { "{" } … { "}" } lồng nhau sâu quá { $max } tầng; tệp không được đọc
problem-shape-message-broken = thông điệp "{ $id }" trong ngôn ngữ { $locale } không hiển thị đầy đủ được: { $reason }
problem-shape-message-control = thông điệp "{ $id }" trong ngôn ngữ { $locale } có ký tự điều khiển
problem-shape-message-not-nfc = thông điệp "{ $id }" trong ngôn ngữ { $locale } có chữ ở dạng tách dấu (NFD: chữ cái và dấu được lưu rời nhau); hãy lưu ở dạng dựng sẵn (NFC)
problem-shape-message-legacy-lao = thông điệp "{ $id }" trong ngôn ngữ lo có chữ Latinh ({ $sample }) mà không có chữ Lào: có vẻ được gõ bằng phông chữ Lào cũ (trước Unicode); hãy gõ lại bằng bàn phím Lào Unicode
