# Shared names: areas, maturity levels, sectors, countries, size bands, yes/no.
# Terms are kept consistent with locales/GLOSSARY.md.

area-ecommerce = E-commerce
    .description = Being found online, selling through marketplaces and social media, taking orders, delivery.
area-epayments = E-payments
    .description = Being paid and paying electronically, e-invoices, checking that payments match sales.
area-cloud = Cloud services
    .description = Online storage and email, online business software, backups, working together.
area-connectivity = Internet and devices
    .description = A reliable internet connection and the devices to use it.
area-skills = Digital skills
    .description = Who in the business can use digital tools, and how they learn.
area-security = Security and data protection
    .description = Passwords, two-step sign-in, and care with customers' personal data.
area-strategy = Digital plan and leadership
    .description = Goals, a plan and a budget for going digital, and checking the results.

level-1 = Not started
    .description = Little or no use of digital tools yet in this area.
level-2 = Beginning
    .description = First steps taken: some tools used now and then, mostly by hand.
level-3 = Developing
    .description = Digital tools are used regularly for the main tasks.
level-4 = Advanced
    .description = Digital tools are joined up and used by the whole team.
level-5 = Leading
    .description = Digital ways of working are complete, measured and improved.

sector-retail_wholesale = Retail and wholesale trade
sector-agriculture = Agriculture, farms and cooperatives
sector-manufacturing = Manufacturing and processing
sector-tourism = Tourism and hospitality
sector-logistics = Logistics and transport
sector-other_services = Other services

country-VN = Viet Nam
country-LA = Lao PDR

size-micro = Micro
size-small = Small
size-medium = Medium
size-large = Large

answer-yes = Yes
answer-no = No

effort-low = Little effort
effort-medium = Some effort
effort-high = Much effort

cost-free = Free
    .description = No money needed, only time.
cost-low = Low cost
    .description = Up to about 2 million đồng or 1.5 million kip (about 80 US dollars) a year.
cost-medium = Medium cost
    .description = Up to about 20 million đồng or 15 million kip (about 800 US dollars) a year.
cost-high = Higher cost
    .description = More than about 20 million đồng or 15 million kip a year; look for support programmes.

horizon-30 = Next 30 days
horizon-90 = Next 90 days
horizon-365 = Next 12 months
