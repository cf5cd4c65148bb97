# Attribute-style dicts (__getattr__ = dict.__getitem__), a Counter-like dict,
# a list matrix with a classmethod, a float with __format__, a bytearray of bits.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, sorted(a.keys()))
del a.x
print(a)
try:
    a.nope
except KeyError as e:
    print("KeyError", e)
class Ns(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
n = Ns(a=1)
print(n.a, hasattr(n, "b"), getattr(n, "b", 9))
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def most_common(self, k=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items[:k] if k else items
c = Counter("mississippi")
print(c.most_common(2), c["s"], len(c), sorted(c))
class Matrix(list):
    @classmethod
    def zeros(cls, n, m):
        return cls([0] * m for _ in range(n))
    def T(self):
        return Matrix(map(list, zip(*self)))
m = Matrix.zeros(2, 3)
m[0][1] = 5
print(m, m.T(), type(m.T()).__name__, isinstance(m, Matrix))
class Temp(float):
    def __new__(cls, c):
        return super().__new__(cls, c)
    def __str__(self):
        return "%.1fC" % self
    def __format__(self, spec):
        return format(float(self), spec) + "C"
t = Temp(21.456)
print(t, repr(t), "{:.2f}".format(t), f"{t:.0f}", t * 2, round(t, 1), int(t), t > 20)
class Bits(bytearray):
    def set(self, i):
        self[i // 8] |= 1 << (i % 8)
b = Bits(2)
b.set(3); b.set(9)
print(b, list(b), bytes(b), b.hex(), len(b))
