# skills: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/skills.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-sk-who-can = Who in the business can do online tasks such as selling online, using a banking app or business software?
    .help = Tools help only when people can use them. Skills can be learned step by step.
    .no-one = No one yet
    .with-help = Only with help from family or friends
    .owner = The owner
    .owner-and-some = The owner and some staff
    .most-trained = Most staff, and new staff are trained
