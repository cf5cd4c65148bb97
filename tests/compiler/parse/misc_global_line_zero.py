from micropython import const
_A = const(1)
_B = const(2)
x = _A
if _A:
    y = _B
