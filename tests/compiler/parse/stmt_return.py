def f():
    return
def g():
    return x
def h():
    return x, y
def i():
    return 1, 2
def j():
    return (1, 2)
def k():
    return x,
def m():
    return *a, b
