g = 1
def f():
    global g
    global a, b, c
    def h():
        nonlocal x
        nonlocal y, z
