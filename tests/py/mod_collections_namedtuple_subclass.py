from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(3, 4)
print(v.norm2(), v.x, v[1], isinstance(v, Vec))
print([a * 2 for a in v])
