class Registerish:
    __slots__ = ("a", "b")
    _private = 1
    __mangled = 2

    def __init__(self):
        self.a = 1
        self.b = 2

    def get_mangled(self):
        return self.__mangled


r = Registerish()
setattr(r, "a", 5)
print(r.a, r.b, r._private, r.get_mangled(), getattr(r, "b"), Registerish.__name__)
