class Tree:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1], key)
            else:
                node[2] = _ins(node[2], key)
            return node
        self.root = _ins(self.root, key)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self, n='start'):
        if n == 'start':
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n[1]), self.height(n[2]))
t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(t.inorder(), t.height())
