a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 7])))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}), {1} <= a, {1} < a, a < a, a >= {2}, a > a)
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(sorted(c))
try:
    c.remove(99)
except KeyError as e:
    print('KeyError', e)
c.update([20, 21], {22})
c.intersection_update(range(15, 25))
print(sorted(c))
c.difference_update({20})
c.symmetric_difference_update({21, 30})
print(sorted(c))
p = c.pop()
print(p in {22, 30}, len(c))
c.clear()
print(c, set(), len(set('hello')), sorted(set('hello')))
try:
    set().pop()
except KeyError as e:
    print('KeyError pop')
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})), 2 in f)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 7}))
print({f: 'frozen key'}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError:
    print('frozenset has no add')
print({frozenset(): 1}, sorted({x % 3 for x in range(10)}), set() == frozenset())
s = {1, 2}
s |= {3}; s &= {2, 3, 4}; s -= {9}; s ^= {5}
print(sorted(s))
try:
    {[]}
except TypeError as e:
    print('TypeError', e)
print(len({1, 1.0, True}), {0, False} == {0}, sorted({'b', 'a'}), repr(set()), repr(frozenset()))
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print('RuntimeError', e)
