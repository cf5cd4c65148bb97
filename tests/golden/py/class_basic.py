class Empty:
    pass


class Point:
    dims = 2

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(3, 4)
q = Point()
print(Empty(), p, q, p.norm2(), Point.dims, p.dims, isinstance(p, Point))
