import micropython

@micropython.turbo
def f():
    pass
