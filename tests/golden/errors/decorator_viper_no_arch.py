import micropython

@micropython.viper
def fast(x: int) -> int:
    return x + 1
