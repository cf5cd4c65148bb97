def f():
    pass
def f(a):
    pass
def f(a, b=1):
    pass
def f(a, b=1, *args):
    pass
def f(a, *args, **kwargs):
    pass
def f(*, a, b=2):
    pass
def f(*args, a, b=2, **kw):
    pass
def f(**kw):
    pass
def f(a: int, b: str = "x") -> bool:
    return True
def f(*args: int, **kw: str) -> None:
    pass
def f(a,):
    pass
def f(a, b,):
    pass
def f(a=(1, 2), b=[3], c={}):
    pass
def f(a=-1, b=2 ** 3):
    pass
