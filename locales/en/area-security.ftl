# security: questions (q-*) and improvement actions (act-*).
# One message per question: the question, `.help` (why it matters), one attribute per answer
# option named by the option id in assets/instrument/<version>/questions/security.toml.
# One message per action: what to do, `.step` (the first concrete step), and optionally
# `.who-vn` / `.who-la` (who can help locally in Viet Nam / Lao PDR).

q-se-passwords = How do you protect your bank, email and shop accounts?
    .help = Most break-ins start with a weak or reused password. Two-step sign-in stops most of them.
    .shared = The same simple password everywhere, or shared with others
    .some-different = Different passwords for some accounts
    .all-different = A different strong password for every important account
    .two-step-key = Different passwords and two-step sign-in on bank and email
    .managed = A password manager, two-step sign-in everywhere, and access removed when someone leaves

q-se-personal-data = Do you have rules on who may see customers' personal data (names, phone numbers, addresses) and how long you keep it?
    .help = Customers' personal data must be protected by law (in Viet Nam, Decree 13/2023/ND-CP). Clear rules prevent leaks and fines.

q-se-scams = How do you make sure that payments and messages are real?
    .help = Fake transfer screenshots, fake bank or delivery messages and links that steal passwords are common tricks. Checking in the bank app before you hand over goods stops most of them.
    .trust-screenshots = We trust the customer's screenshot or message
    .sometimes-check = We sometimes check in the bank app
    .always-check = We always check the bank app before handing over goods, and do not open links in unexpected messages
    .rule-trained = This is a written rule, and everyone who takes payments has been shown it
    .rule-alerts = A written rule, trained staff, and bank alerts that reach more than one person

q-se-devices-locked = How are the phones and computers used for the business protected?
    .help = A lost or unlocked phone can open your bank app, chats and customer lists. Screen locks and updates close most of the doors.
    .none = No screen lock, and we do not install updates
    .some = Some devices have a PIN or password
    .all-locked = All lock with a PIN, fingerprint or password
    .locked-updated = All locked, and updates installed when they come
    .protected = All locked and updated, with anti-virus, and a lost phone can be found or wiped

q-se-if-hacked = If someone took over your Facebook, chat app (Zalo, WhatsApp), email or bank account, what would you do?
    .help = Acting in the first hours saves money and customers. Knowing the steps in advance makes that possible.
    .no-idea = I do not know
    .ask-someone = I would ask a friend or relative for help
    .know-who = I know whom to call (the bank's hotline, the platform's help page)
    .written-steps = Steps written down, and recovery codes kept in a safe place
    .practised = Steps practised, recovery codes kept, and backups ready to restore

q-se-customer-consent = Do you ask customers before sending them offers or sharing their details with others?
    .help = Customers trust a business that asks first. In Viet Nam, Decree 13/2023/ND-CP requires consent to use personal data.
    .never-ask = We do not ask; we add them to lists or groups and share details when needed
    .sometimes = We ask some customers
    .always-ask = We always ask first, and stop when a customer says no
    .recorded = We ask and note who agreed and when
    .opt-out-agreements = Consent noted, an easy way to stop messages, and details shared only with partners who agree to protect them

act-se-strong-passwords = Give each important account its own strong password
    .step = Start with the bank app, email and Facebook or Zalo: give each a long new password that nobody else knows.

act-se-two-step = Turn on two-step sign-in for bank, email and shop accounts
    .step = This week, open the security settings of your email, Facebook and shop accounts and turn on two-step sign-in; in the bank app, use OTP or fingerprint sign-in.
    .who-vn = Your bank's branch or hotline (for Smart OTP in the bank app)
    .who-la = Your bank (e.g. BCEL, LDB), for OTP in the bank app

act-se-password-manager = Use a password manager and remove access when people leave
    .step = Turn on the password manager built into your phone or browser, move the business passwords into it, and list who uses which account.

act-se-data-rules = Write simple rules on who sees customer data and for how long
    .step = On one page, list where customer names and phone numbers are kept (notebook, chat apps, Excel), who may see them, and when old ones are deleted.

act-se-check-bank-app = Always check the bank app before handing over goods
    .step = From today, hand over goods only when the money shows in your bank app or alert, never on a screenshot. Tell everyone who takes payments.

act-se-scam-rule = Write a short rule for checking payments and messages
    .step = Write three lines and put them at the counter: check the bank app before handing over goods; do not open links in unexpected messages; if unsure, call the bank on its official number. Go through them with staff.

act-se-payment-alerts = Let bank payment alerts reach the counter and the owner
    .step = Ask your bank how payment alerts can reach both the counter and your phone, for example a payment speaker or SMS alerts.
    .who-vn = Your bank
    .who-la = Your bank (e.g. BCEL, LDB)

act-se-lock-devices = Set a screen lock on every business phone and computer
    .step = Today, set a PIN or fingerprint on each business phone and a password on each computer, locking after a minute or two.

act-se-update-devices = Turn on automatic updates on all business devices
    .step = In the settings of each phone and computer, turn on automatic updates for the system and apps, and install any update waiting now.

act-se-protect-devices = Turn on anti-virus and "find my device" on every device
    .step = Check that Microsoft Defender is on in Windows, and turn on Find My Device (Android) or Find My (iPhone) so a lost phone can be locked or wiped.

act-se-recovery-contacts = Write down whom to call if an account is taken over
    .step = On one page, note your bank's hotline and the "hacked account" help pages of Facebook, Zalo or WhatsApp and your email. Keep it with the business papers.
    .who-vn = Your bank's hotline; the police if money was taken
    .who-la = Your bank (e.g. BCEL, LDB); LaoCERT, the national team for computer incidents; the police if money was taken

act-se-recovery-plan = Add recovery details and keep backup codes safe
    .step = Check that each main account has your current phone number and a recovery email, print the backup codes of your email account, and keep them with your papers.

act-se-practise-recovery = Practise recovering an account and restoring your data
    .step = On a quiet day this quarter, restore one file from your backup and walk through your written steps for one account.

act-se-ask-consent = Ask customers before sending offers or sharing their data
    .step = When you take a customer's number, ask whether you may send offers by chat or SMS, and add only those who say yes to your lists and groups.

act-se-record-consent = Note which customers agreed to receive offers
    .step = Add a column "agreed to offers (date)" to your customer list or notebook, and fill it in for every customer from now on.

act-se-consent-opt-out = Make stopping messages easy; share data only under agreement
    .step = End every offer with how to stop them (for example "reply STOP") and remove those who ask at once. List what customer data couriers and partners get, and why.
