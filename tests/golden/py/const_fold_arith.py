# Arithmetic the compiler can fold.
a = 1 + 2
b = 10 - 20
c = 6 * 7
d = 7 // 2
e = -7 // 2
f = 7 % 3
g = -7 % 3
h = 2 ** 8
i = 2 ** 40
j = -(3)
k = +4
m = ~5
n = (1 + 2) * (3 + 4) - 5 // 2
o = 7 / 2
p = 1 // 0 if False else 0
q = 0x3fffffff + 1
r = 1000000 * 1000000
print(a, b, c, d, e, f, g, h, i, j, k, m, n, o, p, q, r)
