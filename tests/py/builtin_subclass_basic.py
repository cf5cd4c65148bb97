# Classes derived from builtin types: list, dict, float, str, int, tuple,
# set and bytearray instances with methods and attributes of their own.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.name = "st"
print(s, len(s), s.peek(), s.name, type(s).__name__, isinstance(s, list), s.__dict__)
print(sum(s), sorted(s, reverse=True), s + [9], s[1:], list(s))
class Reg(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.hits = 0
    def __missing__(self, k):
        return 0
    def get2(self, k):
        self.hits += 1
        return self[k]
r = Reg(a=1, b=2)
print(r, r.get2("a"), r.hits, len(r), list(r.keys()), "a" in r)
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, isinstance(c, float))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n == "bob", len(n), n + "x", "x" + n, hash(n) == hash("bob"), {n: 1}["bob"])
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(5)
print(f, f.has(4), f.has(2), f + 1, f == 5, hash(f) == hash(5), [0,1,2,3,4,5][f], Flags(), Flags("12"))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), type(p).__name__)
class U(set): pass
u = U([1, 2, 2])
print(sorted(u), len(u), 1 in u, type(u).__name__)
class B(bytearray): pass
b = B(b"ab"); b.append(99); print(b, len(b))
class E(list):
    def __init__(self, n):
        super().__init__()
        self.n = n
e = E(3); print(e, e.n)
