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
