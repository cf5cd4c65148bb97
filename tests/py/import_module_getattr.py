# A module-level __getattr__ (PEP 562) answers attributes the module lacks:
# attribute access, getattr/hasattr, from-import; never names it has.
import lazy_mod

print(lazy_mod.REAL)
print(lazy_mod.lazy_abc)
print(getattr(lazy_mod, "lazy_x"))
print(hasattr(lazy_mod, "other"), hasattr(lazy_mod, "lazy_y"))
print(getattr(lazy_mod, "nope", "default"))
try:
    lazy_mod.missing
except AttributeError as e:
    print("AttributeError", e)
from lazy_mod import lazy_from

print(lazy_from)
try:
    from lazy_mod import other
except ImportError:
    print("ImportError")
lazy_mod.lazy_set = 5
print(lazy_mod.lazy_set)
print([c for c in lazy_mod.calls if not c.startswith("__")])
print(lazy_mod.__getattr__("lazy_q"))
print(lazy_mod.__dict__["REAL"], "__getattr__" in dir(lazy_mod))
