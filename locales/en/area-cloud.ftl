# cloud: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/cloud.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-cl-files = Where do you keep business files such as price lists, contracts and photos?
    .help = Files kept in only one place are lost when a phone breaks or is stolen. Online storage keeps them safe and shareable.
    .paper = On paper only
    .one-device = On one phone or computer only
    .copied = On our devices, sometimes copied to a USB stick or another device
    .personal-cloud = In online storage (for example Google Drive, OneDrive) under a personal account
    .business-cloud = In online storage with a business account shared by the team

q-cl-email = Which email address does the business use?
    .help = Customers, banks and marketplaces trust an address in the business's name more, and the business keeps its mail when someone leaves.
    .personal-only = No email, or only my personal email
    .shared-personal = One personal mailbox that several of us use
    .free-business-name = A free mailbox with the business name (for example yourshop@gmail.com)
    .own-domain = Email on the business's own domain name (for example sales@yourshop.vn)
    .own-domain-team = Our own domain, with an account for each person who needs one, and shared calendars

q-cl-accounting = How do you keep your accounts?
    .help = Up-to-date accounts show whether you make money, and are needed for tax and for loans.
    .none = We do not keep accounts, or only in our heads
    .paper-book = In a paper book
    .spreadsheet = In a spreadsheet such as Excel
    .installed-software = In accounting software installed on one computer
    .online-software = In online accounting software that we can open from anywhere

q-cl-business-apps = Which online software do you use to run the business? Choose all that apply.
    .help = Online software saves typing the same thing twice and shows the business at a glance, on any device.
    .none = None
    .sales-pos = A sales or point-of-sale app
    .stock = Stock or warehouse management
    .customers = A customer list or loyalty app
    .invoicing = Invoicing or e-invoice software
    .bookings = A booking or reservation system
    .shipments = Shipment tracking or e-waybill software
    .production = Production planning software
    .farm-records = Farm records or traceability software

q-cl-stock = How do you keep track of your stock (goods, materials, farm inputs or produce)?
    .help = Knowing what you have avoids running out, buying too much and losing goods. Stock often holds much of the business's money.
    .memory = From memory, or by looking at the shelves and the store room
    .paper-book = In a paper stock book
    .spreadsheet = In a spreadsheet
    .stock-app = In a stock app, or the stock part of a sales app
    .linked-software = In software linked to sales and purchases, with low-stock alerts

q-cl-production = How do you plan and record production orders, materials and quality checks?
    .help = A written plan shows which orders are due, which materials to buy and where quality slips, so you deliver on time and waste less.
    .not-written = It is not written down; we keep it in our heads
    .paper = On paper or a whiteboard
    .spreadsheet = In a spreadsheet
    .software = In production software
    .linked = In production software linked to stock, orders and costs

q-cl-shipments = How do you manage shipments and vehicles?
    .help = Knowing where each shipment and vehicle is cuts empty trips and customer calls, and gets invoices out sooner.
    .phone-paper = By phone and on paper
    .chat-spreadsheet = In chat groups and a spreadsheet
    .e-waybill = With e-waybills (electronic consignment notes)
    .gps-tracking = In shipment tracking software, with GPS on our vehicles
    .shared-tracking = Customers can follow their shipments, and tracking is linked to billing

q-cl-customer-records = How do you keep records of your customers or guests and what they bought or booked?
    .help = Knowing your regular customers and their history helps you serve them well, remind them and win repeat business. Keep only what you need, and keep it safe.
    .none = We do not keep customer records
    .paper = In a paper book or on booking forms
    .phone-chat = In phone contacts and chat history
    .spreadsheet = In a spreadsheet or an online form
    .software = In customer or booking software (CRM or PMS) used by everyone who serves customers

q-cl-backup = How do you back up important business data?
    .help = A backup is the only way back after a broken device, a virus or a mistake.
    .none = We do not make backups
    .sometimes = Sometimes, when we remember
    .monthly-copy = We copy it to another device at least every month
    .automatic = It is backed up online automatically
    .automatic-tested = Backed up automatically, and we have tried restoring it

q-cl-sharing = How do you share documents and work with staff, your accountant or partners?
    .help = Sharing online means everyone works on the latest version, from anywhere.
    .in-person = On paper or in person
    .chat-photos = Photos and files sent by chat (Zalo, WhatsApp, Messenger)
    .email = As email attachments
    .shared-folders = In shared online folders
    .shared-documents = We edit the same documents and task lists together online

## Actions: files, email, working together

act-cl-scan-documents = Photograph your key papers and keep them as files
    .step = Use the scan function on your phone (for example in Google Drive) to copy licences, contracts and price lists into one folder.

act-cl-use-online-storage = Save business files in online storage
    .step = Install Google Drive or OneDrive on the business phone or computer, make a folder called Business, and move price lists, contracts and photos into it.

act-cl-business-cloud-account = Set up business online storage and email for the team
    .step = Choose one service (for example Google Workspace or Microsoft 365), create accounts for yourself and the staff who handle orders or money, and move the shared files there.
    .who-vn = An authorised reseller of Google Workspace or Microsoft 365, or a local IT shop
    .who-la = An authorised reseller of Google Workspace or Microsoft 365, or a local IT shop

act-cl-business-mailbox = Create a separate mailbox in the business's name
    .step = Create a free Gmail or Outlook address with the business name, and use it for your bank, suppliers and marketplace accounts.

act-cl-own-domain-email = Get email on the business's own domain name
    .step = Register a domain name for the business (for example yourshop.vn or yourshop.la) and connect it to a business email service.
    .who-vn = A .vn domain registrar accredited by VNNIC (the Viet Nam Internet Network Information Center)

act-cl-team-chat-group = Make one work chat group for the team
    .step = Create a Zalo or WhatsApp group for your staff and accountant, and post orders, notes and documents there instead of on paper.

