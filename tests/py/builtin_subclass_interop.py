# Derived builtins where plain values are expected: dict keys, join, json,
# comparisons, slicing, arithmetic results, hashing equal to the plain value.
import json
class Name(str): pass
class D(dict): pass
class L(list): pass
n = Name("a")
d = {"a": 1}
print(d[n], n in d, {n: 2}["a"], "-".join([n, Name("b")]), sorted([Name("b"), "a"]), n * 3, n[0], n.encode())
print(json.dumps(D(a=L([1, 2]), b=Name("x"))), json.dumps([Name("q")]), isinstance(L(), (tuple, list)))
print(str(n) == "a", type(str(n)).__name__, repr(n), f"{n:>3}", "%s|%r" % (n, n), format(n, "^5"))
print(L([3, 1, 2]) == [3, 1, 2], [3, 1, 2] == L([3, 1, 2]), L([1]) < [2], D(a=1) == {"a": 1}, tuple(L([1, 2])))
x = L(range(5))
x[1:3] = [9]
del x[0]
x += [7]
x.extend(L([8]))
print(x, type(x).__name__, x.copy(), type(x[:]).__name__, list(reversed(x)), min(x), max(x), sum(x))
class I(int): pass
print(I(3) + I(4), type(I(3) + I(4)).__name__, I(7) // 2, I(7) % 3, -I(2), I(5) == 5, {I(5): "five"}[5], range(I(3))[-1], [1, 2, 3][I(1)])
print(bool(I(0)), bool(L()), bool(D()), bool(Name("")), len(Name("abc")), I(2) ** 10, divmod(I(7), 2), abs(I(-3)), hex(I(255)))
class F(float): pass
print(F(1.5) + 1, type(F(1.5) + 1).__name__, F(2.5).is_integer(), round(F(2.5)), int(F(3.9)), F("1e3"), F(2) ** 0.5)
s = set([Name("a"), "a", I(1), 1])
print(len(s), sorted(map(str, s)))
print(type(D.fromkeys("ab")).__name__ if hasattr(D, "fromkeys") else "no")
