class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
p = Point(3, 4)
q = Point(1, 2)
print(p.norm2(), Point.count, p, repr(q), [p, q], str(q))
p.z = 5
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), getattr(p, 'w', 'dflt'))
setattr(p, 'w', 1)
delattr(p, 'z')
print(hasattr(p, 'z'), p.w)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, p.__class__.__name__)
m = p.norm2
print(m(), Point.norm2(q))
class Empty:
    pass
e = Empty()
e.attr = 1
print(e.attr, sorted(e.__dict__.items()))
try:
    e.nope
except AttributeError as err:
    print('AttributeError', err)
try:
    Empty(1)
except TypeError as err:
    print('TypeError', err)
