# getattr / setattr / delattr / hasattr
import math
import sys

class Base:
    kind = "base"
    def hello(self):
        return "hello from " + self.kind

class Thing(Base):
    count = 0
    def __init__(self):
        self.x = 1

t = Thing()
print(getattr(t, "x"), getattr(t, "kind"), getattr(t, "count"))
print(getattr(t, "missing", "dflt"), getattr(t, "missing", None))
print(getattr(t, "hello")())
print(getattr(Thing, "kind"), getattr(Thing, "nope", 42))
try:
    getattr(t, "missing")
except AttributeError:
    print("AttributeError missing")
try:
    getattr(t, 5)
except TypeError:
    print("TypeError name")

setattr(t, "y", [1, 2])
print(t.y, hasattr(t, "y"), hasattr(Thing, "y"))
setattr(Thing, "count", 10)
print(t.count, Thing.count, Thing().count)
setattr(t, "count", 99)
print(t.count, Thing.count)
delattr(t, "count")
print(t.count)
setattr(Thing, "added", lambda self: self.x * 100)
print(t.added())
name = "dyn_" + "attr"
setattr(t, name, "dynamic")
print(t.dyn_attr, getattr(t, name))

print(hasattr(t, "x"), hasattr(t, "hello"), hasattr(t, "kind"), hasattr(t, "zzz"))
delattr(t, "x")
print(hasattr(t, "x"))
try:
    delattr(t, "x")
except AttributeError:
    print("AttributeError delattr")
delattr(Thing, "added")
print(hasattr(t, "added"))
try:
    delattr(Thing, "never")
except AttributeError:
    print("AttributeError class delattr")

print(hasattr(math, "pi"), hasattr(math, "tau_x"), getattr(math, "floor")(2.7))
print(getattr(math, "nothing", "no such"), hasattr(sys, "modules"))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(name)

d = Dyn()
d.real = "real"
print(getattr(d, "auto_abc"), getattr(d, "real"), hasattr(d, "auto_x"), hasattr(d, "other"))
print(getattr(d, "other", "fallback"))

class Raiser:
    @property
    def bad(self):
        raise ValueError("boom")
    @property
    def gone(self):
        raise AttributeError("gone")

r = Raiser()
print(hasattr(r, "gone"), getattr(r, "gone", "default used"))
try:
    hasattr(r, "bad")
except ValueError as e:
    print("ValueError", e)
for obj in [1, "s", [], None]:
    try:
        setattr(obj, "attr", 1)
    except AttributeError:
        print("AttributeError setattr", type(obj).__name__)
print(getattr(5, "real"), getattr("ab", "upper")(), hasattr([], "append"))
