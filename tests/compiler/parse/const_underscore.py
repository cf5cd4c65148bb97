from micropython import const
_A = const(10)
_B = const(_A * 2)
B = const(_B + 1)
print(_A, _B, B)
def f():
    return _A + _B
