# Derived builtin types overriding special methods, reaching the builtin
# behaviour through super() (dict.__setitem__, int.__add__...), __missing__.
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __contains__(self, k):
        return super().__contains__(k.lower())
d = D()
d["A"] = 1
print(d["a"], d["A"], "A" in d, d)
class L(list):
    def __len__(self):
        return 99
    def __iter__(self):
        return iter([7, 8])
    def __eq__(self, o):
        return True
    __hash__ = None
    def __add__(self, o):
        return "added"
    def __bool__(self):
        return False
l = L([1])
print(len(l), list(l), l == 5, l + [1], bool(l), [1] + l)
class V(tuple):
    def __repr__(self):
        return "V" + super().__repr__()
    def __str__(self):
        return "str-V"
v = V((1, 2))
print(repr(v), str(v), v, [v], "%s %r" % (v, v), f"{v} {v!r}")
class I(int):
    def __add__(self, o):
        return I(int(self) + int(o) + 100)
    def __repr__(self):
        return "I(%d)" % int(self)
i = I(1)
print(i + 1, 1 + i, repr(i), str(i), i * 3, -i, abs(I(-3)), int(i), float(i))
class S(str):
    def __len__(self):
        return 42
    def __getitem__(self, k):
        return "X"
s = S("abc")
print(len(s), s[0], s.upper(), s, "-".join([s, s]), s.split("b"))
class F(float):
    def __str__(self):
        return "F!"
print(F(1.5), repr(F(1.5)), F(2) * 2, round(F(2.567), 1), "%.1f" % F(3))
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
c["x"] += 1
c["x"] += 1
print(c, c.get("y"), Cnt({"a": 1}))
import json
print(json.dumps(D(a=1)), json.dumps(L([1, 2])), sorted(L([3, 1])))
class H(int):
    def __hash__(self):
        return 7
print(hash(H(3)), {H(3): 1})
