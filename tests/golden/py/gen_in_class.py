class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

    @classmethod
    def chain(cls, *values):
        node = None
        for v in reversed(values):
            node = cls(v, *([node] if node else []))
        return node

    @staticmethod
    def numbers(limit):
        n = 0
        while n < limit:
            yield n
            n += 1


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.walk()), list(Tree.chain(7, 8, 9)), list(Tree.numbers(3)))
