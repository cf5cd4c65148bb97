from collections import namedtuple
P3 = namedtuple('P3', ['a', 'b', 'c'])
p = P3(1, 'two', [3])
print(p)
print(p._asdict())
q = p._replace(b='TWO')
print(q, p.b)
print(P3._make([7, 8, 9]))
print(p.count(1), p.index('two'), 'two' in p)
print(hash(P3(1, 2, 3)) == hash(P3(1, 2, 3)))
d = {P3(1, 2, 3): 'v'}
print(d[P3(1, 2, 3)])
print(sorted([P3(2, 0, 0), P3(1, 5, 5)]))
try:
    P3(1, 2)
except TypeError:
    print('TypeError')
try:
    p.zzz
except AttributeError:
    print('AttributeError')
E = namedtuple('E', 'a, b,c')
print(E(1, 2, 3))
