def outer():
    a = 1
    def inner(a):
        nonlocal a
    return inner
