# epayments: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/epayments.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

## Questions

q-ep-business-account = Are the business's money and your personal money kept apart?
    .help = A separate business account shows at a glance what the business earns and spends. Clear accounts also help when you ask a bank for a loan or deal with the tax office.
    .cash-box = All business money is cash, kept in a box or drawer
    .personal = I use my personal bank account for the business too
    .separate = The business has its own bank account
    .separate-app = The business has its own account, and I use its banking app every day
    .team-app = A business account with its app; our accountant or staff have their own access, and statements go into our accounts

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

q-ep-counter-payments = How do customers pay at your counter?
    .help = Paying by phone at the counter is quick. A QR code with the amount already in it avoids typing mistakes, and a sales app can confirm by itself that the money arrived.
    .cash-drawer = Cash only, into the drawer
    .static-qr = A printed QR code; customers scan it and type in the amount
    .phone-qr = We show customers a QR code with the amount on a phone
    .pos-qr = A sales app (POS) makes a QR code with the bill amount
    .pos-linked = A sales app (POS) makes the QR code, updates the stock and issues the e-invoice

q-ep-deposits = How do guests pay deposits and bookings (rooms, tours, tables)?
    .help = A deposit paid in advance means fewer guests who book and do not come. A clear confirmation gives guests the confidence to book.
    .cash-arrival = Only in cash when they arrive
    .transfer-chat = By bank transfer, after we agree by chat or phone
    .qr-confirmed = By QR code or transfer, and we send a written confirmation
    .online-booking = They pay online when they book (on a booking site or our own booking page)
    .online-auto = They pay online when they book; confirmations and refunds are handled automatically under clear rules

q-ep-payment-requests = How do you ask business clients to pay?
    .help = Clear invoices with a QR code get you paid sooner, and regular reminders leave less money unpaid.
    .in-person = We collect cash in person
    .invoice-wait = We send an invoice and wait
    .invoice-bank = We send an invoice with our bank account details
    .invoice-qr = We send an invoice with a QR code or payment link
    .auto-reminders = Our software sends invoices with a QR code, reminds late payers and marks invoices paid by itself

q-ep-cod-collection = How do you keep track of cash on delivery (COD) collected by couriers or your drivers, until it is paid over?
    .help = Cash on delivery passes through many hands. Checking it against orders every week stops losses and late payments. If you never use cash on delivery, leave this question unanswered.
    .not-tracked = We do not keep track; we trust the driver or courier
    .paper = On paper or in a notebook
    .spreadsheet = In a spreadsheet, trip by trip or day by day
    .statements-weekly = Every week we check the COD statements of the courier, our drivers or the delivery app against our orders
    .auto-matched = COD money is matched with orders automatically in our software and paid over by transfer

q-ep-pay-out = How do you pay suppliers and staff?
    .help = Paying electronically keeps a record of every payment and saves trips to the bank.
    .cash = In cash
    .some-transfers = Mostly cash, some bank transfers
    .mostly-transfers = Mostly by bank transfer or app
    .all-transfers = Almost all by bank transfer or app
    .batch-from-software = All electronically, prepared from our accounting or payroll software

q-ep-invoices = How do you make invoices and receipts?
    .help = In Viet Nam, enterprises and household businesses must issue e-invoices (Decree 123/2020/ND-CP). E-invoices made from your sales records also save time.
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

## Actions: foundations shared with other areas

act-ep-open-business-account = Open a bank account used only for the business
    .step = Take your ID card (and business registration, if you have one) to your bank, open an account only for business money, and install its banking app.
    .who-vn = The nearest branch of your bank
    .who-la = Your bank (e.g. BCEL, LDB)

act-ep-accept-qr = Show a VietQR or Lao QR code at the counter and on bills
    .step = Get the QR code of your business account from your banking app, print it, put it by the till, and add it to your bills and delivery notes.
    .who-vn = Your bank; VietQR codes can be paid from the apps of the banks connected to NAPAS
    .who-la = Your bank (e.g. BCEL, LDB); Lao QR codes can be paid from the apps of the banks connected to LAPNet

## Actions: business account and banking app

act-ep-use-banking-app = Use the business account's banking app every day
    .step = Install the banking app for the business account, turn on payment alerts, and use it for the next payments you make and receive.
    .who-vn = Your bank
    .who-la = Your bank (e.g. BCEL, LDB)

act-ep-team-banking = Give your accountant or staff their own banking access; export statements
    .step = Ask your bank whether your accountant or staff can have their own sign-in with limited rights, and load last month's statement into your accounts file or software.
    .who-vn = Your bank
    .who-la = Your bank (e.g. BCEL, LDB)

## Actions: being paid

act-ep-accept-cards = Accept bank cards if customers often ask for it
    .step = Ask your bank what a card machine or tap-to-pay on a phone would cost, including the fee on each payment, and compare it with how many customers want to pay by card.
    .who-vn = Your bank
    .who-la = Your bank (e.g. BCEL, LDB)

act-ep-accept-e-wallet = Accept the e-wallet your customers use most
    .step = Ask regular customers which e-wallet they use (for example MoMo, ZaloPay, M-Money, U-Money), then sign up for that wallet's account for shops.

