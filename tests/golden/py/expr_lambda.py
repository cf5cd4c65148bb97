square = lambda x: x * x
add = lambda a, b=1: a + b
varargs = lambda *a, **k: (a, k)
kwonly = lambda *, key=None, reverse=False: (key, reverse)
noargs = lambda: 42
nested = lambda x: lambda y: x + y
sort_key = lambda pair: (pair[1], -pair[0])
pairs = [(1, "b"), (2, "a"), (3, "b")]
print(square(7), add(1), add(1, 2), varargs(1, 2, z=3), kwonly(key=len))
print(noargs(), nested(10)(5), sorted(pairs, key=sort_key))
print(list(map(lambda t: t[0], pairs)), list(filter(lambda t: t[1] == "b", pairs)))
