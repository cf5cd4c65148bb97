class V:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return 'V%r' % (tuple(self.c),)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        return V(*[f(a, o) for a in self.c])
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self * o
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._zip(o, lambda a, b: b ** a)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __le__(self, o): return self.c <= o.c
    def __len__(self): return len(self.c)
    def __bool__(self): return any(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __contains__(self, x): return x in self.c
    def __hash__(self): return hash(tuple(self.c))

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a - b, a * b, b / a, b // a, b % a, a ** 2, 2 ** a)
print(10 + a, 10 - a, 3 * a, a << 1, b >> 1, a & 1, a | 4, a ^ 1)
print(a @ b, -a, +a, ~a, abs(V(3, 4)))
print(a == V(1, 2, 3), a != b, a < b, a <= a, a > b, b >= a)
print(len(a), bool(a), bool(V(0, 0)), a[1], a[-1], a[0:2], 2 in a, 9 in a)
a[0] = 7
del a[1]
print(a, hash(V(1, 2)) == hash(V(1, 2)))
print(sorted([V(3), V(1), V(2)]))
print(max(V(1), V(5), V(2)), min([V(4), V(0)]))
print({V(1): 'one'}[V(1)])

class InPlace:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(('iadd', o)); return self
    def __isub__(self, o): self.log.append(('isub', o)); return self
    def __imul__(self, o): self.log.append(('imul', o)); return self
    def __ior__(self, o): self.log.append(('ior', o)); return self
x = InPlace()
y = x
x += 1; x -= 2; x *= 3; x |= 4
print(x is y, x.log)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
z = OnlyAdd(1)
z += 5
print(z.v)
try:
    z - 1
except TypeError as e:
    print('TypeError', e)

class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'radd wins'
try:
    NI() + NI()
except TypeError as e:
    print('TypeError', e)
print(1 + NI())
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), hex(Idx()), range(5)[Idx()])
