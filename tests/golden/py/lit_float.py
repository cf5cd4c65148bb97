# Float literals in every spelling.
a = 1.0
b = .5
c = 5.
d = 1e10
e = 1E-10
f = 2.5e+3
g = 0.0
h = 3.141592653589793
i = 1e0
j = 6.02214076e23
k = 1.7976931348623157e308
m = 5e-324
n = -0.0
print(a, b, c, d, e, f, g, h, i, j, k, m, n)
print(a + b, d * e, h / 2, 7 // 2.0, 7 % 2.5)
