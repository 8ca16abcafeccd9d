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
