from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
x, y = p
print(x + y, list(p), tuple(p))
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1))
print(Point._fields, type(p).__name__)
