# truth testing: __bool__, __len__, both, neither

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()), bool(Neither()))
if B(False):
    print("wrong")
else:
    print("else taken")
print(not L(0), not L(1))
print(B(True) and "and-result")
print(L(0) or "or-result")
x = L(2) or "never"
print(type(x).__name__)
print([i for i, o in enumerate([B(True), L(0), Neither(), Both()]) if o])
n = 0
w = L(3)
while w:
    w.n -= 1
    n += 1
print("loops", n)

for bad in [1, 0, None, "yes", 1.0]:
    class Bad:
        def __bool__(self, r=bad):
            return r
    try:
        print(bool(Bad()))
    except TypeError:
        print("TypeError __bool__ returned", type(bad).__name__)

for bad in [-1, "x", 2.5]:
    class BadLen:
        def __len__(self, r=bad):
            return r
    try:
        print(bool(BadLen()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "from __len__", repr(bad))

class Sub(L):
    def __bool__(self):
        return True

print(bool(Sub(0)))

class NoneBool:
    __bool__ = None

try:
    bool(NoneBool())
except TypeError:
    print("TypeError __bool__ None")

print(bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool([]), bool(()), bool({}))
print(bool(set()), bool(range(0)), bool(range(1)), bool(None), bool("0"), bool([0]))
print(bool(-1), bool(1e-300), bool(float("nan")), bool(bytearray(1)))
print(1 if [None] else 0, 0 or [] or {} or "last", 1 and 2 and 3, 1 and 0 and 3)
