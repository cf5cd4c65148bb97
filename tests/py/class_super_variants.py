class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ['Base']
    def greet(self):
        return 'Base:' + self.name
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2

class Mid(Base):
    def __init__(self, name):
        super().__init__(name.upper())
        self.trail.append('Mid')
    def greet(self):
        return 'Mid(' + super().greet() + ')'

class Leaf(Mid):
    def __init__(self, name):
        super(Leaf, self).__init__(name)
        self.trail.append('Leaf')
    def greet(self):
        return 'Leaf[' + super().greet() + ']'
    @classmethod
    def make(cls, name):
        obj = super().make(name + '!')
        obj.trail.append('made')
        return obj

l = Leaf('x')
print(l.name, l.trail, l.greet())
m = Leaf.make('y')
print(type(m).__name__, m.name, m.trail)
print(Leaf.helper(4), l.helper(5), Base.helper(1))
print(Mid.make('z').greet())

class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])

class E(D):
    pass
print(E().who(), issubclass(E, A), isinstance(E(), C))

# super() in a method defined outside the class body is not possible; explicit form works
class F(B):
    def who(self):
        return ['F'] + super(B, self).who()
print(F().who())

class WithNew:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        self.v = v
w = WithNew(3)
print(w.created, w.v)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def reset(cls):
        cls.count = 0
a, b = Counter(), Counter()
print(a.id, b.id, Counter.count)
Counter.reset()
print(Counter.count, a.count)
