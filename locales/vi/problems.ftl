# Problems found in a questionnaire definition (`digiready instrument check`).

problem-in-file = { $file }: { $detail }
problem-in-question = { $file }: câu hỏi "{ $question }": { $detail }
problem-unreadable = không đọc được: { $reason }
problem-syntax = lỗi cú pháp: { $reason }
problem-unknown-area = không có lĩnh vực "{ $area }" trong instrument.toml cho tệp câu hỏi này
problem-invalid-id = "{ $id }" không phải là id hợp lệ (chỉ dùng chữ thường a–z, chữ số, "-" và "_", bắt đầu bằng một chữ cái)
problem-duplicate-id = id { $what } "{ $id }" bị dùng hai lần
problem-unknown-sector = không có ngành "{ $id }"
problem-unknown-country = không có quốc gia "{ $id }"
problem-unknown-size-group = nhóm quy mô "{ $group }" chưa có ngưỡng cho quốc gia { $country }
problem-bad-weight = { $what } phải là một số lớn hơn 0, không phải { $value }
problem-points-out-of-range = lựa chọn "{ $option }" có { $points } điểm; điểm phải từ 0 đến 4
problem-not-anchored = với ngành "{ $sector }", các câu trả lời chỉ có điểm từ { $lowest } đến { $highest }; điểm phải trải đủ từ 0 đến 4
problem-bad-shape = { $reason }
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
