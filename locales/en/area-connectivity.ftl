# connectivity: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/connectivity.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-cn-internet = What internet connection does the business use?
    .help = Online sales, payments and software all stop when the internet stops.
    .none = None
    .personal-mobile = Mobile data on personal phones only
    .business-mobile = A mobile data plan or pocket Wi-Fi for the business
    .fixed = Fixed broadband (fibre) at the workplace
    .fixed-and-backup = Fixed broadband with a mobile backup when it fails
