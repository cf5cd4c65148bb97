# Class attributes changed after use: lookups see the change at once
# (added, replaced, deleted, on a base class or the class itself).
class A:
    x = 1
    def f(self): return "A.f"
class B(A): pass
b = B()
print(b.x, b.f())
A.x = 2
B.f = lambda self: "B.f"
print(b.x, b.f())
del B.f
print(b.f())
A.y = 5
print(b.y)
setattr(A, "z", 7); print(b.z)
del A.y
try: b.y
except AttributeError as e: print("AttributeError", e)
B.__getattr__ = lambda self, n: "ga:" + n
print(b.q)
