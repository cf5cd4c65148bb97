class Builder:
    def __init__(self):
        self.parts = []

    def add(self, *items, sep=None):
        self.parts.extend(items)
        if sep:
            self.parts.append(sep)
        return self

    def build(self):
        return "".join(str(p) for p in self.parts)


b = Builder()
b.add("a").add("b", "c").add(1, 2, sep="|").add(*"xyz").add(**{"sep": "!"})
print(b.build())
m = b.add
m("late")
print(b.build(), [].copy() if hasattr([], "copy") else [], "x".join, len(b.parts))
items = [3, 1, 2]
items.sort()
items.append(4)
items.insert(0, 0)
items.extend([5, 6])
items.remove(3)
print(items, items.index(4), items.pop(), items.count(1), list(reversed(items)))
