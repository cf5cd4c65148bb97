class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError:
    print('AttributeError read-only')
class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v * cls.factor
        return obj
print(M.add(1, 2), M().add(3, 4), M.make(2).v)
class N(M):
    factor = 10
print(N.make(2).v, type(N.make(1)).__name__)
class P2:
    def _get(self): return 'got'
    prop = property(_get)
print(P2().prop)
