# hash() consistency and id() identity

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1) == hash(-1.0), hash(2 ** 40) == hash(float(2 ** 40)))
print(hash(5) == 5, hash(-7) == -7, hash(0) == 0)
print(hash((1, 2)) == hash((1, 2)), hash((1, "a", (2.0,))) == hash((1.0, "a", (2,))))
print(hash("abc") == hash("ab" + "c"), hash(b"xy") == hash(bytes([120, 121])))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(frozenset()) == hash(frozenset([])), hash(()) == hash(tuple()))
print(hash(None) == hash(None), type(hash("x")).__name__)

d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, 1, 1.0}
print(sorted(s), len(s))
print({(1, 2): "a"}[(1.0, 2.0)], {frozenset([1, 2]): "fs"}[frozenset([2, 1])])

for v in [[1], {"a": 1}, {1, 2}, bytearray(b"x"), (1, [2])]:
    try:
        hash(v)
        print("hashable", type(v).__name__)
    except TypeError as e:
        print("TypeError", type(v).__name__)
try:
    {[1, 2]: 3}
except TypeError:
    print("TypeError list key")
try:
    set([[1]])
except TypeError:
    print("TypeError set of list")

class Plain:
    pass

a, b = Plain(), Plain()
print(hash(a) == hash(a), a == a, a == b, len({a, b, a}))

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

print(len({Key(1), Key(1), Key(2)}), {Key("a"): 1}[Key("a")], hash(Key(9)) == hash(9))

class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError:
    print("TypeError NoHash")

class EqOnly:
    def __eq__(self, other):
        return True

try:
    hash(EqOnly())
    print("EqOnly hashable")
except TypeError:
    print("TypeError EqOnly")

class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError:
    print("TypeError BadHash")

x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(y), id(x) == id(z), x is y, x is z, x == z)
print(type(id(x)).__name__, id(None) == id(None), id(Plain) == id(Plain))
lst = [x, x]
print(id(lst[0]) == id(lst[1]), lst[0] is lst[1])
def f():
    return x
print(id(f()) == id(x))
