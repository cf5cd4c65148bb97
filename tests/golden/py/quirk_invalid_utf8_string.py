# Bytes that are not valid UTF-8 inside a string literal.
raw = "café ÿþ"
print(len(raw))
