class Base:
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='sub'):
    pass
class Sub2(Base):
    pass
print(Sub.tag, Sub2.tag)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return 'field ' + self.name
class Owner:
    alpha = Named()
print(Owner().alpha)
class WithClassAttr:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
WithClassAttr.add(1).add(2)
print(WithClassAttr.items)
class A:
    def hello(self):
        return 'A'
class B(A):
    @classmethod
    def make(cls):
        return cls()
    def hello(self):
        return 'B>' + super().hello()
print(B.make().hello())
Dyn = type('Dyn', (A,), {'x': 5, 'get': lambda self: self.x})
d = Dyn()
print(Dyn.__name__, d.get(), d.hello(), isinstance(d, A))
class Str:
    def __str__(self):
        return 'str-form'
print(Str(), str(Str()), '%s' % Str(), '{}'.format(Str()), [Str()][0].__str__())
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(0), Eq(1)])
try:
    {Eq(1)}
except TypeError as e:
    print('TypeError', e)
class Abstract:
    def area(self):
        raise NotImplementedError('subclass must implement')
try:
    Abstract().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(isinstance(Abstract, type), type(Abstract) is type, type(type))
