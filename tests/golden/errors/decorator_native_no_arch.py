import micropython

@micropython.native
def fast(x):
    return x + 1
