def show(*args, **kwargs):
    return args, sorted(kwargs.items())


a = [1, 2]
b = (3, 4)
k1 = {"x": 1}
k2 = {"y": 2}
print(show(*a))
print(show(0, *a, 5, *b))
print(show(*a, *b))
print(show(**k1))
print(show(**k1, **k2))
print(show(0, *a, z=3, **k1))
print(show(*a, z=3, *b, **k2))
print(show(*"xyz", **{"w": 0}))
print(show(*[], **{}))
