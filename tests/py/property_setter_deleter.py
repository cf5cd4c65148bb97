# property: getter/setter/deleter, property() call form, inheritance

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (AttributeError, ValueError) as e:
        print(label, type(e).__name__)

class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
attempt("set -300", lambda: setattr(t, "celsius", -300))
del t.celsius
print(t.celsius)
attempt("set read-only", lambda: setattr(t, "fahrenheit", 5))
attempt("del no deleter", lambda: delattr(t, "fahrenheit"))
print(type(Temp.celsius).__name__, isinstance(Temp.fahrenheit, property))

class Old:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    def del_v(self):
        del self._v
    v = property(get_v, set_v, del_v)
    ro = property(get_v)
    wo = property(None, set_v)

o = Old()
print(o.v, o.ro)
o.v = 5
print(o.v, o.ro)
o.wo = 7
print(o.v)
attempt("read write-only", lambda: o.wo)
del o.v
print(hasattr(o, "_v"))
attempt("set ro", lambda: setattr(o, "ro", 1))

class Base:
    @property
    def name(self):
        return "base"
    @property
    def size(self):
        return 1

class Child(Base):
    @property
    def name(self):
        return "child+" + super().name
    size = 42

class Writable(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v

c = Child()
print(c.name, c.size, Base().name, Base().size)
w = Writable()
w.name = "set"
print(w.name, w._n)
attempt("base still read-only", lambda: setattr(Base(), "name", "x"))
p = property(lambda self: "lam")
print(p.fget(None), p.fset is None, p.fdel is None)
