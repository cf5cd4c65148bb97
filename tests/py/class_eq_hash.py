class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%r, %r)' % (self.a, self.b)
d = {Key(1, 2): 'x', Key('s', 3.5): 'y'}
print(d[Key(1, 2)], d[Key('s', 3.5)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))
