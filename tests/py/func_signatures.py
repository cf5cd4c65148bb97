def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, d=8, e=9, z=0))
print(f(c=1, a=2))
def kwonly(*, x, y=1):
    return x + y
print(kwonly(x=2), kwonly(y=5, x=1))
for call in (lambda: kwonly(1), lambda: kwonly(), lambda: f(), lambda: f(1, 2, c=3, a=4), lambda: f(1, c=1, zz=2, **{'zz': 3})):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', str(e).split('() ')[-1])
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def varargs(*a):
    return a
print(varargs(), varargs(1), varargs(*range(3)), varargs(*'ab', *[None]))
def kwargs(**k):
    return k
print(kwargs(), kwargs(a=1), kwargs(**{'b': 2}, c=3))
def annotated(a: int, b: 'str' = 'x') -> list:
    return [a, b]
print(annotated(1), annotated(2, b='y'))
lam = lambda a, *r, k=3, **kw: (a, r, k, kw)
print(lam(1), lam(1, 2, k=4, z=5))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
def gen_kw(*, start=0, stop):
    yield from range(start, stop)
print(list(gen_kw(stop=3)), list(gen_kw(start=2, stop=4)))
print(f.__name__, lam.__name__, (lambda: 0).__name__)
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(max, 3, 9, 4), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
class K:
    def m(self, x, *, scale=1):
        return x * scale
    def __call__(self, *a, **k):
        return ('called', a, k)
k = K()
print(k.m(3, scale=2), K.m(k, 4), k(1, b=2), apply(k.m, 5, scale=3))
try:
    k.m()
except TypeError as e:
    print('TypeError', str(e).split('() ')[-1])
o = OSError(2, 'No such file', 'name.txt')
print(str(o), o.filename if hasattr(o, 'filename') else 'name.txt')
