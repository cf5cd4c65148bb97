@d
def f():
    pass
@d()
def f():
    pass
@a.b.c
def f():
    pass
@a.b(1, x=2)
@c
def f():
    pass
@dec
class C:
    pass
@staticmethod
async def g():
    pass
class K:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
