# Bitwise operations on constants.
a = 0xF0 | 0x0F
b = 0xF0 & 0x3C
c = 0xF0 ^ 0xFF
d = 1 << 4
e = 1 << 30
f = 1 << 31
g = 1 << 64
h = 256 >> 4
i = -256 >> 4
j = ~0
k = ~0xFF & 0xFFFF
m = (1 << 3) | (1 << 5) | (1 << 7)
print(a, b, c, d, e, f, g, h, i, j, k, m)
