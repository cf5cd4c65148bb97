# The lexer accepts underscores more loosely than CPython does.
a = 1__000
b = 10_
c = 0x_f_f
d = 00
e = 0_0
f = 1.5_5
print(a, b, c, d, e, f)
