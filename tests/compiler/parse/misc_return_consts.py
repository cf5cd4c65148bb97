def f():
    return 1, 2, 3
def g():
    return (1, 2), 3
def h():
    return -1, ~2, +3
def i():
    return "a", b"b", None
