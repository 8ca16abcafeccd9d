# strategy: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/strategy.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-st-plan = Do you have a plan for using digital tools in the business?
    .help = A simple plan helps you spend on what brings results first.
    .none = No
    .ideas = Some ideas, nothing written down
    .goals = Written goals for going digital
    .plan-budget = A written plan with a budget and who does what
    .reviewed = A plan we review every year, measuring the results
