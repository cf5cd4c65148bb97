class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])

    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __eq__(self, o):
        return self.c == o.c

    def __lt__(self, o):
        return self.c < o.c

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __setitem__(self, i, v):
        self.c[i] = v

    def __contains__(self, v):
        return v in self.c

    def __iter__(self):
        return iter(self.c)

    def __bool__(self):
        return any(self.c)

    def __call__(self, i):
        return self.c[i]

    def __hash__(self):
        return hash(tuple(self.c))

    def __repr__(self):
        return "Vec%r" % (tuple(self.c),)


a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
a[0] = 10
print(a + b, a - b, a * 2, 3 * a, -a, a == b, a < b, len(a), a[1], 2 in a, list(a), bool(Vec(0)), a(2))
