class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return self.cents % n
    def __floordiv__(self, n):
        return self.cents // n
    def __pow__(self, n):
        return self.cents ** n
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __and__(self, o):
        return self.cents & o
    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
m = Money(250)
print(m + 5, 5 + m, m + Money(1), sum([Money(1), Money(2)], Money(0)), sum([Money(10)], 0))
print(m / 3, m % 7, m // 100, Money(3) ** 2, Money(1) << 4, m & 15)
try:
    m + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' - m
except TypeError as e:
    print('TypeError', e)
