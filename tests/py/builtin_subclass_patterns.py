# Everyday derived builtins: an int colour, a str path with /, a registry dict,
# a tuple vector, an ordered set list, dict defaults, a stack, an exception.
class Color(int):
    RED = 0xFF0000
    def __new__(cls, v):
        return super().__new__(cls, v & 0xFFFFFF)
    @property
    def rgb(self):
        return ((self >> 16) & 255, (self >> 8) & 255, self & 255)
c = Color(0x1234567)
print(c, hex(c), c.rgb, Color.RED, isinstance(c, int), c + 1, type(c + 1).__name__)
class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
p = Path("/lib") / "adafruit" / "x.mpy"
print(p, type(p).__name__, p.endswith(".mpy"), p.split("/"), len(p), p.upper())
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
reg = Registry()
@reg.register("hello")
def hello(): return "hi"
print(reg["hello"](), list(reg), reg.get("x", "none"), dict(reg) == reg, len(reg))
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2)[0], len(Vec(1, 2, 3)), Vec(1) == (1,), hash(Vec(1, 2)) == hash((1, 2)))
class OrderedSet(list):
    def add(self, x):
        if x not in self:
            self.append(x)
s = OrderedSet()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(s, s.index(2), s.count(3), s[::-1], sorted(s), s * 2, 3 in s)
class Defaults(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.setdefault("mode", "auto")
d = Defaults({"a": 1}, b=2)
print(sorted(d.items()), d.pop("a"), d.copy(), type(d.copy()).__name__)
class Stack(list):
    push = list.append
    def peek(self): return self[-1] if self else None
st = Stack(); st.push(1); st.push(2)
print(st, st.peek(), st.pop(), st, Stack().peek())
class E(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise E(5)
except ValueError as e:
    print(e, e.code, e.args, repr(e))
