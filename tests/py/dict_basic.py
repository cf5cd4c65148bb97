d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d)
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
del d['b']
print(d)
print(d.pop('a'), d.pop('zz', 'default'), d)
d.update({'x': 10}, y=20)
print(d)
print(d.setdefault('x', 0), d.setdefault('new', []), d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'q': 1}))
d2 = d.copy()
d2.clear()
print(d2, len(d))
print({i: i * i for i in range(4)})
print(dict.fromkeys(['a', 'b'], 0))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
m = {1: 'int', 1.0: 'float?', True: 'bool?'}
print(m)
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
x = {'k': 1}
x |= {'j': 2}
print(x, x | {'z': 0})
print(d.popitem() if d else None)
