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

q-sk-learning = How do you and your staff learn to use a new digital tool or app?
    .help = New apps and features keep coming. Businesses that learn a little regularly get more out of the tools they already have.
    .dont = We don't; we keep doing things the way we know
    .ask-family = We ask family members or friends to show us
    .online-videos = We learn from online videos or the app's own guides
    .course = We have taken a course or training programme
    .yearly-plan = We have a plan: everyone learns something new each year

q-sk-online-marketing = Who can make good photos, posts and ads for the business?
    .help = Clear photos and regular posts bring customers to your page or shop. Skills in making posts and ads are easy to learn and cost little.
    .no-one = No one; we do not post about the business
    .family-friends = A family member or friend posts for us now and then
    .phone-now-and-then = I or a staff member post photos from a phone now and then
    .regular-posts = Someone in the business posts regularly with good photos or short videos, and can run a paid ad
    .planned-and-measured = A trained person or agency plans posts and ads and checks which ones bring customers

q-sk-using-numbers = Do you look at your sales and cost figures when you make decisions?
    .help = Figures show which products, customers and channels earn money. Decisions based on them are safer than guesses.
    .never = No, never
    .in-head = Sometimes, from memory
    .monthly-book = Every month, from our sales book or notebook
    .monthly-spreadsheet = Every month, from a spreadsheet or an app report
    .weekly-dashboard = Every week, from a summary of sales by product and channel

q-sk-getting-help = Where do you get help when a phone, computer or app causes a problem?
    .help = A problem that nobody can fix can stop sales and payments for days. Knowing whom to call saves time and money.
    .nobody = Nobody; we wait or give up
    .family-friends = Family members or friends
    .device-shop = The shop that sold us the phone or computer
    .it-provider = A regular IT technician or the support line of the software we use
    .contract-and-trained = A support contract, and someone in the business (it can be me) trained to fix common problems

act-sk-basic-training = Take a short digital skills course for the owner and staff
    .step = Ask when the next free course for businesses on online selling, payments or bookkeeping apps takes place, and sign up.
    .who-vn = The community digital technology team (Tổ công nghệ số cộng đồng) of your village or neighbourhood; the provincial Department of Industry and Trade (Sở Công Thương) and local business associations run courses
    .who-la = The provincial Department of Industry and Commerce, or the Lao National Chamber of Commerce and Industry (LNCCI)

act-sk-train-staff = Teach a staff member or family helper the main online tasks
    .step = Pick one person and one task, such as checking payments in the bank app; show them once, then let them do it while you watch for a week.

act-sk-onboarding = Train every new staff member in your digital tools in their first week
    .step = Write one page listing the apps each job uses and how to do the main tasks, and use it with the next person who joins.

act-sk-learn-online = Learn one new digital task from free online videos
    .step = Choose one task you want to do better, such as posting products or using the bank app, and watch one short how-to video on it this week.
    .who-vn = The community digital technology team (Tổ công nghệ số cộng đồng) of your village or neighbourhood

act-sk-learning-plan = Plan for everyone to learn one new digital skill each year
    .step = At your next team talk, ask each person to name one skill to learn this year, and write it down with a month next to it.

act-sk-product-photos = Learn to take clear product photos on your phone and post them
    .step = Photograph your five best-selling products in daylight against a plain background, and post one on your page each week.

act-sk-regular-posts = Post regularly, and learn to run a small paid ad
    .step = Plan two posts a week for the next month (a photo and a short video), and try promoting one post with a small budget.

act-sk-measure-marketing = Plan posts and ads, and check which ones bring customers
    .step = For one month, ask each new customer how they found you, and compare it with the statistics of your page.

act-sk-monthly-totals = Add up sales and costs once a month
    .step = At the end of this month, add up sales and main costs from your notebook or bank app, and compare with the month before.

act-sk-spreadsheet = Keep sales and costs in a spreadsheet or a bookkeeping app
    .step = Copy last month's sales and costs, by product, into a simple spreadsheet (Excel or Google Sheets) or a bookkeeping app.

act-sk-weekly-dashboard = Look at sales by product and channel every week
    .step = Set up a sheet or app report that shows each week's sales by product and by channel (shop, online, phone), and look at it every Monday.

act-sk-find-helper = Find a shop or technician you can call for help
    .step = Ask other business owners nearby which phone or computer shop they trust, and save its number in your phone.
    .who-vn = The community digital technology team (Tổ công nghệ số cộng đồng) of your village or neighbourhood

act-sk-regular-support = Arrange regular IT help, and know the support line of each app
    .step = Write down the support number or chat of your bank and each app you use, and agree with one technician how to reach them and what they charge.

act-sk-support-contract = Get a support contract, and train one person as the first to call
    .step = Choose one person in the business to handle common digital problems, and ask your IT technician or software company for a yearly support price.
