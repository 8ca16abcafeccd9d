# Each language's name in its own words, and the line that asks for a language: what the
# desktop app shows in every language at once (the language chooser and switchers).

app-choose-language = ເລືອກພາສາ
app-language-name = ພາສາລາວ
