class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return 'V(%d, %d)' % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, a == V(1, 2), a != b, a < b, b > a)
print(len(a), a[1], bool(V(0, 0)), bool(a), a(10), 2 in a, 5 in a, list(a))
print(sorted([b, a]), {a: 'found'}[V(1, 2)], max(a, b))
x, y = a
print(x, y)
c = a
c += b
print(c, a)
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2))
class Inplace:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
i = Inplace()
i += 5
i += 6
print(i.items)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], hex(Idx()))
class Get:
    def __getattr__(self, name):
        return 'dyn_' + name
g = Get()
g.real = 1
print(g.foo, g.real)
class Store:
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = Store()
s['a'] = 1
del s['b']
