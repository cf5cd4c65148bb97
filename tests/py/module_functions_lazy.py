# A builtin module's functions: looked up, compared, listed, replaced,
# deleted and star-imported (they are made into objects on first use).
import math, cmath
print(math.sin(1.0), math.sqrt(4), cmath.sqrt(-1))
f = math.floor
print(f is math.floor, f(2.5), math.floor is math.floor)
names = dir(math)
print(all(n in names for n in ("sin", "cos", "gcd", "isclose", "pi", "__name__")))
d = math.__dict__
print("sin" in d, "tan" in d, d["sqrt"](16.0), d["__name__"])
print(hasattr(math, "cos"), hasattr(math, "no_such"), getattr(math, "no_such", "default"))
del math.cos
print(hasattr(math, "cos"))
try:
    math.cos
except AttributeError as e:
    print("AttributeError")
try:
    del math.cos
except AttributeError as e:
    print("AttributeError")
math.tan = lambda x: "mine"
print(math.tan(1))
from math import *
print(sqrt(9), pi, exp(0), tan(0))
from cmath import phase, polar
print(phase(-1), polar(1j))
import math as m2
print(m2 is math, m2.tan(0))
try:
    from math import no_such
except ImportError as e:
    print("ImportError")
