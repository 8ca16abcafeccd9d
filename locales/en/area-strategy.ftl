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

q-st-budget = Do you set money aside for digital tools and training?
    .help = Apps, devices and courses cost a little every year. Money set aside in advance lets you act on the plan instead of waiting for a breakdown.
    .none = No
    .when-broken = Only when something breaks or runs out
    .small-yearly = A small amount each year
    .in-plan = A budget in our plan, item by item
    .reviewed = A budget in the plan, checked each year against what it brought

q-st-who-leads = Who leads going digital in the business?
    .help = Digital work moves only when someone has time for it. In a small business that is usually the owner, with a regular time each week.
    .nobody = Nobody in particular
    .owner-when-time = The owner, when there is time
    .owner-weekly = The owner, with a regular time each week
    .named-person = A named person with set time, a budget and the say to decide
    .team = A small team with clear digital goals

q-st-measure = How do you check whether your digital tools pay off?
    .help = A few numbers show what works, so you keep what pays and drop what does not.
    .not-measured = We do not check
    .feeling = By feeling
    .before-after = We compare sales before and after
    .monthly-numbers = We write down a few numbers every month
    .dashboard = Goals and monthly numbers on one page or dashboard, reviewed regularly

q-st-support = Do you know and use support programmes for small businesses going digital?
    .help = Government agencies and business associations offer training, advice and sometimes co-funding. In Viet Nam, the SMEdx programme lists digital platforms, and Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs.
    .never-heard = I have never heard of them
    .heard = I have heard of them, but do not know how to take part
    .asked = I have looked for information or asked an officer or association
    .applied = I have applied for or joined one
    .used-results = I have used one and got results

act-st-write-goals = Write down three digital goals for the year
    .step = Take one hour and write three goals you can check, for example "accept QR payments at the counter by June"; this DigiReady plan gives ideas.

act-st-make-plan = Turn your goals into a one-page plan with costs and names
    .step = Under each goal, write the steps, who does them, by when, and what they cost.

act-st-review-plan = Review the plan and budget each year against the results
    .step = Put a date for the yearly review in your calendar, and repeat this DigiReady assessment then to see your progress.

act-st-set-budget = Set aside a small yearly amount for digital tools and training
    .step = Decide an amount you can afford each year, even a small one, and keep it as "digital tools and training" in your accounts.

act-st-budget-in-plan = List in your plan what the digital budget will buy
    .step = Next to each goal, write what it will cost this year (apps, devices, training), and check that the total fits your budget.

act-st-weekly-time = Set one fixed hour each week for digital work
    .step = Choose one hour a week, for example Monday morning, and use it for the next step of your digital plan.

act-st-name-lead = Name one person to lead digital work, with time to do it
    .step = Choose the person (you, a family member or a staff member) and write down their digital tasks, their hours each week and what they may spend.

act-st-digital-team = Form a small team around your digital goals
    .step = Ask two or three people (staff or family) to a short monthly meeting on the digital goals, and give each of them one goal to follow.

act-st-compare-sales = Compare sales before and after each new digital tool
    .step = Write down your sales for the month before you started a tool (for example QR payments or an online shop) and for each month after.

act-st-track-numbers = Write down a few key numbers every month
    .step = Pick three numbers, for example sales, the share paid by transfer or QR, and online orders, and write them in a notebook or spreadsheet at each month's end.

act-st-dashboard = Put goals and monthly numbers on one page and review them
    .step = Make one spreadsheet page with each goal next to its monthly numbers, and look at it with your team every month.

act-st-find-support = Find out which support programmes fit your business
    .step = Call or visit the local office below, or your business association, and ask which training, advice or co-funding a business like yours can get.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương); the SMEdx programme — Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = The provincial Department of Industry and Commerce; the Lao National Chamber of Commerce and Industry (LNCCI)

act-st-apply-support = Apply for one programme that fits your next digital goal
    .step = Choose the programme that matches one of your written goals, ask for its application form and the papers needed, and send it in.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương); the SMEdx programme — Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = The provincial Department of Industry and Commerce; the Lao National Chamber of Commerce and Industry (LNCCI)

act-st-follow-through = Finish the programme and measure what it changed
    .step = Write down your key numbers now, use every part of the support you were offered, and compare the numbers again after three months.
