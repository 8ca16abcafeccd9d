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
