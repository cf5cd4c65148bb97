records = [{'name': 'ann', 'age': 30}, {'name': 'bob', 'age': 25}, {'name': 'cy', 'age': 30}]
by_age = sorted(records, key=lambda r: r['age'])
print([r['name'] for r in by_age])
by_age_name = sorted(records, key=lambda r: (-r['age'], r['name']))
print([r['name'] for r in by_age_name])
print(max(records, key=lambda r: len(r['name']))['name'])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
