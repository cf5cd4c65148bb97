class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def create(cls):
        return cls()

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def describe(n):
        return "counter #%d" % n

    def bound(self):
        return self.describe(self.count())


class Sub(Counter):
    pass


c = Counter.create()
s = Sub.create()
print(Counter.count(), Sub.count(), Counter.describe(9), s.bound(), type(s).__name__)
