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
