# The questionnaire. One message per question: the question, `.help` (why it matters),
# and one attribute per answer option, named by the option id in assets/instrument/.

## E-commerce

q-ec-online-presence = Where can customers find your business online?
    .help = Most customers look on their phone before they buy or visit. Being easy to find brings new customers at almost no cost.
    .none = Nowhere online yet
    .listing = Only a listing, for example on Google Maps
    .social-page = A page on Facebook, Zalo, TikTok or similar
    .several-channels = A page plus a marketplace shop or a simple website
    .full-catalogue = A website or online shop showing all products or services with prices, kept up to date

q-ec-online-orders = How do customers order from you online?
    .help = Taking orders online lets you sell outside opening hours and beyond your area.
    .none = We do not take orders online
    .occasional = Sometimes, a few orders a month by message
    .chat = Regularly, by message or call after customers see us online
    .platform = Through a marketplace or booking website
    .own-shop = Through our own online shop or booking system, as well as by message

q-ec-online-sales-share = About what share of your sales came from online orders in the last 12 months?
    .help = This shows how much of your business already depends on online sales. An estimate is fine.
    .unit = % of sales

q-ec-channels = Where do you sell online? Choose all that apply.
    .help = Each channel reaches different customers. Marketplaces bring buyers; your own channels keep them.
    .none = We do not sell online
    .social = Social media (Facebook, Zalo, TikTok)
    .marketplace = A marketplace (for example Shopee, Lazada, TikTok Shop, Postmart)
    .own-website = Our own website
    .travel-sites = Booking and travel websites (for example Booking.com, Agoda, Traveloka)
    .farm-platforms = Platforms for farm produce (for example Postmart, Voso, the Ministry of Industry and Commerce platform)
    .cross-border = Selling to buyers in other countries

q-ec-delivery = How do orders reach your customers?
    .help = Reliable delivery with tracking builds trust and cuts the cost of lost or returned orders.
    .pickup-only = Customers collect in person only
    .own-trips = We deliver ourselves, arranging each trip by phone
    .courier-cod = By courier, mostly paid as cash on delivery
    .courier-tracked = By courier, and we send customers the tracking number
    .integrated = Shipping is booked from our sales system; customers track it and cash on delivery is matched automatically

## E-payments

q-ep-accept-methods = How can customers pay you? Choose all that apply.
    .help = Customers increasingly pay by phone. Accepting QR and transfers means fewer lost sales and less cash to handle.
    .cash-only = Cash only
    .bank-transfer = Bank transfer
    .qr = QR code (VietQR or Lao QR) shown at the counter or on the bill
    .card = Bank card
    .e-wallet = E-wallet (for example MoMo, ZaloPay, M-Money)

q-ep-share-electronic = About what share of your sales is paid electronically (transfer, QR, card, e-wallet)?
    .help = The same measure is used in national surveys, so you can compare yourself with other firms. An estimate is fine.
    .unit = % of sales

q-ep-pay-out = How do you pay suppliers and staff?
    .help = Paying electronically keeps a record of every payment and saves trips to the bank.
    .cash = In cash
    .some-transfers = Mostly cash, some bank transfers
    .mostly-transfers = Mostly by bank transfer or app
    .all-transfers = Almost all by bank transfer or app
    .batch-from-software = All electronically, prepared from our accounting or payroll software

q-ep-invoices = How do you make invoices and receipts?
    .help = In Viet Nam every business must issue e-invoices (Decree 123/2020/ND-CP). E-invoices linked to sales also save time.
    .none = We do not make invoices, or only handwritten receipts
    .paper = A printed invoice book
    .office-files = Made in Word or Excel and printed
    .e-invoice-manual = E-invoices typed in by hand in invoice software or on the tax portal
    .e-invoice-linked = E-invoices made automatically from our sales or accounting software

q-ep-reconciliation = How do you check that payments arrived and match your sales?
    .help = Checking often catches mistakes and fake payment screenshots early.
    .none = We do not check regularly
    .monthly = From the bank statement at the end of the month
    .daily-alerts = We look at bank app alerts every day
    .daily-matched = Bank alerts are matched with our sales book or spreadsheet every day
    .automatic = Payments are matched automatically in our sales or accounting software

## Cloud services

q-cl-files = Where do you keep business files such as price lists, contracts and photos?
    .help = Files kept in only one place are lost when a phone breaks or is stolen. Online storage keeps them safe and shareable.
    .paper = On paper only
    .one-device = On one phone or computer only
    .copied = On our devices, sometimes copied to a USB stick or another device
    .personal-cloud = In online storage (for example Google Drive, OneDrive) under a personal account
    .business-cloud = In online storage with a business account shared by the team

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

## Internet and devices

q-cn-internet = What internet connection does the business use?
    .help = Online sales, payments and software all stop when the internet stops.
    .none = None
    .personal-mobile = Mobile data on personal phones only
    .business-mobile = A mobile data plan or pocket Wi-Fi for the business
    .fixed = Fixed broadband (fibre) at the workplace
    .fixed-and-backup = Fixed broadband with a mobile backup when it fails

## Digital skills

q-sk-who-can = Who in the business can do online tasks such as selling online, using a banking app or business software?
    .help = Tools help only when people can use them. Skills can be learned step by step.
    .no-one = No one yet
    .with-help = Only with help from family or friends
    .owner = The owner
    .owner-and-some = The owner and some staff
    .most-trained = Most staff, and new staff are trained

## Security and data protection

q-se-passwords = How do you protect your bank, email and shop accounts?
    .help = Most break-ins start with a weak or reused password. Two-step sign-in stops most of them.
    .shared = The same simple password everywhere, or shared with others
    .some-different = Different passwords for some accounts
    .all-different = A different strong password for every important account
    .two-step-key = Different passwords and two-step sign-in on bank and email
    .managed = A password manager, two-step sign-in everywhere, and access removed when someone leaves

q-se-personal-data = Do you have rules on who may see customers' personal data (names, phone numbers, addresses) and how long you keep it?
    .help = Customers' personal data must be protected by law (in Viet Nam, Decree 13/2023/ND-CP). Clear rules prevent leaks and fines.

## Digital plan and leadership

q-st-plan = Do you have a plan for using digital tools in the business?
    .help = A simple plan helps you spend on what brings results first.
    .none = No
    .ideas = Some ideas, nothing written down
    .goals = Written goals for going digital
    .plan-budget = A written plan with a budget and who does what
    .reviewed = A plan we review every year, measuring the results
