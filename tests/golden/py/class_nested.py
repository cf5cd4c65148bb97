class Outer:
    class Inner:
        class Deepest:
            level = 3

        level = 2

        def make(self):
            return Outer.Inner.Deepest()

    level = 1

    def build(self):
        return self.Inner().make()


def factory(n):
    class Local:
        size = n

        def double(self):
            return self.size * 2

    return Local


print(Outer.level, Outer.Inner.level, Outer().build().level, factory(21)().double())
