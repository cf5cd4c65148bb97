def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=1))
print(f(b=2, a=1, d=0))
def g(*args):
    return args
print(g(), g(1), g(*[1, 2], 3, *(4,)))
def h(**kw):
    return sorted(kw)
print(h(), h(x=1, **{'y': 2}))
def k(a, b=[]):
    b.append(a)
    return b
print(k(1), k(2))
def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(y=3, x=1))
args = (1, 2)
kwargs = {'d': 9}
print(f(*args, **kwargs))
def defaults(a=1, b=2, c=3):
    return a, b, c
print(defaults(), defaults(10), defaults(c=30), defaults(1, c=3, b=2))
