import math

class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError('area')
    def perimeter(self):
        raise NotImplementedError('perimeter')
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return '%s(area=%.2f, perimeter=%.2f)' % (type(self).__name__, self.area(), self.perimeter())

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side): super().__init__(side, side)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError('not a triangle: %s %s %s' % (a, b, c))
        self.sides = (a, b, c)
    def perimeter(self): return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

specs = [('circle', 1), ('rect', 2, 3), ('square', 2), ('triangle', 3, 4, 5), ('triangle', 1, 1, 3), ('hexagon', 1)]
shapes = []
for name, *args in specs:
    try:
        shapes.append(Shape.registry[name](*args))
    except KeyError:
        print('unknown shape', name)
    except ValueError as e:
        print('ValueError', e)
for sh in sorted(shapes):
    print(sh)
print(sorted(Shape.registry), isinstance(shapes[2], Rect), max(shapes).__class__.__name__)
print('total area %.3f' % sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
