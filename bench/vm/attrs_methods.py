# Attribute access and method calls on instances, with inheritance and properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle(Vec):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.steps = 0

    def step(self, v):
        self.x += v.x
        self.y += v.y
        self.steps += 1


p = Particle(0, 0)
v = Vec(1, 2)
acc = Vec(0, 0)
total = 0
for i in range(600000):
    p.step(v)
    acc = acc.add(v)
    total += p.norm2 % 7
print(p.x, p.y, p.steps, acc.x, total)
