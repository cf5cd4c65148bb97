class Typed:
    def __init__(self, name, kind):
        self.name = '_' + name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)

class Point:
    x = Typed('x', int)
    y = Typed('y', int)
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.y = 'no'
except TypeError as e:
    print('TypeError:', e)
del p.x
print(p.x)
print(type(Point.__dict__['x']).__name__, isinstance(Point.x, Typed))

class NonData:
    def __get__(self, obj, objtype=None):
        return 'computed'
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__['attr'] = 'instance wins'
print(h.attr)

class Celsius:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print('reset')
        self._c = 0.0
t = Celsius(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c)
del t.fahrenheit
print(t._c)
try:
    Celsius.ro = property(lambda self: 1)
    Celsius().ro = 5
except AttributeError:
    print('read-only property')

class Meth:
    def f(self):
        return 'bound to ' + type(self).__name__
m = Meth()
bound = m.f
print(bound(), Meth.f(m))
print(bound.__self__ is m)