act-ep-promote-e-payment = Offer QR payment to every customer
    .step = Put your QR code where customers pay and on every bill, and ask staff to offer "Pay by QR?" before taking cash.

act-ep-move-regulars-electronic = Ask regular and business customers to pay by transfer
    .step = List the regular customers who still pay in cash, and send each of them your account details or QR code with their next bill.

## Actions: at the counter

act-ep-qr-with-amount = Show a QR code with the exact amount for each sale
    .step = Check whether your banking app can make a QR code with the amount filled in, and use it for your next big sale so the customer types nothing.

act-ep-sales-app = Use a sales app (POS) that makes the QR code from the bill
    .step = Try one or two sales apps (many have a free trial) on a phone or tablet with your 20 best-selling products, and check that the QR code shows the bill amount.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs

act-ep-pos-stock-invoices = Link your sales app to your stock and e-invoices
    .step = Enter your products and today's stock in the sales app, and ask its provider how to connect it with your e-invoice service.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs

## Actions: deposits and bookings

act-ep-deposit-by-qr = Take deposits by QR code or bank transfer
    .step = When a guest books by chat, send your QR code with the dates and the deposit amount, and ask for a deposit for busy dates.

act-ep-confirm-deposits = Confirm every deposit in writing
    .step = Write a short message template (dates, room or tour, amount paid, amount still due, cancellation terms) and send it as soon as the deposit shows in your banking app.

act-ep-online-booking-payment = Let guests pay online when they book
    .step = Check whether the booking sites you use can take payment for you, or add a payment link or QR code to your own booking page.

act-ep-auto-confirm-refunds = Confirm bookings automatically and write clear refund rules
    .step = Write your cancellation and refund rules, show them on every booking page, and turn on automatic confirmations in your booking system.

## Actions: asking business clients to pay

act-ep-invoice-bank-details = Send every invoice with a due date and your bank details
    .step = Add the business account number, account name and a due date to your invoice template, and send each invoice on the day the work is done.

act-ep-invoice-qr = Add a QR code with the amount to every invoice
    .step = In your banking app, make a QR code with the invoice amount (and, if the app allows, the invoice number as the payment note), and put it on the invoice.

act-ep-payment-reminders = Send payment reminders and match payments to invoices automatically
    .step = Check whether your invoice or accounting software can remind clients before and after the due date and mark invoices paid; turn it on for overdue invoices first.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs

## Actions: cash on delivery

act-ep-cod-spreadsheet = Keep a simple list of cash on delivery for every trip
    .step = Start a spreadsheet with one line per cash-on-delivery order: order, amount, who collected it, date paid over. Check it after every trip.

act-ep-cod-statements = Check COD statements against your orders every week
    .step = Each week, download the COD statement from the courier's app or website (or your drivers' list) and tick it against your orders; ask about any gap at once.

act-ep-cod-auto-match = Match COD money with orders automatically
    .step = Ask your courier and your sales or transport software provider whether COD statements can be imported, so that orders are marked paid by themselves.

## Actions: paying suppliers and staff

act-ep-pay-by-transfer = Pay suppliers and staff by bank transfer
    .step = Ask your main suppliers and staff for their account or QR code, save them as payees in your banking app, and pay the next bills and wages from it.

act-ep-end-cash-payouts = Move the last cash payments to transfers
    .step = List who you still pay in cash, such as casual workers or market sellers, and next time pay them by scanning their QR code.

act-ep-pay-from-software = Prepare supplier and wage payments in your accounting software
    .step = Ask your bank whether its business app can take a list of payments (for example all wages at once), and whether your accounting or payroll software can export one.
    .who-vn = Your bank; the SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
    .who-la = Your bank (e.g. BCEL, LDB)

## Actions: invoices

act-ep-issue-receipts = Give a numbered receipt or invoice for every sale
    .step = This week, start using a sales app on your phone or a numbered receipt book, and keep a copy of every receipt.
    .who-vn = The tax office that manages your business can tell you which invoices you must issue.
    .who-la = The tax office can tell you which invoices and receipts you must issue.

act-ep-start-e-invoices = Switch to e-invoices made in invoice software
    .step = Viet Nam: choose an e-invoice provider (ask your bank or accountant) and let it help you register your e-invoices with the tax office. Lao PDR: make numbered invoices in an invoice or accounting program and send them as PDF.
    .who-vn = The tax office that manages your business; your accountant
    .who-la = Your accountant or the tax office

act-ep-link-e-invoices = Make e-invoices straight from your sales or accounting software
    .step = Ask your e-invoice provider which sales or accounting software it connects with, and test the link on one invoice.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs

## Actions: checking that payments match sales

act-ep-check-alerts-daily = Turn on payment alerts and check them every day
    .step = Turn on alerts for every incoming payment in your banking app, and before handing over goods check the alert, not the customer's screenshot.

act-ep-match-daily = Match each day's payments with your sales
    .step = At the end of each day, tick every bank alert against that day's sales in your book or spreadsheet, and follow up anything missing the next morning.

act-ep-auto-matching = Let your sales software match payments automatically
    .step = Ask your bank and your sales software provider whether they connect, so that each QR code carries the order and the sale is marked paid by itself.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs
