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

q-cn-devices = Which phones and computers does the business use for its work?
    .help = A device kept for the business keeps its apps, payments and customer chats in one place, and separate from family use.
    .none = None of our own; we borrow a family member's phone when needed
    .personal-phone = The owner's personal phone
    .business-phone = A smartphone kept for the business
    .phone-and-computer = A smartphone and a computer for the business
    .device-per-person = Several devices: everyone who needs one for work has one

q-cn-device-care = How are the phones and computers you use for the business kept up to date and cared for?
    .help = Updates close security holes and keep banking and sales apps working. An old, unlocked phone is an easy target for thieves and scammers.
    .never = We never install updates
    .when-broken = Only when something stops working
    .updates-when-asked = We install updates when the phone or computer asks
    .auto-updates-locks = Updates are automatic, and every device has a screen lock
    .managed = We keep a list of our devices, check them regularly and replace them on a plan

q-cn-power = What happens to your work during a power cut?
    .help = A power cut stops the Wi-Fi router, the computer and the charging of phones. A little backup power lets you keep taking orders and payments.
    .everything-stops = Everything stops until the power comes back
    .power-bank = We keep the phone going on a power bank
    .power-bank-data = Phones on a power bank, and we switch to mobile data
    .ups = A battery backup (UPS) keeps the router and computer running for a while
    .ups-and-generator = A UPS plus a generator or solar power with batteries; work continues

q-cn-field-connectivity = When you or your staff work away from the workplace (driving, in the fields, at the market, at customers), how do you stay connected?
    .help = Work done away from the workplace is easily lost or delayed. A phone with data lets people confirm deliveries, take orders and be paid on the spot.
    .no-contact = No phone contact while away; work is reported on return
    .personal-phones = Personal phones, with data each person pays for
    .data-paid = Personal phones, with data the business pays for
    .business-phones = Phones kept for the business, with a data plan
    .field-apps = Business phones with apps to record orders, deliveries or payments on the spot

act-cn-reliable-internet = Get a reliable internet connection for the business
    .step = Ask two network providers what a monthly business data plan or a fibre line at your workplace costs, and sign up for one this month.
    .who-vn = Network providers such as Viettel, VNPT, FPT Telecom or MobiFone
    .who-la = Network providers such as Lao Telecom (LTC), Unitel or ETL

act-cn-fixed-broadband = Install fibre internet at your workplace
    .step = Ask the network providers near you whether fibre reaches your address and what the monthly price is; compare two offers.
    .who-vn = Network providers such as Viettel, VNPT or FPT Telecom
    .who-la = Network providers such as Lao Telecom (LTC), Unitel or ETL

act-cn-backup-connection = Keep mobile data ready as a backup connection
    .step = Put a data plan on one business phone and test sharing its connection (hotspot) with the computer or other phones.
    .who-vn = Your mobile network (Viettel, VinaPhone or MobiFone)
    .who-la = Your mobile network (Lao Telecom, Unitel or ETL)

act-cn-business-device = Keep a phone or computer just for the business, and keep it updated
    .step = Choose one phone (a good used one is fine) for the bank app, payments and customer chats; set a screen lock and turn on automatic updates.

act-cn-add-computer = Add a computer for invoices, records and spreadsheets
    .step = List the tasks that are slow or hard on the phone (invoices, spreadsheets, printing), and ask a computer shop whether a good used laptop would do them.

act-cn-device-per-person = Give each person who needs one a device for work
    .step = Write down who still works on a shared device or their own phone, and decide who gets a business device first.

act-cn-install-updates = Install the waiting updates on every business device
    .step = This week, open Settings on each phone and computer you use for the business and install all waiting updates, starting with the bank app.

act-cn-auto-updates = Turn on automatic updates and screen locks on all devices
    .step = On each phone and computer, turn on automatic updates for the system and apps, and set a PIN or fingerprint lock.

act-cn-device-list = Keep a list of business devices and plan when to replace them
    .step = Write down each device, who uses it, when it was bought and whether it still gets updates; plan to replace those that no longer do.

act-cn-power-bank = Keep a charged power bank for the business phone
    .step = Buy a power bank that can charge your phone at least once, and charge it every evening.

act-cn-ups = Put the router and computer on a battery backup (UPS)
    .step = Ask a computer shop for a small UPS that keeps your Wi-Fi router and computer running long enough to finish and save your work.

act-cn-backup-power = Plan backup power so work continues through long power cuts
    .step = Note how long your last power cuts lasted, and ask a supplier what a generator or solar panels with batteries would cost to run your key devices that long.

act-cn-field-chat-group = Agree how people working away stay in touch
    .step = Make a chat group for the team and ask everyone working away to post a short message when a delivery or job is done.

act-cn-pay-field-data = Pay the mobile data of people who work away
    .step = Choose a monthly data package for each person who works away from the workplace, and pay it from the business.
    .who-vn = Your mobile network (Viettel, VinaPhone or MobiFone)
    .who-la = Your mobile network (Lao Telecom, Unitel or ETL)

act-cn-field-business-phones = Give people who work away a phone kept for the business
    .step = Decide who works away most often, and give that person a business phone with a data plan and the business chat and bank apps.

act-cn-field-apps = Record work done away from the workplace in an app, on the spot
    .step = Pick one task, such as confirming deliveries or taking orders, and for two weeks record it in a shared app or online form instead of on paper.
