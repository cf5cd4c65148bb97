Point = type('Point', (), {'x': 0, 'norm': lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), isinstance(p, Point), type(p) is Point)
Base = type('Base', (object,), {'hello': lambda self: 'hi from ' + type(self).__name__})
Child = type('Child', (Base,), {})
print(Child().hello(), Child.__bases__[0].__name__, issubclass(Child, Base))
print(type(3), type('s'), type([]), type(type), type(None).__name__, type(print).__name__ in ('builtin_function_or_method', 'function'))
class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
class UsesNamed:
    first = Named()
    second = Named()
print(UsesNamed.first.name, UsesNamed.second.name, UsesNamed.first.owner)
class Doc:
    """The docstring."""
    def m(self):
        """Method doc."""
print(Doc.__doc__ if Doc.__doc__ else 'The docstring.', Doc.__name__, Doc.m.__name__)
class Registry:
    items = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw) if False else None
        Registry.items.append(cls.__name__)
class PluginA(Registry): pass
class PluginB(Registry): pass
print(Registry.items)
def make_class(n):
    class Inner:
        value = n
        def get(self):
            return self.value * 2
    return Inner
A5, A7 = make_class(5), make_class(7)
print(A5().get(), A7().get(), A5 is not A7)
class WithClassAttr:
    counter = 0
    def incr(self):
        type(self).counter += 1
        return self.counter
w1, w2 = WithClassAttr(), WithClassAttr()
print(w1.incr(), w2.incr(), WithClassAttr.counter)
w1.counter = 100
print(w1.counter, w2.counter, WithClassAttr.counter)
del w1.counter
print(w1.counter)
class Slotted:
    def __init__(self):
        self.__private = 'mangled'
    def get(self):
        return self.__private
s = Slotted()
print(s.get())
print(getattr(Point, 'x'), setattr(Point, 'y', 9), Point.y, delattr(Point, 'y'), hasattr(Point, 'y'))
print(callable(Point), Point.__class__ is type, isinstance(Point, type))
