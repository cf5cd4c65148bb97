a, *b = [1, 2, 3]
*c, d = 'xyz'
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), j = (1, 2), 3
k, (l, (m, n)) = 1, (2, (3, 4))
print(h, i, j, k, l, m, n)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=' ')
print()
p = q = r = 7
print(p, q, r)
s, t = t2 = 1, 2
print(s, t, t2)
first, *_ = [10, 20, 30]
print(first, _)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print('ValueError', e)
d1 = {}
d1['a'], d1['b'] = 1, 2
lst = [0, 0]
lst[0], lst[1] = lst[1] + 5, lst[0] + 6
print(d1, lst)
class O: pass
o = O()
o.x, o.y = 'xy'
print(o.x, o.y)
x1, y1 = 1, 2
x1, y1 = y1, x1
print(x1, y1)
t = 1,
print(t, type(t).__name__, () == tuple(), (1, 2) + (3,), (1,) * 3, (1, 2, 3)[1:], (1, 2).index(2), (1, 1).count(1))
print(tuple([1, 2]), tuple('ab'), hash((1, 2)) == hash((1, 2)), (1, (2, 3)) < (1, (2, 4)))
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print(*'abc', sep='|')
n, *rest = 'hello'
print(n, ''.join(rest))
