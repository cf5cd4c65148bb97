class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base"]

    def describe(self):
        return "Base(%s)" % self.value


class Middle(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append("Middle")

    def describe(self):
        return "Middle+" + super().describe()


class Leaf(Middle):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        self.log.append("Leaf")

    def describe(self):
        inner = super().describe
        return "Leaf+" + inner()


class UsesClassCell:
    def who(self):
        return __class__.__name__


obj = Leaf()
print(obj.describe(), obj.log, obj.extra, UsesClassCell().who())
