a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
x, *rest = 'hello'
print(x, rest)
*init, last = [1]
print(init, last)
first, *mid, end = range(2)
print(first, mid, end)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'a': 1}, b=2))
d = dict(a=1)
print(f(**d, c=3))
k, v = {'only': 1}.popitem()
print(k, v)
