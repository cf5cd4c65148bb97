from micropython import const
_X = const(1)
_X = 2 +
