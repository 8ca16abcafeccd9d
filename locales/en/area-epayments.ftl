# epayments: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/epayments.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

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
