# ecommerce: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/ecommerce.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

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

q-ec-business-buyers = How do business buyers (shops, wholesalers, exporters) find you and order from you?
    .help = Business buyers look for suppliers online and expect a quick catalogue, quote and papers. Being easy to find and easy to order from brings more and larger orders.
    .word-of-mouth = Only through people we already know and word of mouth
    .contact-online = They find our contact details online (a page, Google Maps, a business directory)
    .catalogue-chat = When asked, we send our catalogue and prices by Zalo, WhatsApp or email
    .online-catalogue = Our catalogue is online (our website or a business-to-business platform), and quotes and invoices go out electronically
    .cross-border = All of that, and buyers in other countries also find us and order online, with electronic documents

q-ec-traceability = Do your produce or packages show where they come from and how they were grown?
    .help = Shops, supermarkets and exporters more and more want to know where food comes from and how it was grown. A label or QR code that shows this helps you sell to them, often at a better price.
    .none = No labels: produce is sold loose or in plain packaging
    .name-label = A label with our name, place and phone number
    .certified-label = A label that also shows a certification (for example VietGAP, organic, OCOP stars)
    .qr-basic = A QR code on the label that opens a page about our farm and how we grow
    .qr-records = A QR code linked to records of each batch that we keep up to date, and buyers use it

q-ec-direct-booking = How do guests book a room, table or tour with you?
    .help = Booking websites bring guests but take a commission on every booking. Bookings on your own page, and one calendar for all channels, keep more of the money and prevent double bookings.
    .phone-walk-in = Only by phone or when they walk in
    .chat = Also by chat (for example Zalo, Messenger, WhatsApp)
    .ota = Also on booking websites (for example Booking.com, Agoda, Traveloka)
    .own-engine = Also on our own booking page (website or Facebook) that confirms at once
    .synced = On all these channels, with one calendar that updates all of them by itself

q-ec-appointments = How do clients book an appointment or a service with you?
    .help = When clients can book at any hour you get more bookings, and reminders mean fewer clients who do not turn up.
    .walk-in-phone = They walk in or call; we keep bookings in our head or on paper
    .chat = Also by chat (for example Zalo, Messenger, WhatsApp)
    .calendar = We keep all bookings in a calendar app, shared with staff if we have any
    .online-booking = Clients pick a free time themselves through an online booking link or app
    .reminders = Online booking with automatic reminders, and deposits or payment taken online

q-ec-reviews = What do you do with online reviews and ratings (Google Maps, Facebook, booking websites)?
    .help = Most people read reviews before they choose where to stay or whom to use. Replying to reviews, good or bad, shows that you care and wins trust.
    .none = We do not look at them
    .read = We read them now and then, but do not reply
    .reply-some = We reply to some, mostly to complaints
    .reply-all = We reply to every review within a few days and ask happy customers to leave one
    .improve = All of that, and we follow our ratings over time and change how we work because of reviews

## Actions: online presence

act-ec-list-on-maps = Put your business on Google Maps
    .step = On your phone, add your business to Google Maps (Google Business Profile, free) with its name, address, phone, opening hours and a few photos.

act-ec-open-social-page = Open a business page on Facebook, Zalo or TikTok
    .step = Create a free page (a Facebook page, or a Zalo Official Account in Viet Nam) with your address, phone, opening hours, and photos and prices of your ten best products or services.

act-ec-simple-website = Make a simple website showing what you sell, with prices
    .step = Use a free website builder such as Google Sites to make one page with your products or services, prices, photos, map and a chat link; someone good with phones can help.

act-ec-full-catalogue = Put all your products or services online with prices, kept current
    .step = List everything you sell in one spreadsheet with photo, price and availability; update your page and shop from it, and check it every week.

## Actions: online orders and sales

act-ec-take-orders-by-chat = Invite customers to order from you by message
    .step = Put "Order by message" with your chat number (Zalo, Messenger or WhatsApp) and your payment QR code on your page, bills and shop sign, and answer orders the same day.

