f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *a, **k: (a, k)
f = lambda *, k: k
f = lambda x,: x
g = [x for x in y if (lambda: x)]
h = [x for x in y if lambda: x]
l = lambda: (yield)
m = lambda a=lambda: 1: a
