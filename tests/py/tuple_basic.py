t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2)
print((1,), (), tuple([1, 2]), tuple('ab'))
a, b, c = t
print(a, b, c)
x, *y = t
print(x, y)
*x, y = t
print(x, y)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(t.index(2), t.count(3), 2 in t)
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): 'pair'}
print(d[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
first, *middle, last = range(6)
print(first, middle, last)
a = b = 5
print(a, b)
a, b = b + 1, a - 1
print(a, b)