act-ec-quick-replies = Make ordering by message quick and easy
    .step = Save ready replies in your chat app (price list, how to pay by QR, delivery fee and time), and pin your price list at the top of your page.

act-ec-open-marketplace-shop = Open a shop on a marketplace
    .step = Choose one marketplace your customers use (for example Shopee, TikTok Shop or Postmart), register as a seller with your ID and bank account, and list your ten best sellers.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương) often runs e-commerce courses; the marketplaces also train new sellers for free.
    .who-la = The provincial Department of Industry and Commerce. Online sellers notify the Ministry of Industry and Commerce (Decree 296/GOV, 2021).

act-ec-own-online-shop = Set up your own online shop or booking page with online payment
    .step = Ask two providers for a price for a simple online shop or booking page linked to your social page, with QR payment, and compare their yearly fees.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs.
    .who-la = The provincial Department of Industry and Commerce. Online sellers notify the Ministry of Industry and Commerce (Decree 296/GOV, 2021).

act-ec-promote-online-ordering = Tell every customer that they can order from you online
    .step = Put a small sign with your page, chat number and QR code at the counter and in every bag or bill, and ask regular customers to order by message next time.

act-ec-post-regularly = Post regularly and answer every message quickly
    .step = Plan three posts a week, each with a photo, the price and how to order, and try one short video or live stream this month.

act-ec-track-online-sales = Find out which online channel brings the most sales
    .step = For one month, note each online order's channel (page, chat, marketplace) and value in a notebook or spreadsheet, then put more time into the best one.

act-ec-bring-customers-back = Bring online customers back with follow-ups and offers
    .step = Keep a list of online customers who agreed to hear from you, and send each a thank-you and an offer for their next order.

## Actions: channels

act-ec-list-on-travel-sites = List your rooms or tours on a booking website
    .step = Register on one booking website (Booking.com, Agoda or Traveloka) with good photos, prices and clear cancellation rules; check its commission per booking first.

act-ec-sell-on-farm-platform = Put your produce on a farm-produce platform
    .step = In Viet Nam, ask your post office about opening a Postmart shop, or register on Voso; in Lao PDR, ask the Department of Industry and Commerce about the Ministry's farm platform. Start with your main product.
    .who-vn = Vietnam Post (Postmart) and Viettel Post (Voso); the provincial Department of Industry and Trade (Sở Công Thương).
    .who-la = The provincial Department of Industry and Commerce, for the farm e-commerce platform of the Ministry of Industry and Commerce.

act-ec-try-cross-border = Try selling one product to buyers in one nearby country
    .step = Pick one product and one country, and ask a courier and the trade office which papers, labels and shipping costs it needs.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương) and its trade-promotion programmes.
    .who-la = The Lao National Chamber of Commerce and Industry (LNCCI) and the provincial Department of Industry and Commerce.

## Actions: delivery

act-ec-start-delivery = Offer delivery: yourself nearby, by courier further away
    .step = Set your delivery area and fee, and open a sender account with one courier (for example Viettel Post, GHN or GHTK in Viet Nam; Anousith or HAL in Lao PDR) for orders further away.

act-ec-use-courier = Send orders by courier, with cash on delivery where needed
    .step = Open a sender account with one courier (many have an app), compare its fees for your usual parcel, and send your next out-of-town order with it.

act-ec-check-tracking-cod = Send tracking numbers and check every cash-on-delivery payout
    .step = Send each customer the tracking number when you hand over the parcel, and every week tick off the courier's COD payout list against your orders.

act-ec-link-shipping = Book deliveries from your sales app and match COD automatically
    .step = Ask whether your sales app or marketplace links to your courier, so that orders, tracking and COD payouts come in by themselves; try it on ten orders.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs.

## Actions: business buyers (manufacturing)

act-ec-b2b-listing = Put your company and products where business buyers look
    .step = Create a Google Maps listing and a page showing your products, capacity, certificates and contact details, and ask your business association to list you.
    .who-vn = The provincial business association (Hiệp hội Doanh nghiệp) and the provincial Department of Industry and Trade (Sở Công Thương).
    .who-la = The Lao National Chamber of Commerce and Industry (LNCCI).

