# * and ** in calls, starred assignment targets

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

def f3(a, b, c=30, *, d=40):
    return (a, b, c, d)

a = [1, 2]
b = (3,)
k = {"x": 1, "y": 2}
print(show(*a))
print(show(*a, *b))
print(show(0, *a, 9, *b, *"hi"))
print(show(**k))
print(show(**k, z=3))
print(show(*a, **k, **{"w": 0}))
print(show(*range(3), *[], **{}))
print(f3(*a), f3(*b, 5), f3(1, *b, d=4))
print(f3(**{"a": 1, "b": 2, "d": 9}), f3(1, **{"c": 3, "b": 2}))
print(f3(*(x for x in [7, 8])))
print(show(*{5: "a"}), show(*"ab", sep="-"))
print("%s-%s" % tuple(a), max(*a, *b), list(zip(*[(1, 2), (3, 4), (5, 6)])))

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
p, *q, r = 1, 2
print(p, q, r)
(x1, *xs), y1 = [10, 20, 30], 40
print(x1, xs, y1)
for h, *t in [(1, 2, 3), (4,), "xy"]:
    print(h, t)
print(list(a) + list(b), tuple(a) + b)
merged = dict(k, **{"z": 26})
print(sorted(merged.items()))

errors = [
    lambda: f3(*[1, 2, 3, 4]),
    lambda: f3(1, 2, **{"a": 5}),
    lambda: f3(**{"a": 1}),
    lambda: f3(1, 2, **{"e": 5}),
    lambda: show(*5),
    lambda: show(**[1]),
    lambda: show(**{"x": 1}, **{"x": 2}),
]
for fn in errors:
    try:
        fn()
    except TypeError:
        print("TypeError")

for src in [[1], [1, 2, 3, 4, 5]]:
    try:
        u, v, w = src
    except ValueError:
        print("ValueError", len(src))
try:
    m, n, *o = [1]
except ValueError:
    print("ValueError starred")
try:
    c1, c2 = 5
except TypeError:
    print("TypeError not iterable")
