s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.remove(3)
s.discard(99)
print(sorted(s))
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset({1, 2, 3, 4}), a.isdisjoint({7}))
print(set(), set([1, 1, 2]) == {1, 2}, frozenset([1]) == {1})
fs = frozenset([1, 2])
print(sorted(fs), len(fs), {fs: 'ok'}[frozenset([2, 1])])
c = set('hello')
print(sorted(c))
c.update('xyz')
print(len(c))
a |= {9}
a -= {1}
print(sorted(a))
print(sorted({x % 3 for x in range(10)}))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
