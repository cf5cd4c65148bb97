# classmethod / staticmethod: alternate constructors, cls in subclasses

class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def describe(self):
        return "%s(%d-%02d-%02d) leap=%s" % (self.kind(), self.y, self.m, self.d, self.is_leap(self.y))

class EuroDate(Date):
    def describe(self):
        return "Euro " + super().describe()
    @classmethod
    def today(cls):
        base = super().today()
        base.d = 31
        return base

d1 = Date.from_string("2000-02-29")
d2 = EuroDate.from_string("1900-03-01")
print(type(d1).__name__, type(d2).__name__, d1.describe(), d2.describe())
print(type(EuroDate.today()).__name__, EuroDate.today().d, Date.today().d)
print(Date.is_leap(2024), d1.is_leap(2023), EuroDate.is_leap(2000))
print(Date.kind(), EuroDate.kind(), d1.kind(), d2.kind())
print(Date.created)

m, s = d2.from_string, Date.is_leap
print(type(m("1-2-3")).__name__, s(1996), callable(s))

class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls
    @staticmethod
    def helper(*args, **kwargs):
        return args, sorted(kwargs.items())

class SubRegistry(Registry):
    pass

Registry.register(1).register(2)
SubRegistry.register("sub")
print(Registry.items, SubRegistry.items)
print(Registry.helper(1, a=2), Registry().helper(), SubRegistry.helper(3))

sm = staticmethod(lambda: "raw")
cm = classmethod(lambda cls: cls.__name__)
print(type(sm).__name__, type(cm).__name__)

class Late:
    pass

Late.sm = sm
Late.cm = cm
print(Late.sm(), Late().sm(), Late.cm(), Late().cm())

class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n

class SubCounter(Counter):
    pass

print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)

for label, fn in [("unbound describe", lambda: Date.describe()), ("missing arg", lambda: Date.from_string())]:
    try:
        fn()
    except TypeError:
        print("TypeError", label)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
