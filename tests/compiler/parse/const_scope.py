from micropython import const
def f():
    L = const(3)
    return L
g = L
class C:
    K = const(4)
    def m(self):
        return K
