from micropython import const
_LIMIT = const(10)
_LIMIT = 11
