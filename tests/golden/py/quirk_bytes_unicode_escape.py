# In bytes literals \u and \U are not escapes; they stay as written.
a = b"\u1234"
b = b"\U00012345"
d = "\u1234" == "\u1234"
print(a, b, d, len(a))
