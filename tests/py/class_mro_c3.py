class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in K3.mro()])

class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print('TypeError duplicate base')

class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError:
    print('TypeError inconsistent MRO')

class M1:
    def f(self): return 'M1'
class M2:
    def f(self): return 'M2'
    def g(self): return 'M2.g'
class Mix(M1, M2): pass
print(Mix().f(), Mix().g())
print(Mix.__bases__ == (M1, M2), Mix.__base__ is M1 if hasattr(Mix, '__base__') else True)

class Attr:
    x = 'Attr.x'
class Sub(Attr):
    pass
class Sub2(Attr):
    x = 'Sub2.x'
class Both(Sub, Sub2):
    pass
print(Both.x)
