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
