# Non-ASCII text in strings, comments and identifiers.
# Grüße aus dem Kommentar — ünïcödé.
greeting = "Grüße, 世界! 🎉"
café = "coffee"
π = 3.14159
naïve_count = len(greeting)
data = "\u00fc\u00e9" + "ü" + '€'
print(greeting, café, π, naïve_count, data)
print(greeting.encode("utf-8"))
