del x
del x, y
del x,
del a.b, a[1], a[1:2]
del (a, b)
del [a, b]
