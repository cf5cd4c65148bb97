d = dict.fromkeys('abc', 0)
print(d, dict.fromkeys([1, 2]), dict(zip('xy', (1, 2))), dict([('k', 'v')], extra=1), dict(a=1, b=2))
print(d.setdefault('a', 9), d.setdefault('z', 5), d)
print(d.pop('z'), d.pop('nope', 'dflt'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
d.update({'b': 2}, c=3)
d.update([('d', 4)])
print(d, d.get('d'), d.get('q'), d.get('q', -1), 'a' in d, 'q' not in d)
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError popitem', ex)
c = d.copy()
c['a'] = 100
print(d['a'], c['a'], c == d, c != d, {1: 2} == {1: 2.0})
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d['new'] = 1
print(len(k), 'new' in k, list(k)[-1])
print({'a': 1} | {'b': 2} if hasattr(dict, '__or__') else {'a': 1, 'b': 2})
m = {i: i * i for i in range(5) if i % 2 == 0}
print(m, {v: k for k, v in m.items()})
del m[0]
print(m, len(m), bool({}), bool(m))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
nested = {'x': {'y': {'z': 1}}}
nested['x']['y']['w'] = 2
print(nested)
print({(1, 2): 'tuple key', 1.0: 'float', True: 'bool?'})
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
x = {'a': 1}
x.clear()
print(x, dict(), dict({}), dict(**{'q': 1}))
it = iter({'a': 1, 'b': 2})
print(next(it), next(it))
dd = {1: 'a', 2: 'b'}
try:
    for key in dd:
        dd[key + 10] = 'c'
except RuntimeError as e:
    print('RuntimeError', e)
print(repr({'s': "q'"}), str({1: [2, (3,)]}))
