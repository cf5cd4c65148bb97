# String escape sequences of every kind the lexer knows.
simple = "tab\there newline\n cr\r bell\a backspace\b formfeed\f vtab\v"
quotes = "double \" single \' backslash \\"
octal = "\0\7\12\101\1011\177"
hexes = "\x00\x41\x7f\xff"
unicode16 = "\u00e9\u4e2d\u0041"
unicode32 = "\U0001F600\U00000041"
unknown = "\q\w\%"
continued = "first \
second"
single = 'it\'s'
mixed = 'say "hi"'
empty = ""
empty2 = ''
print(simple, quotes, octal, hexes)
print(unicode16, unicode32, unknown, continued)
print(single, mixed, len(empty), len(empty2))
