x = 1
a = b = c
a, b = c
[a, b] = c
a, *b = c
(a, b), c = d
a.b = 1
a[1] = 2
a.b.c[d][e] = f
x = y = z = w
x = (yield)
