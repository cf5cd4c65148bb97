class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
print(list(Seq(4)), 9 in Seq(4), 5 in Seq(4), [x for x in Seq(3)])
class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Box(%r)' % (self.v,)
    def __str__(self): return 'box of ' + str(self.v)
b = Box([1])
print(b, repr(b), str(b), [b], '%s|%r' % (b, b), f'{b}|{b!r}')
class OnlyRepr:
    def __repr__(self): return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()))
class Truthy:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Truthy(0)), bool(Truthy(2)), 'yes' if Truthy(1) else 'no', not Truthy(0))
class Hashless:
    def __eq__(self, o): return True
try:
    hash(Hashless())
except TypeError as e:
    print('TypeError unhashable')
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0].__name__ if exc[0] else None); return False
with CM() as c1, CM() as c2:
    print(c1 is not c2)
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return sum(a)
cb = Callable()
print(cb(1, 2), cb(), cb.calls, callable(cb), callable(Callable))
class Attr:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
a = Attr()
a.real = 1
print(a.dyn_hello, a.real, getattr(a, 'dyn_x'), hasattr(a, 'other'))
class Guard:
    def __setattr__(self, name, value):
        if name == 'locked':
            raise AttributeError('locked is read-only')
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print('delete', name)
        object.__delattr__(self, name)
g = Guard()
g.name = 'abc'
print(g.name)
try:
    g.locked = 1
except AttributeError as e:
    print('AttributeError', e)
del g.name
print(hasattr(g, 'name'))
class Iterable:
    def __iter__(self):
        yield from ('a', 'b')
print(list(Iterable()), 'a' in Iterable(), dict.fromkeys(Iterable()), max(Iterable()))
class Number:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
n = Number(3.7)
print(int(n), float(n), [0, 1, 2, 3][n], hex(n))
class Ordered:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return 'O%d' % self.k
print(sorted([Ordered(3), Ordered(1)]), min(Ordered(5), Ordered(2)), Ordered(1) > Ordered(0))
print(type(b).__name__, type(b) is Box, Box.__name__, b.__class__.__name__, isinstance(b, object))
