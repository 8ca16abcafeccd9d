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