act-ec-digital-catalogue = Make a digital catalogue with photos, sizes and prices
    .step = Make one PDF with each product's photo, size, minimum order, price and delivery time, and send it by Zalo, WhatsApp or email to your next enquiry.

act-ec-b2b-platform = Put your catalogue online and send quotes and invoices electronically
    .step = Publish your catalogue on your website or on one business-to-business platform (start with a free listing), and send every quote and invoice as a file, using e-invoices in Viet Nam.
    .who-vn = The provincial Department of Industry and Trade (Sở Công Thương) and its trade-promotion programmes.
    .who-la = The Lao National Chamber of Commerce and Industry (LNCCI) and the provincial Department of Industry and Commerce.

## Actions: traceability (agriculture)

act-ec-label-produce = Label your produce with your name and where it comes from
    .step = Print stickers with your farm or cooperative name, village, phone and packing date, and put one on every bag or box.

act-ec-get-certified = Work towards a certification that buyers trust
    .step = Ask the agricultural extension office which certification (for example VietGAP, organic or OCOP) suits your product, and what records and costs it needs.
    .who-vn = The provincial agricultural extension centre (Trung tâm Khuyến nông) and the commune People's Committee, for VietGAP and OCOP.
    .who-la = The district agriculture office or the provincial agriculture department.

act-ec-add-trace-qr = Add a QR code that shows origin, farming practice and certificates
    .step = Make a free web page (for example with Google Sites) about your farm, how you grow and your certificates, turn its link into a QR code, and print it on your label.

act-ec-keep-trace-records = Link your QR code to batch records that you keep up to date
    .step = Start a farm diary in a shared spreadsheet or a traceability app, with planting, spraying and harvest dates for each batch, and show your buyers how to scan the code.

## Actions: bookings (tourism) and appointments (other services)

act-ec-booking-by-chat = Take bookings by chat and confirm each one in writing
    .step = Put your chat number (Zalo, Messenger or WhatsApp) on your page and Google Maps; reply with free times and prices, take any deposit by QR, and confirm each booking by message.

act-ec-direct-booking-page = Let guests book and pay on your own page
    .step = Add a "Book now" button to your Facebook page or website, linked to a simple booking engine; compare the fees of two engines before you choose.

act-ec-channel-manager = Keep one calendar that updates all your booking channels
    .step = Ask your booking engine or hotel software whether it has a channel manager linked to Booking.com, Agoda and Traveloka, and try it for one month.
    .who-vn = The SMEdx programme: Decree 80/2021/ND-CP co-funds 50% of certified digital-transformation platforms for SMEs.

act-ec-shared-calendar = Keep all bookings in one calendar on your phone
    .step = Enter every booking, with the client's name and phone, in a free calendar app (for example Google Calendar), and share it with staff if you have any.

act-ec-online-booking-link = Let clients choose a free time themselves through a booking link
    .step = Turn on a free booking page (for example an appointment schedule in Google Calendar) or a booking app for your trade, and put the link on your page and chat profile.

act-ec-booking-reminders = Send automatic reminders and take deposits online
    .step = Turn on reminder messages in your booking tool, and ask for a deposit by QR for long or costly appointments.

## Actions: online reviews (tourism, other services)

act-ec-watch-reviews = Check your online reviews every week
    .step = Claim your Google Maps listing and turn on review notices on your Facebook page and booking sites; set a weekly reminder to read new reviews.

act-ec-reply-reviews = Reply politely to every review, good or bad
    .step = This week, reply to your last ten reviews: thank the writer, and for a complaint say sorry and what you have changed.

act-ec-ask-for-reviews = Reply to all reviews, and ask happy customers to write one
    .step = Print a small card with a QR code that opens your Google Maps review page and hand it to happy customers; never buy or fake reviews.

act-ec-learn-from-reviews = Follow your ratings and fix what reviews complain about
    .step = Once a month, write down your rating on each site and the three most common complaints, pick one to fix, and tell your staff.