act-cl-shared-folders = Share files in online folders instead of sending copies
    .step = Create one shared folder in Google Drive or OneDrive for orders, price lists and invoices, and share it with your staff and accountant.

act-cl-edit-together = Work on the same documents and lists together online
    .step = Turn one list you now send around (orders, stock or tasks) into a Google Sheets or Microsoft 365 file that everyone edits.

## Actions: backups

act-cl-start-backups = Back up business data automatically
    .step = On the business phone, turn on automatic backup (Google or iCloud) and chat backup in Zalo or WhatsApp; on the computer, keep business files in a Google Drive or OneDrive folder.

act-cl-test-restore = Test restoring a file from your backup
    .step = Restore one file from your backup onto another device and check that it opens. Do this again every three months.

## Actions: accounts

act-cl-keep-daily-book = Write down every sale and expense each day
    .step = Start a notebook or a free bookkeeping app on your phone, and each evening write down the money that came in and went out.

act-cl-accounts-spreadsheet = Move your accounts from the book to a spreadsheet
    .step = Copy last month's book into a simple spreadsheet (Excel or Google Sheets) with columns for date, item, money in and money out.

act-cl-online-accounting = Move your accounts into online accounting software
    .step = Ask your accountant which online software fits your business (in Viet Nam many include e-invoices, for example MISA), and try it with last month's figures.
    .who-vn = Your accountant or an accounting service firm; the SMEdx programme — Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = Your accountant or an accounting service firm; the Lao National Chamber of Commerce and Industry (LNCCI)

act-cl-move-accounting-online = Switch your accounting software to an online version
    .step = Ask your software provider whether it has an online version and can move your data for you; back up your current data first.

## Actions: business software

act-cl-sales-app = Record sales in a sales app
    .step = Try the free plan of a sales app (for example KiotViet or Sapo in Viet Nam, Loyverse in Lao PDR) and enter your 20 best-selling items.

act-cl-invoicing-software = Issue invoices from online software
    .step = In Viet Nam, ask your e-invoice provider to link e-invoices to your sales or accounting software. In Lao PDR, make invoices in your sales or accounting app and send them as files.
    .who-vn = Your e-invoice provider, or your local tax office

act-cl-count-stock = Count your main stock items every week
    .step = Pick your 20 most important items (goods, materials or farm inputs), count them every week and write the numbers down.

act-cl-stock-spreadsheet = Keep your stock list in a spreadsheet
    .step = Make a sheet with item, unit, quantity in, quantity out and quantity left, and update it each time goods come in or go out.

act-cl-stock-app = Track stock in a stock app or your sales app
    .step = Turn on the stock feature of your sales app, or try a stock app, and enter the counts of your main items.

act-cl-link-stock = Link stock to sales and purchases, with low-stock alerts
    .step = Make each sale and purchase update the stock in your software, and set a minimum level for your 10 most-used items.

act-cl-write-production-orders = Write a job sheet for every production order
    .step = For each order, write the product, quantity, materials, due date and who does it on one sheet, and keep the sheets in one place.

act-cl-production-spreadsheet = Plan production in a shared spreadsheet
    .step = Make one sheet of open orders with due dates, materials needed and quality-check results, and update it every day.

act-cl-production-software = Plan and record production in production software
    .step = List what you need to see each day (open orders, materials, quality checks), and ask two providers to show their software with your own data.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương) and its industrial promotion (khuyến công) centre; the SMEdx programme — Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = The provincial Department of Industry and Commerce

act-cl-link-production = Link production software to stock, orders and costs
    .step = Ask your software provider how to connect production with stock and sales orders, and start with one product line.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương) and its industrial promotion (khuyến công) centre; the SMEdx programme — Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = The provincial Department of Industry and Commerce

act-cl-shipment-log = Log every shipment in one chat group and one sheet
    .step = Make one chat group for the drivers and one shared sheet listing each shipment: customer, pick-up, delivery, vehicle and status.

act-cl-e-waybills = Issue e-waybills for your shipments
    .step = Ask your transport or e-invoice software provider how to issue e-waybills (electronic consignment notes), and try them with one regular customer.

act-cl-shipment-tracking = Track shipments and vehicles in software with GPS
    .step = Ask the provider of your vehicles' GPS devices whether their data can feed shipment tracking software, and try it on one route.
    .who-vn = The provider of your vehicles' journey-monitoring (GPS) devices (thiết bị giám sát hành trình)
    .who-la = The provider of your vehicles' GPS devices

act-cl-share-tracking = Share tracking with customers and link it to billing
    .step = Send customers a tracking link for each shipment, and make delivered shipments go straight into your list of invoices to issue.

act-cl-start-customer-list = Start a list of your customers and what they buy
    .step = From this week, note each customer's name, phone number, what they bought or booked, and the date. Tell customers why you keep it.

act-cl-customer-sheet = Keep customer records in one spreadsheet or online form
    .step = Make one shared sheet (for example Google Sheets) with name, contact, visits or bookings and notes, and enter this month's customers.

act-cl-customer-app = Keep customer history in customer or booking software
    .step = Try a customer app, or the guest records of your booking software (PMS), and import your current customer sheet.

act-cl-booking-system = Keep all bookings in one booking calendar or PMS
    .step = Try a booking calendar or property management software (PMS) with a free trial, and enter next month's bookings from every channel.

act-cl-farm-records = Keep a digital farm diary for traceability
    .step = Record each planting, input used (fertiliser, spray, feed) and harvest in a farm diary app or a shared sheet, by plot and date.
    .who-vn = Your cooperative, or the provincial agricultural extension centre (Trung tâm Khuyến nông)
    .who-la = Your cooperative or farmer group
