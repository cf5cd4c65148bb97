class A:
    def __init__(self):
        print('A init')
        self.trail = ['A']
    def name(self):
        return 'A'
class B(A):
    def __init__(self):
        print('B init')
        super().__init__()
        self.trail.append('B')
    def name(self):
        return 'B' + super().name()
class C(A):
    def __init__(self):
        print('C init')
        super().__init__()
        self.trail.append('C')
    def name(self):
        return 'C' + super().name()
class D(B, C):
    def __init__(self):
        print('D init')
        super().__init__()
        self.trail.append('D')
d = D()
print(d.trail, d.name(), [k.__name__ for k in D.__mro__])
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError MRO')
