# security: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/security.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-se-passwords = Bạn bảo vệ tài khoản ngân hàng, email và gian hàng của mình như thế nào?
    .help = Phần lớn các vụ bị xâm nhập bắt đầu từ mật khẩu yếu hoặc dùng lại. Xác minh hai bước chặn được phần lớn các vụ đó.
    .shared = Một mật khẩu đơn giản dùng cho mọi nơi, hoặc dùng chung với người khác
    .some-different = Một số tài khoản có mật khẩu khác nhau
    .all-different = Mỗi tài khoản quan trọng có một mật khẩu mạnh riêng
    .two-step-key = Mật khẩu riêng cho từng tài khoản, và bật xác minh hai bước cho ngân hàng và email
    .managed = Dùng ứng dụng quản lý mật khẩu, bật xác minh hai bước ở mọi nơi, và thu hồi quyền truy cập khi có người nghỉ việc

q-se-personal-data = Bạn có quy định ai được xem dữ liệu cá nhân của khách hàng (tên, số điện thoại, địa chỉ) và lưu giữ trong bao lâu không?
    .help = Pháp luật yêu cầu bảo vệ dữ liệu cá nhân của khách hàng (tại Việt Nam là Nghị định 13/2023/NĐ-CP). Quy định rõ ràng giúp tránh lộ lọt dữ liệu và bị phạt.
