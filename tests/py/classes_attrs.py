class A:
    cls_attr = [1]
    def method(self):
        return 'm'
a = A()
b = A()
a.cls_attr.append(2)
print(b.cls_attr, A.cls_attr)
a.cls_attr = 'shadow'
print(a.cls_attr, b.cls_attr)
A.new = 5
print(a.new, b.new)
A.method2 = lambda self: 'm2'
print(a.method2())
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
class Desc:
    def __get__(self, obj, objtype=None):
        return 'desc:' + (type(obj).__name__ if obj is not None else 'class')
class H:
    d = Desc()
print(H().d, H.d)
class Slots:
    def __init__(self):
        object.__setattr__(self, 'x', 1)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
s = Slots()
s.y = 5
print(s.x, s.y)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
c1 = Counter(1)
c2 = Counter(2)
print(Counter.instances, c2.v)
print(str(type(1)), str(A)[:8])
