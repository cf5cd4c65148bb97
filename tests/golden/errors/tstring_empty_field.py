# An empty field, spaces only, in a t-string.
print(t"{ }")
